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
}
