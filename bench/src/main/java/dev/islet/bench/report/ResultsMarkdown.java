package dev.islet.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code bench/RESULTS.md}: one table per benchmark, medians, and ratios between engines of the same run. */
final class ResultsMarkdown {
  /** Row order, and the reference each table's ratio column divides by (the first one present). */
  static final List<String> ENGINE_ORDER = List.of("islet", "rhino", "rhino-interpreted", "rhino-compiled",
      "nashorn", "graaljs", "node --jitless", "node");
  private static final List<String> REFERENCES = List.of("rhino-interpreted", "rhino");

  private ResultsMarkdown() {}

  /**
   * @param bytesPerOp for benchmarks whose operation handles a known input (parse throughput): bytes per
   *                   operation, to show MB/s
   */
  static String tables(List<Measurement> all, Map<String, Long> bytesPerOp) {
    Map<String, List<Measurement>> byBenchmark = new LinkedHashMap<>();
    for (Measurement m : all) {
      byBenchmark.computeIfAbsent(m.benchmark(), k -> new ArrayList<>()).add(m);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<Measurement>> e : byBenchmark.entrySet()) {
      List<Measurement> rows = new ArrayList<>(e.getValue());
      rows.sort((a, b) -> Integer.compare(order(a.engine()), order(b.engine())));
      table(out, e.getKey(), rows, bytesPerOp.get(e.getKey()));
    }
    return out.toString();
  }

  private static void table(StringBuilder out, String benchmark, List<Measurement> rows, Long bytes) {
    Measurement ref = find(rows, REFERENCES);
    Measurement islet = find(rows, List.of("islet"));
    String unit = rows.get(0).unit();
    out.append("### ").append(benchmark).append("\n\n");
    if (bytes != null) {
      out.append(String.format(Locale.ROOT, "Input: %,d bytes per operation.%n%n", bytes));
    }
    StringBuilder head = new StringBuilder("| engine |");
    if (bytes != null) {
      head.append(" MB/s (median) |");
    }
    head.append(" median ").append(unit).append(" | min – max | samples |");
    if (ref != null) {
      head.append(" ÷ ").append(ref.engine()).append(" |");
    }
    if (islet != null) {
      head.append(" islet ÷ this |");
    }
    out.append(head).append('\n');
    out.append(head.toString().replaceAll("[^|]+", " --- ")).append('\n');
    for (Measurement m : rows) {
      out.append("| ").append(m.engine()).append(" |");
      if (bytes != null) {
        out.append(' ').append(num(m.median() * bytes / 1e6)).append(" |");
      }
      out.append(' ').append(num(m.median())).append(" | ").append(num(m.min())).append(" – ").append(num(m.max()))
          .append(" | ").append(m.raw().size()).append(" |");
      if (ref != null) {
        out.append(' ').append(ratio(m.median() / ref.median())).append(" |");
      }
      if (islet != null) {
        out.append(' ').append(ratio(islet.median() / m.median())).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static Measurement find(List<Measurement> rows, List<String> engines) {
    for (String engine : engines) {
      for (Measurement m : rows) {
        if (m.engine().equals(engine)) {
          return m;
        }
      }
    }
    return null;
  }

  private static int order(String engine) {
    int i = ENGINE_ORDER.indexOf(engine);
    return i < 0 ? ENGINE_ORDER.size() : i;
  }

  /** Three significant digits at least, thousands separated. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(v);
    String f = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, f, v);
  }

  static String ratio(double r) {
    return Double.isNaN(r) || Double.isInfinite(r) ? "-" : String.format(Locale.ROOT, "%.2f×", r);
  }
}
