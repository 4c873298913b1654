package dev.islet.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A termination cannot be caught: no JS catch or finally runs while it unwinds, whatever the script
 * wraps around the bomb, and the isolate can run again afterwards.
 */
class TerminationAttackTest {
  private final List<String> marks = new CopyOnWriteArrayList<>();

  private Attack marked(String source) {
    return Attack.of(source).setup(i -> i.defineGlobalFunction("mark", args -> {
      marks.add(String.valueOf(args.length == 0 ? null : args[0]));
      return null;
    }));
  }

  @Test
  void tryCatchDoesNotSwallowTheCpuLimit() {
    marked("try { for (;;) {} } catch (e) { mark('catch'); } finally { mark('finally'); } mark('after');")
        .endsWith(Outcome.EXCEEDED_CPU);
    assertThat(marks).isEmpty();
  }

  @Test
  void tryCatchDoesNotSwallowTheMemoryLimit() {
    marked("try { var a = []; for (;;) a.push([1, 2, 3]); } catch { mark('catch'); } finally { mark('finally'); }")
        .endsWith(Outcome.EXCEEDED_MEMORY);
    assertThat(marks).isEmpty();
  }

  @Test
  void aCatchInsideABuiltInCallbackDoesNotSwallowIt() {
    marked("""
        [1, 2].sort(() => { try { for (;;) {} } catch (e) { mark('inner'); } });
        """).endsWith(Outcome.EXCEEDED_CPU);
    marked("""
        try { JSON.parse('[1]', () => { for (;;) {} }); } catch (e) { mark('outer'); }
        """).endsWith(Outcome.EXCEEDED_CPU);
    assertThat(marks).isEmpty();
  }

  @Test
  void generatorFinallyBlocksAreAbandoned() {
    marked("""
        function* g() { try { yield 1; for (;;) {} } finally { mark('generator finally'); } }
        for (var x of g()) {}
        """).endsWith(Outcome.EXCEEDED_CPU);
    assertThat(marks).isEmpty();
  }

  @Test
  void promiseHandlersOfTheRunAreAbandoned() {
    marked("""
        Promise.resolve().then(() => mark('job'));
        Promise.reject(1).catch(() => mark('rejection handler'));
        for (;;) {}
        """).endsWith(Outcome.EXCEEDED_CPU);
    assertThat(marks).isEmpty();
  }

  @Test
  void asyncFunctionsCatchingTheLimitDoNotSeeIt() {
    marked("""
        (async () => { try { await null; for (;;) {} } catch (e) { mark('catch'); } finally { mark('finally'); } })();
        """).endsWith(Outcome.EXCEEDED_CPU);
    assertThat(marks).isEmpty();
  }

  @Test
  void aStackOverflowStillRunsCatchButTheLimitAfterItDoesNot() {
    marked("""
        function f() { f(); }
        try { f(); } catch (e) { mark(e.name); }
        try { for (;;) {} } finally { mark('finally'); }
        """).endsWith(Outcome.EXCEEDED_CPU);
    assertThat(marks).containsExactly("RangeError");
  }

  @Test
  void theIsolateRunsAgainAfterATermination() {
    try (Isolate isolate = Isolate.create(Attack.LIMITS)) {
      RunResult first = isolate.evaluate("a.js", "var before = 1; try { for (;;) {} } finally { before = 2; }");
      assertThat(first.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
      RunResult second = isolate.evaluate("b.js", "before + ':' + [3, 1, 2].sort().join()");
      assertThat(second.outcome()).isEqualTo(Outcome.OK);
      // The state is as the termination left it: the finally never ran.
      assertThat(second.value()).isEqualTo("1:1,2,3");
      RunResult third = isolate.evaluate("c.js", "var a = []; for (;;) a.push({})");
      assertThat(third.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
      // Its live set is still over the limit, so every later run that allocates ends the same way.
      assertThat(isolate.evaluate("d.js", "a = null; 'again'").outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
    }
    Attack.assertHostHealthy();
    Attack.assertSecondIsolateRuns();
  }
}
