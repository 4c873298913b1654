package dev.islet.builtins.keyed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import org.junit.jupiter.api.Test;

/** Maps and Sets are charged to the isolate's heap, and the live-set meter sees their entries. */
class CollectionLimitsTest {
  private static RunResult run(long memoryLimit, String source) {
    try (Isolate isolate = Isolate.create(IsolateOptions.defaults().withMemoryLimit(memoryLimit))) {
      return isolate.evaluate("limits.js", source);
    }
  }

  @Test
  void aGrowingMapEndsWithExceededMemory() {
    RunResult r = run(16L << 20, "var m = new Map(); for (var i = 0; ; i++) m.set(i, {});");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void aGrowingWeakMapWithLiveKeysEndsWithExceededMemory() {
    RunResult r = run(16L << 20, "var keep = [], w = new WeakMap(); for (var i = 0; ; i++) { var k = {}; keep.push(k); w.set(k, [i]); }");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void builtInsCollectingFromEndlessIteratorsEndWithExceededMemory() {
    String endless = "function* endless() { var i = 0; while (true) yield i++; }\n";
    String[] collectors = {
      "new Set().union({ size: 1, has: function () {}, keys: endless });",
      "endless().toArray();",
      "Map.groupBy(endless(), function (x) { return x; });",
    };
    for (String collector : collectors) {
      RunResult r = run(16L << 20, endless + collector);
      assertThat(r.outcome()).as(collector).isEqualTo(Outcome.EXCEEDED_MEMORY);
    }
  }

  @Test
  void collectionsThatDieDoNotCountAgainstTheLimit() {
    RunResult r = run(16L << 20, """
        var total = 0;
        for (var round = 0; round < 60; round++) {
          var s = new Set();
          for (var i = 0; i < 20000; i++) s.add("k" + i);
          total += s.size;
        }
        total;
        """);
    assertThat(r.outcome()).as("%s", r).isEqualTo(Outcome.OK);
    assertThat(r.value()).isEqualTo(1_200_000.0);
  }
}
