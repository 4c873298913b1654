package dev.islet.bench.report;

import dev.islet.bench.front.ParseBench;
import dev.islet.bench.peers.JsPeer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one run's measurements into {@code bench/RESULTS.md}. Called by {@code bench/run.sh}:
 * {@code java -cp benchmarks.jar dev.islet.bench.report.Results --jmh FILE [--node FILE]... --out FILE
 * --command TEXT [--settings TEXT] [--node-version TEXT] [--load FILE] [--footprint FILE] [--filter TEXT]},
 * where {@code --load} names the {@code /proc/loadavg} lines sampled during the run, {@code --footprint}
 * the JSON lines of {@code IsolateFootprint} and {@code footprint.js}, and {@code --filter} the run's JMH
 * filter, which names its section of the file ({@link ResultsFile}).
 */
public final class Results {
  private Results() {}

  /** The JVM of JMH's forks, as JMH recorded it. */
  @SuppressWarnings("unchecked")
  private static String jvm(Object jmhJson) {
    List<Object> runs = (List<Object>) jmhJson;
    if (runs.isEmpty()) {
      return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
    Map<String, Object> first = (Map<String, Object>) runs.get(0);
    return first.get("vmName") + " " + first.get("vmVersion") + " (JDK " + first.get("jdkVersion") + "), args "
        + first.get("jvmArgs");
  }

  /** Issue 2's parse-throughput goal (faster than Rhino's parser) in one line, when the run has it. */
  private static String parseLine(List<Measurement> all, Map<String, Long> bytes) {
    Measurement islet = null;
    Measurement rhino = null;
    for (Measurement m : all) {
      if (m.benchmark().equals("ParseBench.parse")) {
        if (m.engine().equals(JsPeer.ISLET)) {
          islet = m;
        } else if (m.engine().equals("rhino")) {
          rhino = m;
        }
      }
    }
    if (islet == null || rhino == null) {
      return "";
    }
    long b = bytes.get("ParseBench.parse");
    double r = islet.median() / rhino.median();
    return String.format(java.util.Locale.ROOT, "## Parse throughput%n%nislet %s MB/s, Rhino %s MB/s: islet ÷ Rhino = %s"
        + " (issue 2 goal, faster than Rhino's parser: **%s**).%n%n", ResultsMarkdown.num(islet.median() * b / 1e6),
        ResultsMarkdown.num(rhino.median() * b / 1e6), ResultsMarkdown.ratio(r), r > 1 ? "met" : "not met");
  }

  public static void main(String[] args) throws IOException {
    Path jmh = null;
    Path out = Path.of("bench/RESULTS.md");
    List<Path> node = new ArrayList<>();
    String command = "bench/run.sh";
    String settings = "";
    String nodeVersion = "";
    Path load = null;
    Path footprint = null;
    String filter = ResultsFile.ALL;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jmh" -> jmh = Path.of(args[++i]);
        case "--node" -> node.add(Path.of(args[++i]));
        case "--out" -> out = Path.of(args[++i]);
        case "--command" -> command = args[++i];
        case "--settings" -> settings = args[++i];
        case "--node-version" -> nodeVersion = args[++i];
        case "--load" -> load = Path.of(args[++i]);
        case "--footprint" -> footprint = Path.of(args[++i]);
        case "--filter" -> {
          String f = args[++i];
          filter = f.isEmpty() ? ResultsFile.ALL : f;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Measurement> all = new ArrayList<>();
    Object jmhJson = MiniJson.parse(Files.readString(jmh, StandardCharsets.UTF_8));
    all.addAll(Measurement.fromJmh(jmhJson));
    for (Path p : node) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          all.add(Measurement.fromNode(MiniJson.parse(line)));
        }
      }
    }
    all = Measurement.merge(all);
    boolean hasParse = all.stream().anyMatch(m -> m.benchmark().equals("ParseBench.parse"));
    Map<String, Long> bytes = hasParse ? Map.of("ParseBench.parse", ParseBench.inputBytes()) : Map.of();
    boolean hasGraal = all.stream().anyMatch(m -> m.engine().equals(JsPeer.GRAALJS));

