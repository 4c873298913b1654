package dev.islet.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a run happened on. */
final class Machine {
  private Machine() {}

  static String describe() {
    String cpu = cpuModel();
    return (cpu.isEmpty() ? "" : cpu + ", ") + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
        + loadAverage();
  }

  /** The load averages when the results are written (1, 5, 15 min): more than the core count means a shared, busy machine. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return ", load average " + f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min) at the end of the run";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return "";
    }
    try {
      for (String line : Files.readAllLines(info)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }
}
