package dev.islet.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import org.junit.jupiter.api.Test;

/** No Java object, class or host path is reachable from JS, except what the host binds. */
class HostAccessAttackTest {
  private static Attack withBindings(String source) {
    return Attack.of(source).setup(i -> i.defineGlobalFunction("host", args -> args.length == 0 ? "hi" : args[0]));
  }

  @Test
  void noJavaGlobals() {
    Attack.of("""
        ['Packages', 'java', 'javax', 'JavaImporter', 'Java', 'getClass', 'load', 'loadWithNewGlobal', 'quit', 'exit',
         'Polyglot', 'importClass', 'importPackage', 'com', 'org', 'sun', 'jdk', 'print', 'readFile', 'Graal']
          .filter(n => n in globalThis || (() => { try { return eval(n) !== undefined; } catch (e) { return false; } })())
          .join() || 'none';
        """).yields("none");
  }

  @Test
  void theGlobalObjectHasOnlyStandardNamesAndTheBindings() {
    withBindings("""
        var g = Function('return this')();
        [g === globalThis, Object.getOwnPropertyNames(g).filter(n => /java|class|package|host|islet|dev/i.test(n)).join()].join(' ');
        """).yields("true host");
  }

  @Test
  void noGetClassOrJavaMembersOnAnyValue() {
    Attack.of("""
        var values = [{}, [], '', 1, 1n, true, Symbol(), () => 1, new Map(), new Proxy({}, {}), /x/, new Date(0),
          new ArrayBuffer(1), Promise.resolve(), new Error(), Math, JSON, globalThis, Function.prototype];
        var names = ['getClass', 'class', 'hashCode', 'wait', 'notify', 'equals', 'javaClass', '__proto__.getClass'];
        values.filter(v => names.some(n => { try { return v[n] !== undefined && n !== '__proto__.getClass'; } catch (e) { return false; } }))
          .map(String).join() || 'none';
        """).yields("none");
  }

  @Test
  void constructorsOfHostObjectsLeadOnlyToFunction() {
    withBindings("""
        var out = [];
        out.push(host.constructor === Function);
        out.push(Object.getPrototypeOf(host) === Function.prototype);
        out.push(host.constructor.constructor === Function);
        out.push(Object.getOwnPropertyNames(host).sort().join('/'));
        out.push(String(host).includes('java'));
        try { new host(); out.push('constructed'); } catch (e) { out.push(e.name); }
        out.push(typeof host({}), typeof host(() => 1), typeof host(Symbol()));
        out.join();
        """).yields("true,true,true,length/name,false,TypeError,string,string,string");
  }

  @Test
  void functionThisAndIndirectEvalGiveTheSandboxGlobal() {
    Attack.of("""
        var a = Function('return this')(), b = (0, eval)('this'), c = (function () { return this; })();
        var d = [].constructor.constructor('return this')(), e = (() => 1).constructor('return globalThis')();
        [a, b, c, d, e].every(x => x === globalThis);
        """).yields(true);
  }

  @Test
  void stackStringsExposeNoHostPaths() {
    Attack.of("""
        var stacks = [];
        function collect(f) { try { f(); } catch (e) { stacks.push(String(e.stack), String(e.message)); } }
        collect(() => null.x);
        collect(() => [1].map(() => { throw new Error('in callback'); }));
        collect(() => JSON.parse('{'));
        collect(() => new RegExp('('));
        collect(() => eval('}'));
        collect(() => { function f() { f(); } f(); });
        collect(() => new Proxy({}, { get() { throw new TypeError('trap'); } }).x);
        collect(() => BigInt('x'));
        collect(() => new Array(-1));
        collect(() => Symbol() + '');
        collect(() => structuredClone());
        var o = {}; Error.captureStackTrace(o); stacks.push(o.stack);
        stacks.filter(s => /\\.java|dev\\.islet|java\\.|\\/work\\/|at [a-z]+\\.[a-z]+\\.|Exception/.test(s)).join('\\n') || 'clean';
        """).yields("clean");
  }

  @Test
  void anErrorInsideTheEngineReachesTheHostOnlyAsAnOutcome() {
    withBindings("try { host(1, 2) } catch (e) { 'caught' }").yields(1.0);
    RunResult r = Attack.of("try { boom(); } catch (e) { 'caught ' + e.name; }").setup(i -> i.defineGlobalFunction("boom", args -> {
      throw new IllegalStateException("host bug");
    })).run().result();
    // A failing host function ends the run; JS never gets to hold the Java exception.
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.value()).isNull();
  }

  @Test
  void prepareStackTraceHooksGetNoCallSiteObjects() {
    Attack.of("""
        var got = 'none';
        Error.prepareStackTrace = (e, frames) => { got = typeof frames; return 'x'; };
        try { null.x; } catch (e) { String(e.stack); }
        got;
        """).yields("none");
  }

  @Test
  void theHostTerminatingFromAnotherThreadIsCanceled() throws Exception {
    for (String spin : new String[] {"for (;;) {}", "try { for (;;) {} } finally { for (;;) {} }",
        "/(a+)+$/.test('a'.repeat(60) + 'b')", "[2, 1].sort(() => { for (;;) {} })",
        "JSON.stringify({ get x() { for (;;) {} } })",
        "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)"}) {
      try (Isolate isolate = Isolate.create(Attack.LIMITS.withCpuTimeLimit(0))) {
        Thread canceler = new Thread(() -> {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
          isolate.terminate();
        });
        canceler.start();
        RunResult r = isolate.evaluate("spin.js", spin);
        canceler.join();
        assertThat(r.outcome()).as(spin).isEqualTo(Outcome.CANCELED);
        assertThat(isolate.evaluate("again.js", "'runs again'").value()).isEqualTo("runs again");
      }
      Attack.assertHostHealthy();
      Attack.assertSecondIsolateRuns();
    }
  }
}
