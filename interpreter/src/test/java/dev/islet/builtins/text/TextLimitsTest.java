package dev.islet.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.bytecode.RegExpSite;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The String and RegExp built-ins under the isolate's limits: CPU, memory, string length, backtracking stack. */
class TextLimitsTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static RunResult run(IsolateOptions options, String source) {
    try (Isolate isolate = Isolate.create(options)) {
      return isolate.evaluate("limits.js", source);
    }
  }

  @Test
  void catastrophicBacktrackingEndsWithTheCpuLimit() {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    RunResult r = run(IsolateOptions.defaults().withCpuTimeLimit(1000), "/(a+)+$/.test('a'.repeat(40) + 'b')");
    long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    long wallMillis = (System.nanoTime() - wall0) / 1_000_000;
    assertThat(r.outcome()).as(r.detail()).isEqualTo(Outcome.EXCEEDED_CPU);
    // The limit is CPU time of the isolate's thread: it stops within about the second it was given.
    // (Wall time depends on the machine's load; it is only checked for a hang.)
    assertThat(cpuMillis).isBetween(900L, 2500L);
    assertThat(wallMillis).isLessThan(60_000L);
  }

  @Test
  void catastrophicBacktrackingEndsWithTheInstructionLimit() {
    RunResult r = run(IsolateOptions.defaults().withInstructionLimit(5_000_000), "/(x+x+)+y/.exec('x'.repeat(30))");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
  }

  @Test
  void backtrackingStackOverflowIsARangeError() {
    RunResult r = run(IsolateOptions.defaults(),
        "try { /(?:a|ab)*c/.test('a'.repeat(6000000)); 'no error' } catch (e) { e.name + ': ' + e.message }");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(r.value()).isEqualTo("RangeError: Maximum regular expression backtracking stack size exceeded");
  }

  @Test
  void stringsPastTheMaximumLengthAreRangeErrorsBeforeAllocation() {
    RunResult r = run(IsolateOptions.defaults(), String.join("\n",
        "var out = [];",
        "for (var f of [() => 'x'.repeat(2 ** 29), () => 'ab'.repeat(2 ** 28), () => 'x'.padStart(2 ** 40),",
        "    () => 'x'.padEnd(2 ** 53 - 1, 'yz'), () => 'x'.repeat(Infinity)]) {",
        "  try { f(); out.push('no error'); } catch (e) { out.push(e.name); }",
        "}",
        "out.join()"));
    assertThat(r.value()).isEqualTo("RangeError,RangeError,RangeError,RangeError,RangeError");
  }

  @Test
  void aLargeRepeatWithinTheLengthLimitIsChargedToTheHeap() {
    RunResult r = run(IsolateOptions.defaults().withMemoryLimit(64L << 20), "'x'.repeat(2 ** 28).length");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void replaceAllAndSplitChargeTheCpuBudget() {
    RunResult r = run(IsolateOptions.defaults().withInstructionLimit(200_000),
        "var s = 'ab'.repeat(200000); s.split('').length + s.replaceAll('a', 'cc').length");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aRegExpLiteralIsCompiledOnceForItsSite() {
    try (Isolate isolate = Isolate.create()) {
      RegExpSite site = new RegExpSite("(a+)b", "g");
      RegExpObject a = RegExpConstructor.fromLiteral(isolate.realm(), site);
      RegExpObject b = RegExpConstructor.fromLiteral(isolate.realm(), site);
      assertThat(a).isNotSameAs(b);
      assertThat(a.compiled()).isSameAs(b.compiled()).isSameAs(site.compiled());
    }
  }

  @Test
  void newRegExpWithTheSamePatternSharesTheCompiledPattern() {
    try (Isolate one = Isolate.create(); Isolate two = Isolate.create()) {
      var a = RegExpConstructor.regExpCreate(one.realm(), "x(y)z", "i");
      var b = RegExpConstructor.regExpCreate(two.realm(), "x(y)z", "i");
      assertThat(a.compiled()).isSameAs(b.compiled());
      assertThat(RegExpConstructor.regExpCreate(one.realm(), "x(y)z", "g").compiled()).isNotSameAs(a.compiled());
    }
  }
}
