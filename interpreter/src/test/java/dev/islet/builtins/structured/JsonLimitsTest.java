package dev.islet.builtins.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import org.junit.jupiter.api.Test;

/** JSON work is charged to the isolate: big output ends the run, deep nesting is a RangeError, never a Java error. */
class JsonLimitsTest {
  private static RunResult run(IsolateOptions options, String source) {
    try (Isolate isolate = Isolate.create(options)) {
      return isolate.evaluate("json.js", source);
    }
  }

  @Test
  void hugeOutputEndsWithExceededMemory() {
    RunResult r = run(IsolateOptions.defaults().withMemoryLimit(32L << 20), """
        var s = "x".repeat(1 << 20), a = [];
        for (var i = 0; i < 200; i++) a.push(s);
        JSON.stringify(a);
        """);
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void aParsedStructureBiggerThanTheLimitEndsWithExceededMemory() {
    // About 4 MB of text becomes far more than 16 MB of arrays while it is being built.
    RunResult r = run(IsolateOptions.defaults().withMemoryLimit(16L << 20), """
        var text = "[" + "[0],".repeat(1000000) + "0]";
        JSON.parse(text);
        """);
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void stringifyOfAHundredThousandLevelsIsARangeError() {
    RunResult r = run(IsolateOptions.defaults(), """
        var o = {}, cur = o;
        for (var i = 0; i < 100000; i++) { cur.a = {}; cur = cur.a; }
        var name;
        try { JSON.stringify(o); } catch (e) { name = e.name; }
        name;
        """);
    assertThat(r.value()).isEqualTo("RangeError");
  }

  @Test
  void parseOfAHundredThousandLevelsAndItsReviverNeedNoJavaStack() {
    RunResult r = run(IsolateOptions.defaults(), """
        var text = "[".repeat(100000) + "]".repeat(100000);
        var calls = 0;
        JSON.parse(text, function (k, v) { calls++; return v; });
        calls;
        """);
    assertThat(r.outcome()).as("%s", r).isEqualTo(Outcome.OK);
    assertThat(r.value()).isEqualTo(100000.0);
  }

  @Test
  void parsingALargeTextIsChargedToTheCpuBudget() {
    RunResult r = run(IsolateOptions.defaults().withInstructionLimit(1_000_000), """
        var text = "[" + "1,".repeat(2000000) + "1]";
        JSON.parse(text);
        """);
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
  }
}
