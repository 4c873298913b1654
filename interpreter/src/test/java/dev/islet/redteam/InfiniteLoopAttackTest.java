package dev.islet.redteam;

import dev.islet.api.Outcome;
import org.junit.jupiter.api.Test;

/** Code that never ends, in the places the VM and the built-ins run it: every one ends exceededCpu. */
class InfiniteLoopAttackTest {
  @Test
  void aPlainLoop() {
    Attack.of("for (;;) {}").endsWith(Outcome.EXCEEDED_CPU).tookLessCpuThan(2_000);
  }

  @Test
  void aLoopInsideFinally() {
    Attack.of("try { throw new Error('x'); } finally { for (;;) {} }").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aLoopInFinallyAfterALoopInTry() {
    Attack.of("try { for (;;) {} } finally { for (;;) {} }").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aLoopInAGetterCalledByJoin() {
    Attack.of("Array.prototype.join.call({ get length() { for (;;) {} } });").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aLoopInAGetterCalledByJsonStringify() {
    Attack.of("JSON.stringify({ get x() { for (;;) {} } });").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aLoopInAnIndexGetterCalledByArrayFrom() {
    Attack.of("Array.from({ length: 3, get 0() { for (;;) {} } });").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aLoopInToStringCalledByAStringBuiltIn() {
    Attack.of("'abc'.padStart({ valueOf() { for (;;) {} } });").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aSortComparatorThatNeverEnds() {
    Attack.of("[3, 2, 1].sort(() => { for (;;) {} });").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aSlowComparatorOnALargeArray() {
    Attack.of("""
        var a = []; for (var i = 0; i < 100000; i++) a.push(i);
        a.sort((x, y) => { for (var j = 0; j < 1000; j++); return y - x; });
        """).endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aProxyTrapThatNeverEnds() {
    Attack.of("Object.keys(new Proxy({}, { ownKeys() { for (;;) {} } }));").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aNeverEndingMicrotaskChain() {
    Attack.of("(function f() { Promise.resolve().then(f); })();").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void anAsyncFunctionAwaitingInALoop() {
    Attack.of("(async function () { for (;;) await null; })();").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aGeneratorDrainedForever() {
    Attack.of("function* g() { for (;;) yield 1; } for (var x of g()) {}").endsWith(Outcome.EXCEEDED_CPU);
  }

  @Test
  void aLongAlmostMatchingPatternIsSearchedInLinearTime() {
    // A naive search compares 5·10^11 chars in one call that no check can interrupt.
    Attack.of("var s = 'a'.repeat(1e6), p = 'a'.repeat(5e5) + 'b'; s.indexOf(p) + s.lastIndexOf(p) + s.split(p).length")
        .yields(-1.0).tookLessCpuThan(1_000);
  }

  @Test
  void theInstructionLimitStopsALoopToo() {
    Attack.of("for (;;) {}").limits(Attack.LIMITS.withCpuTimeLimit(0).withInstructionLimit(1_000_000))
        .endsWith(Outcome.EXCEEDED_CPU).detailContains("instruction limit");
  }

  @Test
  void builtInsThatLoopOverHugeArrayLikesAreCharged() {
    for (String call : new String[] {
        "Array.prototype.indexOf.call({ length: 2 ** 53 - 1 }, 1)",
        "Array.prototype.reverse.call({ length: 2 ** 53 - 1 })",
        "var a = []; a.length = 2 ** 32 - 1; a.copyWithin(0, 1)",
        "var a = []; a.length = 2 ** 32 - 2; a.unshift(1)",
        "var a = []; a.length = 2 ** 32 - 1; a.sort()",
        "var o = {}; for (var i = 0; i < 1e5; i++) o['k' + i] = i; for (;;) Object.keys(o);",
        "var o = {}; for (var i = 0; i < 1e5; i++) o['k' + i] = i; for (;;) for (var k in o) break;",
        "var t = new Uint8Array(1e6); for (;;) t.copyWithin(0, 1)",
        "var s = 'a'.repeat(1e6), p = 'a'.repeat(5e5) + 'b'; for (;;) s.includes(p)",
        "var s = 'a'.repeat(1e6); for (;;) s.replaceAll('a', 'b')",
        "var a = new Array(1e5).fill(1); for (;;) JSON.stringify(a)",
        // One JDK call case-mapped this in quadratic time (each ß → SS copied the result again).
        "var s = '\u00df'.repeat(2e6); for (;;) s.toUpperCase()",
        "var s = '\u0130'.repeat(2e6); for (;;) s.toLowerCase()",
    }) {
      Attack.of(call).endsWith(Outcome.EXCEEDED_CPU);
    }
  }
}
