package dev.islet.bench.isolate;

import dev.islet.bench.peers.JsPeer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Retained heap per idle sandbox (issue 4's bar): each engine, in a JVM of its own, makes
 * {@code COUNT} sandboxes that have evaluated {@link Sandboxes#SCRIPT} and holds them all; the
 * JVM's used heap after a full collection, before and after, divided by the count is the figure.
 *
 * <p>{@code java -cp benchmarks.jar dev.islet.bench.isolate.IsolateFootprint [--count N] [--out FILE] [ENGINE...]}
 * writes one JSON line per engine ({@code {"engine","count","bytesPerSandbox"}}) to FILE (appending)
 * and to stdout. {@code bench/node/footprint.js} measures a Node {@code vm} context the same way.
 */
public final class IsolateFootprint {
  private IsolateFootprint() {}

  static final List<String> ENGINES = List.of(JsPeer.ISLET, "rhino", JsPeer.NASHORN, JsPeer.GRAALJS);

  public static void main(String[] args) throws Exception {
    int count = 10_000;
    Path out = null;
    List<String> engines = new ArrayList<>();
    boolean child = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--child" -> child = true;
        default -> engines.add(args[i]);
      }
    }
    if (child) {
      System.out.println(measure(engines.get(0), count));
      return;
    }
    for (String engine : engines.isEmpty() ? ENGINES : engines) {
      if (!JsPeer.runsOnThisJdk(engine)) {
        continue;
      }
      String line = inChildJvm(engine, count);
      System.out.println(line);
      if (out != null) {
        Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
  }

  /** Runs {@link #measure} in a fresh JVM, so one engine's classes and caches do not count toward another's. */
  private static String inChildJvm(String engine, int count) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xms4g", "-Xmx4g", "-XX:+UseG1GC",
        "-Dpolyglot.engine.WarnInterpreterOnly=false", "-cp", System.getProperty("java.class.path"),
        IsolateFootprint.class.getName(), "--child", "--count", String.valueOf(count), engine);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(engine + ": measuring JVM failed: " + output);
    }
    String[] lines = output.split("\n");
    return lines[lines.length - 1];
  }

  /** Holds {@code count} sandboxes of {@code engine} and reports the heap they retain, as a JSON line. */
  static String measure(String engine, int count) throws InterruptedException {
    Sandboxes.Factory factory = Sandboxes.factory(engine);
    for (int i = 0; i < 200; i++) {
      factory.create().close(); // load the engine's classes and shared caches first
    }
    Sandboxes.Sandbox[] held = new Sandboxes.Sandbox[count];
    long before = usedAfterGc();
    for (int i = 0; i < count; i++) {
      held[i] = factory.create();
    }
    long after = usedAfterGc();
    long perSandbox = (after - before) / count;
    if (held[count - 1].result() == null) {
      throw new IllegalStateException("no result");
    }
    return String.format(Locale.ROOT, "{\"engine\":\"%s\",\"count\":%d,\"bytesPerSandbox\":%d}", engine, count, perSandbox);
  }

  static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