    List<IsolateSummary.Footprint> footprints = new ArrayList<>();
    if (footprint != null && Files.isReadable(footprint)) {
      for (String line : Files.readAllLines(footprint, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          footprints.add(IsolateSummary.Footprint.fromJson(MiniJson.parse(line)));
        }
      }
    }

    StringBuilder md = new StringBuilder();
    md.append("## Run: ").append(filter.equals(ResultsFile.ALL) ? "every benchmark" : "`" + filter + "`").append("\n\n");
    md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append('\n');
    md.append("- Machine: ").append(Machine.describe()).append('\n');
    if (load != null && Files.isReadable(load)) {
      md.append("- Load during the run: ").append(Machine.loadDuringRun(Files.readAllLines(load, StandardCharsets.UTF_8)))
          .append('\n');
    }
    md.append("- JDK: ").append(jvm(jmhJson)).append('\n');
    if (!nodeVersion.isEmpty()) {
      md.append("- Node: ").append(nodeVersion).append('\n');
    }
    if (!settings.isEmpty()) {
      md.append("- JMH: ").append(settings).append('\n');
    }
    md.append("- Reproduce (from the project root): `").append(command).append("`\n");
    if (hasGraal && JsPeer.runsOnThisJdk(JsPeer.GRAALJS)) {
      String runtime;
      try (JsPeer graal = JsPeer.create(JsPeer.GRAALJS)) {
        runtime = graal.note();
      }
      md.append("- GraalJS runs on the Truffle runtime \"").append(runtime).append("\"")
          .append(runtime.equalsIgnoreCase("Interpreted")
              ? ": this JDK has no Graal compiler, so GraalJS is interpreted (its JIT needs GraalVM or the"
                + " Graal compiler on the module path); read its figures as a Truffle interpreter's.\n"
              : ".\n");
    }
    if (!JsPeer.runsOnThisJdk(JsPeer.GRAALJS)) {
      md.append("- GraalJS 23.1 does not run on this JDK (it needs JDK 17 to 21), so it has no rows.\n");
    }
    if (all.stream().anyMatch(m -> m.engine().equals(JsPeer.ISLET))) {
      try (JsPeer islet = JsPeer.create(JsPeer.ISLET)) {
        md.append("- islet runs in one isolate per trial through `dev.islet.api.Isolate`, its accounting on (instruction"
            + " and heap charges) and its limits out of reach: ").append(islet.note()).append(".\n");
      }
    }
    md.append('\n').append(parseLine(all, bytes)).append(OctaneSummary.markdown(all))
        .append(IsolateSummary.markdown(all, footprints));
    md.append("## Every benchmark\n\n").append(ResultsMarkdown.tables(all, bytes));
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // Sections of this file per run filter (ResultsFile), then the HTTP load section HttpBench keeps in it.
    String kept = keptSection(out);
    String existing = Files.isReadable(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    if (!kept.isEmpty()) {
      existing = existing.replace(kept.strip(), "");
    }
    Files.writeString(out, ResultsFile.merge(existing, filter, md.toString()) + kept, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The HTTP load section another tool ({@code dev.islet.bench.http.HttpBench}) wrote into {@code out}, kept as it is. */
  private static String keptSection(Path out) throws IOException {
    if (!Files.exists(out)) {
      return "";
    }
    String old = Files.readString(out, StandardCharsets.UTF_8);
    int b = old.indexOf("<!-- http-load:begin -->");
    int e = old.indexOf("<!-- http-load:end -->");
    return b >= 0 && e > b ? "\n" + old.substring(b, e + "<!-- http-load:end -->".length()) + "\n" : "";
  }
}
