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

  private static Measurement m(String benchmark, String engine, double score) {
    return new Measurement(benchmark, engine, "ops/s", List.of(score));
  }
}
