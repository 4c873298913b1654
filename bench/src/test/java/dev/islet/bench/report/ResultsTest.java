package dev.islet.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {
  private static final String JMH = """
      [ { "benchmark" : "dev.islet.bench.macro.Richards.run", "params" : { "engine" : "rhino-interpreted" },
          "primaryMetric" : { "score" : 60.0, "scoreUnit" : "ops/s", "rawData" : [ [ 10.0, 100.0 ], [ 50.0 ] ] } },
        { "benchmark" : "dev.islet.bench.macro.Richards.run", "params" : { "engine" : "islet" },
          "primaryMetric" : { "score" : NaN, "scoreUnit" : "ops/s", "rawData" : [ [ 150.0, 120.0, 130.0, 200.0 ] ] } } ]
      """;

  @Test
  void medianComesFromEveryIterationOfEveryFork() {
    List<Measurement> ms = Measurement.fromJmh(MiniJson.parse(JMH));
    assertThat(ms).extracting(Measurement::benchmark).containsExactly("Richards.run", "Richards.run");
    assertThat(ms.get(0).median()).isEqualTo(50.0);
    assertThat(ms.get(1).median()).isEqualTo(140.0);
    assertThat(ms.get(0).min()).isEqualTo(10.0);
  }

  @Test
  void tablesOrderEnginesAndDivideByTheReference() {
    List<Measurement> ms = new java.util.ArrayList<>(Measurement.fromJmh(MiniJson.parse(JMH)));
    ms.add(Measurement.fromNode(MiniJson.parse(
        "{\"benchmark\":\"Richards.run\",\"engine\":\"node --jitless\",\"unit\":\"ops/s\",\"rawData\":[350,350.0]}")));
    String md = ResultsMarkdown.tables(ms, Map.of());
    assertThat(md).contains("| engine | median ops/s | min – max | samples | ÷ rhino-interpreted | islet ÷ this |")
        .contains("| islet | 140 | 120 – 200 | 4 | 2.80× | 1.00× |")
        .contains("| rhino-interpreted | 50.0 | 10.0 – 100 | 3 | 1.00× | 2.80× |")
        .contains("| node --jitless | 350 | 350 – 350 | 2 | 7.00× | 0.40× |");
    assertThat(md.indexOf("| islet |")).isLessThan(md.indexOf("| rhino-interpreted |"));
  }

  @Test
  void throughputInMegabytesWhenTheInputSizeIsKnown() {
    Measurement parse = new Measurement("ParseBench.parse", "rhino", "ops/s", List.of(300.0));
    assertThat(ResultsMarkdown.tables(List.of(parse), Map.of("ParseBench.parse", 2_000_000L)))
        .contains("Input: 2,000,000 bytes per operation.").contains("| rhino | 600 | 300 |");
  }

  @Test
  void summaryScoresCryptoAsOctaneDoesAndChecksTheBars() {
    List<Measurement> ms = List.of(
        m("Richards.run", "islet", 200), m("Richards.run", "rhino-interpreted", 100),
        m("DeltaBlue.run", "islet", 150), m("DeltaBlue.run", "rhino-interpreted", 100),
        m("Crypto.encrypt", "islet", 400), m("Crypto.encrypt", "rhino-interpreted", 100),
        m("Crypto.decrypt", "islet", 100), m("Crypto.decrypt", "rhino-interpreted", 100),
        m("Crypto.decrypt", "node", 1000));
    Map<String, Map<String, Double>> ratios = OctaneSummary.ratios(ms);
    assertThat(ratios.keySet()).containsExactly("Richards", "DeltaBlue", "Crypto");
    assertThat(ratios.get("Crypto").get("islet")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ratios.get("Crypto")).doesNotContainKey("node"); // only one of its two benchmarks measured
    String md = OctaneSummary.markdown(ms);
    assertThat(md).contains("| program | islet | rhino-interpreted |")
        .contains("| Crypto | 2.00× | 1.00× |")
        .contains("| **geometric mean** | **1.82×** | **1.00×** |")
        .contains("on Richards and DeltaBlue: 2.00× and 1.50× — **not met**")
        .contains("over the six programs: 1.82× (only 3 programs measured) — **not met**");
  }

  @Test
  void nodeForksMergeIntoOneMeasurement() {
    List<Measurement> ms = Measurement.merge(List.of(m("Richards.run", "node", 1), m("Richards.run", "node", 3),
        m("Richards.run", "islet", 5)));
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).raw()).containsExactly(1.0, 3.0);
    assertThat(ms.get(0).median()).isEqualTo(2.0);
  }

  @Test
  void isolateBarsFromStartFootprintAndBudgets() {
    List<Measurement> ms = List.of(
        new Measurement("IsolateStart.createAndEval", "islet", "us/op", List.of(20.0)),
        new Measurement("IsolateStart.createAndEval", "rhino", "us/op", List.of(400.0)),
        new Measurement("IsolateStart.createAndEval", "nashorn", "us/op", List.of(150.0)),
        m("BudgetOverhead.richards", "budgets on", 97), m("BudgetOverhead.richards", "budgets off", 100),
        m("BudgetOverhead.deltaBlue", "budgets on", 90), m("BudgetOverhead.deltaBlue", "budgets off", 100));
    List<IsolateSummary.Footprint> fp = List.of(new IsolateSummary.Footprint("islet", 10_000, 5_000),
        IsolateSummary.Footprint.fromJson(MiniJson.parse("{\"engine\":\"node vm\",\"count\":10000,\"bytesPerSandbox\":145000}")));
    String md = IsolateSummary.markdown(ms, fp);
    assertThat(md).contains("| islet | 20.0 |  |").contains("| rhino | 400 | 20.00× |").contains("| nashorn | 150 | 7.50× |")
        .contains("median ≤ 30 µs (**met**), ≥ 10× faster than each peer (**not met**)")
        .contains("| node vm | 145,000 | 29.00× |").contains("≤ 32 KB (**met**), ≥ 4× smaller than each peer (**met**)")
        .contains("| richards | 97.0 | 100 | 3.1% |").contains("| deltaBlue | 90.0 | 100 | 11.1% |")
        .contains("overhead ≤ 5% (**not met**)");
    assertThat(IsolateSummary.markdown(List.of(m("Richards.run", "islet", 1)), List.of())).isEmpty();
  }

  @Test
  void benchmarksWithoutAnEngineParameterAreNamedByTheirParameters() {
    List<Measurement> ms = Measurement.fromJmh(MiniJson.parse("""
        [ { "benchmark" : "dev.islet.bench.isolate.BudgetOverhead.richards", "params" : { "budgets" : "off" },
            "primaryMetric" : { "score" : 1.0, "scoreUnit" : "ops/s", "rawData" : [ [ 1.0 ] ] } } ]
        """));
    assertThat(ms.get(0).engine()).isEqualTo("budgets off");
  }

  @Test
  void aRunReplacesOnlyTheSectionOfItsFilter() {
    String older = "# Benchmark results\n\nfigures from before sections\n";
    String first = ResultsFile.merge(older, "Richards|DeltaBlue", "## Run: octane\n\nA\n");
    assertThat(ResultsFile.keys(first)).containsExactly("earlier run", "Richards|DeltaBlue");
    String second = ResultsFile.merge(first, "Isolate", "## Run: isolate\n\nB\n");
    String third = ResultsFile.merge(second, "Richards|DeltaBlue", "## Run: octane\n\nC\n");
    assertThat(ResultsFile.keys(third)).containsExactly("earlier run", "Richards|DeltaBlue", "Isolate");
    assertThat(third).startsWith("# Benchmark results\n").contains("figures from before sections").contains("\nC\n")
        .contains("\nB\n").doesNotContain("\nA\n");
    assertThat(ResultsFile.keys(ResultsFile.merge(third, ResultsFile.ALL, "## Run: every benchmark\n"))).containsExactly("all");
  }

  private static Measurement m(String benchmark, String engine, double score) {
    return new Measurement(benchmark, engine, "ops/s", List.of(score));
  }
}
