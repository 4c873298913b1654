package dev.islet.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Nothing one isolate does to its intrinsics, registries or caches is seen by another. */
class IsolationAttackTest {
  private static final String POLLUTE = """
      Object.prototype.polluted = 1;
      Array.prototype.push = function () { return 'hijacked'; };
      JSON.stringify = () => 'hijacked';
      Math.random = () => 4;
      globalThis.leak = 'x';
      Symbol.for('shared').description;
      Symbol.iterator.description;
      Object.freeze(Function.prototype);
      Error.stackTraceLimit = 0;
      Error.prepareStackTrace = () => 'hijacked';
      String.prototype.toString = () => 'hijacked';
      /(secret)/.exec('the secret');
      delete Promise.prototype.then;
      'done';
      """;

  private static final String OBSERVE = """
      var seen = [];
      if ({}.polluted !== undefined) seen.push('Object.prototype');
      if ([].push(1) !== 1) seen.push('Array.prototype.push');
      if (JSON.stringify(1) !== '1') seen.push('JSON.stringify');
      if (Math.random() >= 1) seen.push('Math.random');
      if (typeof leak !== 'undefined') seen.push('global');
      if (Symbol.keyFor(Symbol.for('other')) !== 'other' || Symbol.for('shared') === undefined) seen.push('registry');
      if (Object.isFrozen(Function.prototype)) seen.push('Function.prototype');
      if (typeof Error.prepareStackTrace === 'function') seen.push('prepareStackTrace');
      if ('a'.toString() !== 'a') seen.push('String.prototype');
      if (RegExp.$1 !== '' || RegExp.lastMatch !== '') seen.push('RegExp statics: ' + RegExp.$1);
      if (typeof Promise.prototype.then !== 'function') seen.push('Promise.prototype.then');
      function f() {} f.x = 1;
      seen.join() || 'clean';
      """;

  @Test
  void pollutingOneIsolateLeavesTheNextClean() {
    Attack.of(POLLUTE).yields("done");
    Attack.of(OBSERVE).yields("clean");
  }

  @Test
  void isolatesAliveAtTheSameTimeDoNotShare() {
    try (Isolate a = Isolate.create(Attack.LIMITS); Isolate b = Isolate.create(Attack.LIMITS)) {
      assertThat(a.evaluate("a.js", POLLUTE).value()).isEqualTo("done");
      assertThat(b.evaluate("b.js", OBSERVE).value()).isEqualTo("clean");
      // And b's own pollution does not reach back into a (whose RegExp statics still hold its match).
      b.evaluate("b2.js", "Object.prototype.fromB = 1; /(b)/.exec('b');");
      assertThat(a.evaluate("a2.js", "[{}.fromB, RegExp.$1].join()").value()).isEqualTo(",secret");
    }
  }

  @Test
  void pollutionOnAnotherThreadAtTheSameTime() throws Exception {
    CompletableFuture<Object> polluter = CompletableFuture.supplyAsync(() -> {
      try (Isolate a = Isolate.create(Attack.LIMITS.withCpuTimeLimit(2_000))) {
        return a.evaluate("a.js", POLLUTE + "; for (var i = 0; i < 1e5; i++) Object.prototype['p' + (i % 100)] = i; 'done'").value();
      }
    });
    for (int i = 0; i < 20; i++) {
      try (Isolate b = Isolate.create(Attack.LIMITS)) {
        assertThat(b.evaluate("b.js", OBSERVE + "; Object.keys({}).length || 'clean'").value()).isEqualTo("clean");
      }
    }
    assertThat(polluter.get()).isEqualTo("done");
  }

  @Test
  void templateObjectsAreNotSharedBetweenIsolatesRunningTheSameCode() {
    String code = "function tag(s) { return s; } var t = tag`same site`; t;";
    try (Isolate a = Isolate.create(); Isolate b = Isolate.create()) {
      a.evaluate("same.js", code);
      b.evaluate("same.js", code);
      Object ta = a.realm().globalObject().get(a.realm(), "t", a.realm().globalObject());
      Object tb = b.realm().globalObject().get(b.realm(), "t", b.realm().globalObject());
      assertThat(ta).isNotNull().isNotSameAs(tb);
      // Template objects are frozen, so one isolate cannot write into another's even through sharing.
      assertThat(a.evaluate("x.js", "Object.isFrozen(t) && Object.isFrozen(t.raw)").value()).isEqualTo(true);
    }
  }

  @Test
  void compiledRegExpsAreSharedButTheirStateIsNot() {
    try (Isolate a = Isolate.create(); Isolate b = Isolate.create()) {
      a.evaluate("r.js", "var r = /x(y)?/g; r.lastIndex = 5; r.exec('xyxyxyx');");
      RunResult rb = b.evaluate("r.js", "var r = /x(y)?/g; [r.lastIndex, r.exec('xyxyxyx').index, RegExp.$1].join()");
      assertThat(rb.value()).isEqualTo("0,0,y");
    }
  }

  @Test
  void aTerminatedIsolateLeavesOthersUntouched() {
    try (Isolate busy = Isolate.create(Attack.LIMITS); Isolate other = Isolate.create(Attack.LIMITS)) {
      other.evaluate("o.js", "var state = [1, 2, 3];");
      assertThat(busy.evaluate("b.js", "for (;;) {}").outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
      assertThat(busy.evaluate("b.js", "var a = []; for (;;) a.push({});").outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
      assertThat(other.evaluate("o.js", "state.push(4); state.join()").value()).isEqualTo("1,2,3,4");
    }
  }
}
