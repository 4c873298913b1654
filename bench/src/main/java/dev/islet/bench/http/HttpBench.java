package dev.islet.bench.http;

import dev.islet.bench.report.Machine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load benchmark of issue 6: {@code islet serve} of a hello-world dynamic worker, through a host
 * that {@code get()}s one warm worker and through one that {@code load()}s a fresh isolate per request,
 * driven by {@link HttpLoad} over loopback (64 keep-alive connections, 30 s after a warm-up). Each
 * server is its own process ({@code java -jar runtime/target/islet.jar serve … --quiet}); its live heap is
 * measured with {@code jcmd GC.class_histogram} (a full GC, then the bytes of every object left) before
 * the measured run and after it. Writes the section
 * of {@code bench/RESULTS.md} between {@value #BEGIN} and {@value #END} (replacing it, or appending).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.islet.bench.http.HttpBench [--seconds 30]
 * [--warmup 10] [--connections 64] [--out bench/RESULTS.md]}
 */
public final class HttpBench {
  static final String BEGIN = "<!-- http-load:begin -->";
  static final String END = "<!-- http-load:end -->";
  private static final Pattern LISTENING = Pattern.compile("on http://[^:]+:(\\d+)/");
  private static final Pattern HEAP_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

  /** One host under load. */
  record Scenario(String name, String host, String what, double barRequestsPerSecond) {}

  /** A scenario's figures. */
  record Figures(Scenario scenario, HttpLoad.Result result, long heapBeforeKb, long heapAfterKb, String load) {
    double heapChange() {
      return (heapAfterKb - heapBeforeKb) / (double) heapBeforeKb;
    }
  }

  private HttpBench() {}

