package dev.islet.bench.report;

import dev.islet.bench.macro.OctaneProgram;
import dev.islet.bench.macro.OctaneSuite;
import dev.islet.bench.peers.JsPeer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary at the top of {@code bench/RESULTS.md}: every Octane program's score per engine as a
 * ratio to Rhino interpreted (medians of the same run), their geometric mean, and the bars of the
 * issues that set them (issue 3: islet ≥ 2× Rhino interpreted on Richards and DeltaBlue; issue 5:
 * geometric mean over the six programs ≥ 2×).
 */
final class OctaneSummary {
  static final String REFERENCE = JsPeer.RHINO_INTERPRETED;
  static final double BAR = 2.0;

  private OctaneSummary() {}

  /**
   * Each program's ratio to the reference per engine. A program with several benchmarks (Crypto's
   * Encrypt and Decrypt) is scored as Octane scores its suite: the geometric mean of their ratios.
   * Engines or programs without a measurement are left out.
   *
   * @return program → engine → ratio, in {@link OctaneSuite#ALL}'s order
   */
  static Map<String, Map<String, Double>> ratios(List<Measurement> all) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (OctaneProgram p : OctaneSuite.ALL) {
      String program = p.getClass().getSimpleName();
      Map<String, List<Double>> perEngine = new LinkedHashMap<>();
      int workloads = p.workloads().size();
      for (OctaneProgram.Workload w : p.workloads()) {
        String key = program + "." + w.method();
        Measurement ref = find(all, key, REFERENCE);
        if (ref == null) {
          continue;
        }
        for (Measurement m : all) {
          if (m.benchmark().equals(key)) {
            perEngine.computeIfAbsent(m.engine(), e -> new ArrayList<>()).add(m.median() / ref.median());
          }
        }
      }
      Map<String, Double> row = new LinkedHashMap<>();
      for (String engine : ResultsMarkdown.ENGINE_ORDER) {
        List<Double> r = perEngine.get(engine);
        if (r != null && r.size() == workloads) {
          row.put(engine, geometricMean(r));
        }
      }
      if (!row.isEmpty()) {
        out.put(program, row);
      }
    }
    return out;
  }

  static String markdown(List<Measurement> all) {
    Map<String, Map<String, Double>> ratios = ratios(all);
    if (ratios.isEmpty()) {
      return "";
    }
    List<String> engines = new ArrayList<>();
    for (String e : ResultsMarkdown.ENGINE_ORDER) {
      for (Map<String, Double> row : ratios.values()) {
        if (row.containsKey(e) && !engines.contains(e)) {
          engines.add(e);
        }
      }
    }
    StringBuilder md = new StringBuilder("## Octane: throughput relative to ").append(REFERENCE).append("\n\n");
    md.append("Each cell is the engine's median operations per second ÷ ").append(REFERENCE)
        .append("'s median, same run; higher is faster. Crypto is the geometric mean of its Encrypt and Decrypt"
            + " ratios, as Octane scores that suite. The tables further down give the medians and spreads.\n\n");
    md.append("| program |");
    for (String e : engines) {
      md.append(' ').append(e).append(" |");
    }
    md.append("\n| --- |").append(" --- |".repeat(engines.size())).append('\n');
    Map<String, List<Double>> columns = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> row : ratios.entrySet()) {
      md.append("| ").append(row.getKey()).append(" |");
      for (String e : engines) {
        Double r = row.getValue().get(e);
        md.append(' ').append(r == null ? "-" : ResultsMarkdown.ratio(r)).append(" |");
        if (r != null) {
          columns.computeIfAbsent(e, k -> new ArrayList<>()).add(r);
        }
      }
      md.append('\n');
    }
    md.append("| **geometric mean** |");
    for (String e : engines) {
      List<Double> c = columns.get(e);
      md.append(" **").append(ResultsMarkdown.ratio(geometricMean(c))).append("**")
          .append(c.size() < ratios.size() ? " (" + c.size() + " of " + ratios.size() + ")" : "").append(" |");
    }
    md.append("\n\n").append(bars(ratios, columns));
    return md.toString();
  }

  private static String bars(Map<String, Map<String, Double>> ratios, Map<String, List<Double>> columns) {
    List<Double> islet = columns.get(JsPeer.ISLET);
    if (islet == null) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    Double richards = ratio(ratios, "Richards", JsPeer.ISLET);
    Double deltaBlue = ratio(ratios, "DeltaBlue", JsPeer.ISLET);
    if (richards != null && deltaBlue != null) {
      md.append(String.format(Locale.ROOT, "- Issue 3 bar, islet ≥ %.0f× %s on Richards and DeltaBlue: %s and %s — **%s**.%n",
          BAR, REFERENCE, ResultsMarkdown.ratio(richards), ResultsMarkdown.ratio(deltaBlue),
          richards >= BAR && deltaBlue >= BAR ? "met" : "not met"));
    }
    double geomean = geometricMean(islet);
    md.append(String.format(Locale.ROOT, "- Issue 5 bar, islet's geometric mean ≥ %.0f× %s over the six programs: %s%s — **%s**.%n",
        BAR, REFERENCE, ResultsMarkdown.ratio(geomean),
        islet.size() < OctaneSuite.ALL.size() ? " (only " + islet.size() + " programs measured)" : "",
        geomean >= BAR && islet.size() == OctaneSuite.ALL.size() ? "met" : "not met"));
    for (String goal : List.of(JsPeer.RHINO_COMPILED, "node --jitless")) {
      List<Double> other = columns.get(goal);
      if (other != null && other.size() == islet.size()) {
        md.append(String.format(Locale.ROOT, "- Goal, ahead of %s: islet ÷ %s = %s (geometric mean).%n", goal, goal,
            ResultsMarkdown.ratio(geomean / geometricMean(other))));
      }
    }
    return md.append('\n').toString();
  }

  private static Double ratio(Map<String, Map<String, Double>> ratios, String program, String engine) {
    Map<String, Double> row = ratios.get(program);
    return row == null ? null : row.get(engine);
  }

  private static Measurement find(List<Measurement> all, String benchmark, String engine) {
    for (Measurement m : all) {
      if (m.benchmark().equals(benchmark) && m.engine().equals(engine)) {
        return m;
      }
    }
    return null;
  }

  static double geometricMean(List<Double> xs) {
    if (xs == null || xs.isEmpty()) {
      return Double.NaN;
    }
    double logs = 0;
    for (double x : xs) {
      logs += Math.log(x);
    }
    return Math.exp(logs / xs.size());
  }
}
