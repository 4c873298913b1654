package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Outcome;
import dev.islet.runtime.tail.TraceItem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The red-team attacks that need the runtime: timers in a loop, timer callbacks that never end,
 * microtask floods through queueMicrotask, and deep or huge structures given to console.log. Each
 * ends with its limit; the loader then serves a fresh worker normally.
 */
class RuntimeAttackTest {
  private final List<TraceItem> traces = new CopyOnWriteArrayList<>();
  private final Loader loader = Loader.create(LoaderOptions.builder().memoryLimit(16L << 20).tail(traces::addAll).build());

  @AfterEach
  void close() {
    assertThat(await(loader.load(code("export default { f() { return [1, 2, 3].map(x => x * 2).join(); } };").build())
        .getEntrypoint().call("f"))).isEqualTo("2,4,6");
    loader.close();
  }

  private Outcome outcomeOf(String method, WorkerLimits limits) {
    Worker w = loader.load(code("export default { " + method + " };").limits(limits).build());
    return failure(w.getEntrypoint().call("f")).outcome();
  }

  @Test
  void timersInALoopEndWithTheMemoryLimit() {
    assertThat(outcomeOf("f() { for (;;) setTimeout(() => {}, 1e9); }", WorkerLimits.cpu(10_000)))
        .isEqualTo(Outcome.EXCEEDED_MEMORY);
    assertThat(outcomeOf("f() { for (;;) setInterval(() => {}, 1e9); }", WorkerLimits.cpu(10_000)))
        .isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void whatPendingTimersHoldCountsInTheLiveSet() {
    assertThat(outcomeOf("f() { for (;;) { const big = new Array(1e4).fill(1.5); setTimeout(() => big, 1e9); } }",
        WorkerLimits.cpu(10_000))).isEqualTo(Outcome.EXCEEDED_MEMORY);
    assertThat(outcomeOf("f() { for (;;) setTimeout(() => {}, 1e9, new Array(1e4).fill(1.5)); }",
        WorkerLimits.cpu(10_000))).isEqualTo(Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void aTimerCallbackThatNeverEnds() {
    assertThat(outcomeOf("f() { setTimeout(() => { for (;;) {} }, 0); return new Promise(r => setTimeout(r, 50)); }",
        WorkerLimits.cpu(200))).isEqualTo(Outcome.EXCEEDED_CPU);
  }

  @Test
  void anIntervalAtFullSpeedEndsWithALimit() {
    assertThat(outcomeOf("f() { setInterval(() => { for (let i = 0; i < 1e5; i++); }, 0); return new Promise(() => {}); }",
        WorkerLimits.cpu(200).withWallTimeMs(5_000))).isIn(Outcome.EXCEEDED_CPU, Outcome.EXCEEDED_WALL_TIME);
  }

  @Test
  void queueMicrotaskFloods() {
    // The invocation waits on a promise that never settles while its microtasks run.
    assertThat(outcomeOf("f() { (function g() { queueMicrotask(g); queueMicrotask(g); })(); return new Promise(() => {}); }",
        WorkerLimits.cpu(5_000))).isEqualTo(Outcome.EXCEEDED_MEMORY);
    assertThat(outcomeOf("f() { for (;;) { const big = new Array(1e4).fill(1.5); queueMicrotask(() => big); } }",
        WorkerLimits.cpu(5_000))).isEqualTo(Outcome.EXCEEDED_MEMORY);
    assertThat(outcomeOf("f() { (function g() { queueMicrotask(g); })(); return new Promise(() => {}); }", WorkerLimits.cpu(200)))
        .isEqualTo(Outcome.EXCEEDED_CPU);
  }

  @Test
  void hostClassesLeadOnlyToTheSandboxGlobal() {
    Worker w = loader.load(code("""
        export default {
          f() {
            const values = [new Headers(), new Request('https://example.com/'), new Response('x'), new URL('https://example.com/'),
              new TextEncoder(), new AbortController(), console, crypto];
            let viaFunction;
            try { viaFunction = Function('return this')() === globalThis; } catch (e) { viaFunction = e.name; }
            return [viaFunction, values.every(v => v.constructor.constructor === Function
                && v.getClass === undefined && !String(v.constructor).includes('java'))].join();
          }
        };
        """).build());
    // Code generation is refused at request time; every host object's constructor chain ends at Function.
    assertThat(await(w.getEntrypoint().call("f"))).isEqualTo("EvalError,true");
  }

  @Test
  void deepStructuresGivenToConsoleLog() {
    for (String make : new String[] {
        "let v = []; for (let i = 0; i < 1e5; i++) v = [v];",
        "let v = {}; for (let i = 0; i < 1e5; i++) v = { a: v };",
        "const v = { name: 'c' }; v.self = v; v.list = [v, [v, new Map([[v, v]])]];",
        "let v = {}; for (let i = 0; i < 1e4; i++) v = new Proxy(v, {});",
        "const v = {}; for (let i = 0; i < 2e4; i++) v['k' + i] = i;",
        "const v = new Array(1e6).fill(7);",
        "const v = { get x() { for (;;) {} }, [Symbol.toPrimitive]() { for (;;) {} }, toString() { for (;;) {} } };",
        "const v = new Map(); for (let i = 0; i < 1e5; i++) v.set(i, { v: [i] });",
        "const v = 'x'.repeat(1e6);",
        "const v = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { for (;;) {} } });",
        "class Evil { get [Symbol.toStringTag]() { for (;;) {} } } const v = new Evil();",
        "const v = new Uint8Array(1e6);"}) {
      Worker w = loader.load(code("export default { f() { " + make
          + " console.log(v); console.log('%o %O %s %d', v, v, 'x', 1); console.dir(v, { depth: 5 }); return 'logged'; } };")
          .limits(WorkerLimits.cpu(5_000)).build());
      Object r;
      try {
        r = await(w.getEntrypoint().call("f"));
      } catch (WorkerException e) {
        r = e.outcome() + " " + e.getMessage();
      }
      assertThat(r).as(make).isEqualTo("logged");
    }
  }

  @Test
  void consoleLogOfADeepStructureWithInfiniteDepthEndsWithALimit() {
    Worker w = loader.load(code("""
        export default {
          f() {
            let deep = []; for (let i = 0; i < 1e5; i++) deep = [deep];
            console.dir(deep, { depth: Infinity });
            return 'logged';
          }
        };
        """).limits(WorkerLimits.cpu(2_000)).build());
    Object r;
    try {
      r = await(w.getEntrypoint().call("f"));
    } catch (WorkerException e) {
      r = e.outcome();
    }
    // Printed (within the limits) or refused with a limit; never a Java stack overflow or a hang.
    assertThat(r).isIn("logged", Outcome.EXCEPTION, Outcome.EXCEEDED_CPU, Outcome.EXCEEDED_MEMORY);
  }

  @Test
  void consoleLogInALoopEndsWithTheCpuLimitAndKeepsABoundedTrace() {
    Worker w = loader.load(code("export default { f() { const big = 'x'.repeat(1e5); for (;;) console.log(big); } };")
        .limits(WorkerLimits.cpu(500)).build());
    WorkerException e = failure(w.getEntrypoint().callTraced("f"));
    assertThat(e.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
    assertThat(e.trace().logs().size()).isLessThanOrEqualTo(2);
  }
}
