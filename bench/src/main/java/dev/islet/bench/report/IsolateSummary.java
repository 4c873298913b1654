package dev.islet.bench.report;

import dev.islet.bench.peers.JsPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 4's measurable bars in {@code bench/RESULTS.md}, from one run: isolate start
 * ({@code IsolateStart.createAndEval}, µs per create + evaluate, median ≤ 30 µs and ≥ 10× faster
 * than each peer), retained heap per idle sandbox ({@code IsolateFootprint}, ≤ 32 KB and ≥ 4×
 * smaller than each peer) and the cost of budgets ({@code BudgetOverhead}, ≤ 5% on Richards and
 * DeltaBlue).
 */
final class IsolateSummary {
  static final String START = "IsolateStart.createAndEval";
  static final double START_BAR_MICROS = 30;
  static final double START_RATIO_BAR = 10;
  static final long FOOTPRINT_BAR_BYTES = 32 * 1024;
  static final double FOOTPRINT_RATIO_BAR = 4;
  static final double OVERHEAD_BAR = 0.05;

  private IsolateSummary() {}

  /** One engine's retained bytes per sandbox, from a line of {@code IsolateFootprint} or {@code footprint.js}. */
  record Footprint(String engine, long count, long bytesPerSandbox) {
    @SuppressWarnings("unchecked")
    static Footprint fromJson(Object json) {
      Map<String, Object> m = (Map<String, Object>) json;
      return new Footprint((String) m.get("engine"), ((Number) m.get("count")).longValue(),
          ((Number) m.get("bytesPerSandbox")).longValue());
    }
  }

  /** The section, or "" when the run measured none of it. */
  static String markdown(List<Measurement> all, List<Footprint> footprints) {
    StringBuilder md = new StringBuilder();
    String start = start(all);
    String footprint = footprint(footprints);
    String overhead = overhead(all);
    if (start.isEmpty() && footprint.isEmpty() && overhead.isEmpty()) {
      return "";
    }
    md.append("## Limits and isolate cost (issue 4)\n\n").append(start).append(footprint).append(overhead);
    return md.toString();
  }

  private static String start(List<Measurement> all) {
    Measurement islet = find(all, START, JsPeer.ISLET);
    if (islet == null) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    md.append("Create an isolate and evaluate `JSON.stringify({a: [1, 2, 3]})`, median µs per operation:\n\n");
    md.append("| engine | median µs | peer ÷ islet |\n| --- | --- | --- |\n");
    double worst = Double.POSITIVE_INFINITY;
    for (Measurement m : rows(all, START)) {
      double ratio = m.median() / islet.median();
      md.append("| ").append(m.engine()).append(" | ").append(ResultsMarkdown.num(m.median())).append(" | ")
          .append(m == islet ? "" : ResultsMarkdown.ratio(ratio)).append(" |\n");
      if (m != islet) {
        worst = Math.min(worst, ratio);
      }
    }
    md.append(String.format(Locale.ROOT, "%nBar: median ≤ %.0f µs (**%s**), ≥ %.0f× faster than each peer (**%s**).%n%n",
        START_BAR_MICROS, islet.median() <= START_BAR_MICROS ? "met" : "not met", START_RATIO_BAR,
        worst == Double.POSITIVE_INFINITY ? "no peers" : worst >= START_RATIO_BAR ? "met" : "not met"));
    return md.toString();
  }

  private static String footprint(List<Footprint> footprints) {
    Footprint islet = null;
    for (Footprint f : footprints) {
      if (f.engine().equals(JsPeer.ISLET)) {
        islet = f;
      }
    }
    if (islet == null) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Retained heap per idle sandbox after that evaluation (%,d held, used heap after a"
        + " full collection; each JVM engine in a JVM of its own, `node vm` by `bench/node/footprint.js`):%n%n", islet.count()));
    md.append("| engine | bytes per sandbox | peer ÷ islet |\n| --- | --- | --- |\n");
    double worst = Double.POSITIVE_INFINITY;
    for (Footprint f : footprints) {
      double ratio = (double) f.bytesPerSandbox() / islet.bytesPerSandbox();
      md.append(String.format(Locale.ROOT, "| %s | %,d | %s |%n", f.engine(), f.bytesPerSandbox(),
          f == islet ? "" : ResultsMarkdown.ratio(ratio)));
      if (f != islet) {
        worst = Math.min(worst, ratio);
      }
    }
    md.append(String.format(Locale.ROOT, "%nBar: ≤ %d KB (**%s**), ≥ %.0f× smaller than each peer (**%s**).%n%n",
        FOOTPRINT_BAR_BYTES / 1024, islet.bytesPerSandbox() <= FOOTPRINT_BAR_BYTES ? "met" : "not met", FOOTPRINT_RATIO_BAR,
        worst == Double.POSITIVE_INFINITY ? "no peers" : worst >= FOOTPRINT_RATIO_BAR ? "met" : "not met"));
    return md.toString();
  }

  private static String overhead(List<Measurement> all) {
    StringBuilder md = new StringBuilder();
    boolean met = true;
    for (String program : List.of("richards", "deltaBlue")) {
      Measurement on = find(all, "BudgetOverhead." + program, "budgets on");
      Measurement off = find(all, "BudgetOverhead." + program, "budgets off");
      if (on == null || off == null) {
        continue;
      }
      double overhead = off.median() / on.median() - 1;
      met &= overhead <= OVERHEAD_BAR;
      if (md.length() == 0) {
        md.append("Budgets on vs off (ops/s, median):\n\n| program | budgets on | budgets off | overhead |\n"
            + "| --- | --- | --- | --- |\n");
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f%% |%n", program, ResultsMarkdown.num(on.median()),
          ResultsMarkdown.num(off.median()), overhead * 100));
    }
    if (md.length() > 0) {
      md.append(String.format(Locale.ROOT, "%nBar: overhead ≤ %.0f%% (**%s**).%n%n", OVERHEAD_BAR * 100, met ? "met" : "not met"));
    }
    return md.toString();
  }

  private static List<Measurement> rows(List<Measurement> all, String benchmark) {
    List<Measurement> out = new ArrayList<>();
    for (Measurement m : all) {
      if (m.benchmark().equals(benchmark)) {
        out.add(m);
      }
    }
    out.sort((a, b) -> Integer.compare(order(a.engine()), order(b.engine())));
    return out;
  }

  private static int order(String engine) {
    int i = ResultsMarkdown.ENGINE_ORDER.indexOf(engine);
    return i < 0 ? ResultsMarkdown.ENGINE_ORDER.size() : i;
  }

  private static Measurement find(List<Measurement> all, String benchmark, String engine) {
    for (Measurement m : all) {
      if (m.benchmark().equals(benchmark) && m.engine().equals(engine)) {
        return m;
      }
    }
    return null;
  }
}
