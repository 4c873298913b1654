package dev.islet.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One benchmark measured on one engine: every measured iteration's score (all forks together).
 *
 * @param benchmark the benchmark's key, {@code Class.method} (e.g. {@code ParseBench.parse}, {@code Richards.run})
 * @param engine    the engine ({@code @Param engine}, or {@code node --jitless} from the node driver)
 * @param unit      the score's unit (e.g. {@code ops/s})
 * @param raw       the per-iteration scores
 */
public record Measurement(String benchmark, String engine, String unit, List<Double> raw) {
  public Measurement {
    raw = List.copyOf(raw);
  }

  /** The median of the per-iteration scores (JMH's own score is their mean, which one slow iteration drags). */
  public double median() {
    List<Double> sorted = new ArrayList<>(raw);
    Collections.sort(sorted);
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return raw.isEmpty() ? Double.NaN : Collections.min(raw);
  }

  public double max() {
    return raw.isEmpty() ? Double.NaN : Collections.max(raw);
  }

  /**
   * Joins the measurements of one benchmark on one engine (several node processes, like JMH's forks)
   * into one, keeping the first one's position.
   */
  public static List<Measurement> merge(List<Measurement> all) {
    Map<String, Measurement> byKey = new java.util.LinkedHashMap<>();
    for (Measurement m : all) {
      byKey.merge(m.benchmark() + "\u0000" + m.engine(), m, (a, b) -> {
        List<Double> raw = new ArrayList<>(a.raw());
        raw.addAll(b.raw());
        return new Measurement(a.benchmark(), a.engine(), a.unit(), raw);
      });
    }
    return new ArrayList<>(byKey.values());
  }

  /** The measurements in JMH's JSON result ({@code -rf json}). */
  @SuppressWarnings("unchecked")
  public static List<Measurement> fromJmh(Object json) {
    List<Measurement> out = new ArrayList<>();
    for (Object o : (List<Object>) json) {
      Map<String, Object> run = (Map<String, Object>) o;
      String full = (String) run.get("benchmark");
      String[] parts = full.split("\\.");
      String key = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
      Map<String, Object> params = (Map<String, Object>) run.getOrDefault("params", Map.of());
      // A benchmark without an engine parameter runs islet alone: its parameters name the row (budgets on).
      String engine = params.containsKey("engine") ? String.valueOf(params.get("engine"))
          : params.isEmpty() ? "-" : params.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
              .collect(java.util.stream.Collectors.joining(", "));
      Map<String, Object> metric = (Map<String, Object>) run.get("primaryMetric");
      List<Double> raw = new ArrayList<>();
      for (Object fork : (List<Object>) metric.get("rawData")) {
        for (Object v : (List<Object>) fork) {
          raw.add((Double) v);
        }
      }
      out.add(new Measurement(key, engine, (String) metric.get("scoreUnit"), raw));
    }
    return out;
  }

  /** One measurement written by {@code bench/node/octane.js}: {@code {"benchmark","engine","unit","rawData":[…]}}. */
  @SuppressWarnings("unchecked")
  public static Measurement fromNode(Object json) {
    Map<String, Object> m = (Map<String, Object>) json;
    List<Double> raw = new ArrayList<>();
    for (Object v : (List<Object>) m.get("rawData")) {
      raw.add((Double) v);
    }
    return new Measurement((String) m.get("benchmark"), (String) m.get("engine"), (String) m.get("unit"), raw);
  }
}
