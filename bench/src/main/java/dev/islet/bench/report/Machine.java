package dev.islet.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a run happened on. */
public final class Machine {
  private Machine() {}

  public static String describe() {
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

  /**
   * The 1-minute load average over {@code /proc/loadavg} lines sampled during a run: median and
   * maximum. The benchmark itself accounts for about one (one measuring thread, plus JIT and GC).
   */
  static String loadDuringRun(java.util.List<String> samples) {
    java.util.List<Double> ones = new java.util.ArrayList<>();
    for (String line : samples) {
      String[] f = line.strip().split(" ");
      if (!f[0].isEmpty()) {
        ones.add(Double.parseDouble(f[0]));
      }
    }
    if (ones.isEmpty()) {
      return "not sampled";
    }
    Measurement m = new Measurement("load", "-", "", ones);
    return String.format(java.util.Locale.ROOT, "1-minute load average median %.2f, max %.2f over %d samples"
        + " (the benchmark adds about 1 itself, on %d cores)",
        m.median(), m.max(), ones.size(), Runtime.getRuntime().availableProcessors());
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