  public static void main(String[] args) throws Exception {
    double seconds = 30;
    double warmup = 10;
    int connections = 64;
    Path out = Path.of("bench/RESULTS.md");
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--connections" -> connections = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Scenario> scenarios = List.of(
        new Scenario("get", "bench/http/get-host.js", "`LOADER.get(id)`: one warm dynamic worker", 10_000),
        new Scenario("load", "bench/http/load-host.js", "`LOADER.load()`: a fresh isolate per request", 3_000));
    List<Figures> figures = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (only == null || only.equals(s.name())) {
        Figures f = run(s, connections, warmup, seconds);
        System.out.println(s.name() + ": " + f.result() + String.format(Locale.ROOT, ", heap %,d KB -> %,d KB (%+.1f%%)",
            f.heapBeforeKb(), f.heapAfterKb(), 100 * f.heapChange()));
        figures.add(f);
      }
    }
    String section = markdown(figures, connections, warmup, seconds);
    String old = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    int b = old.indexOf(BEGIN);
    int e = old.indexOf(END);
    String updated = b >= 0 && e > b ? old.substring(0, b) + section + old.substring(e + END.length())
        : old + (old.isEmpty() || old.endsWith("\n\n") ? "" : "\n") + section;
    Files.writeString(out, updated, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  static Figures run(Scenario s, int connections, double warmup, double seconds) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(java, "-Xmx1g", "-jar", "runtime/target/islet.jar", "serve", s.host(), "--port", "0", "--quiet")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      int port = awaitPort(server);
      String url = "http://127.0.0.1:" + port + "/";
      HttpLoad.run(url, connections, warmup);
      long before = heapAfterGc(server.pid());
      LoadSampler sampler = LoadSampler.start();
      HttpLoad.Result r = HttpLoad.run(url, connections, seconds);
      String load = sampler.stop();
      long after = heapAfterGc(server.pid());
      return new Figures(s, r, before, after, load);
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int awaitPort(Process server) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        CompletableFuture.runAsync(() -> err.lines().forEach(l -> { })); // keep draining stderr
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IOException("islet serve exited before listening");
  }

  /**
   * The server's live heap in KB: the bytes of every object left after the full GC that
   * {@code jcmd PID GC.class_histogram} makes (its "Total" line).
   */
  static long heapAfterGc(long pid) throws IOException, InterruptedException {
    Thread.sleep(2_000); // let the requests the load generator left in flight finish: their isolates are live until then
    Matcher m = HEAP_TOTAL.matcher(jcmd(pid, "GC.class_histogram"));
    if (!m.find()) {
      throw new IOException("no heap figure from jcmd");
    }
    return Long.parseLong(m.group(1)) / 1024;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return text;
  }

  static String markdown(List<Figures> figures, int connections, double warmup, double seconds) {
    StringBuilder md = new StringBuilder(BEGIN).append("\n## HTTP load (issue 6)\n\n");
    md.append("Written by `dev.islet.bench.http.HttpBench`: `islet serve` of a hello-world dynamic worker "
        + "(`bench/http/*-host.js`) in its own JVM (`-Xmx1g`, `--quiet`), driven over loopback by `HttpLoad` "
        + "(one selector thread, HTTP/1.1 keep-alive, ").append(connections).append(" connections, ")
        .append(fmt(warmup)).append(" s warm-up, then ").append(fmt(seconds)).append(" s measured). Heap: the live objects after a full GC "
        + "(`jcmd GC.class_histogram`, its total) 2 s after the warm-up and 2 s after the measured run (so requests "
        + "left in flight are done). The load generator shares the machine.\n\n");
    md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append('\n');
    md.append("- Machine: ").append(Machine.describe()).append('\n');
    md.append("- Reproduce: `mvn -B -q package -DskipTests && java -cp bench/target/benchmarks.jar dev.islet.bench.http.HttpBench`\n\n");
    md.append("| host | req/s | p50 | p99 | non-2xx / errors | heap before → after | bar | load average during the run |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Figures f : figures) {
      HttpLoad.Result r = f.result();
      boolean met = r.requestsPerSecond() >= f.scenario().barRequestsPerSecond() && Math.abs(f.heapChange()) <= 0.10
          && r.non2xx() == 0 && r.errors() == 0;
      md.append("| ").append(f.scenario().what()).append(" | ").append(String.format(Locale.ROOT, "%,.0f", r.requestsPerSecond()))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f ms", r.percentileMillis(0.5)))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f ms", r.percentileMillis(0.99)))
          .append(" | ").append(r.non2xx()).append(" / ").append(r.errors())
          .append(" | ").append(String.format(Locale.ROOT, "%.1f → %.1f MB (%+.1f%%)", f.heapBeforeKb() / 1024.0,
              f.heapAfterKb() / 1024.0, 100 * f.heapChange()))
          .append(" | ≥ ").append(String.format(Locale.ROOT, "%,.0f", f.scenario().barRequestsPerSecond()))
          .append(" req/s, heap ±10%: **").append(met ? "met" : "not met").append("**")
          .append(" | ").append(f.load()).append(" |\n");
    }
    return md.append('\n').append(END).toString();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Samples /proc/loadavg every second while a run goes on. */
  static final class LoadSampler {
    private final List<Double> samples = new ArrayList<>();
    private volatile boolean stop;
    private Thread thread;

    static LoadSampler start() {
      LoadSampler s = new LoadSampler();
      s.thread = new Thread(() -> {
        while (!s.stop) {
          try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            synchronized (s.samples) {
              s.samples.add(Double.parseDouble(f[0]));
            }
            Thread.sleep(1000);
          } catch (IOException | InterruptedException | RuntimeException e) {
            return;
          }
        }
      }, "load-sampler");
      s.thread.setDaemon(true);
      s.thread.start();
      return s;
    }

    String stop() {
      stop = true;
      synchronized (samples) {
        if (samples.isEmpty()) {
          return "n/a";
        }
        double min = samples.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format(Locale.ROOT, "%.1f – %.1f (1-min)", min, max);
      }
    }
  }
}
