package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.runtime.tail.TraceItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Workers rules (eval, Date.now, global scope) and the event loop (timers, microtasks, waitUntil, rejections). */
class WorkerSemanticsTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  @Test
  void noCodeGenerationAtRequestTimeButAllowedAtStartup() {
    Worker w = loader.load(code("""
        const atStartup = eval("1 + 1") + new Function("return 1")();
        export default {
          f() {
            const out = [atStartup];
            try { eval("1"); } catch (e) { out.push(e.name + ": " + e.message); }
            try { new Function("return 1"); } catch (e) { out.push(e.name + ": " + e.message); }
            return out;
          }
        };
        """).build());
    assertThat(await(w.getEntrypoint().call("f"))).isEqualTo(List.of(3.0,
        "EvalError: Code generation from strings disallowed for this context",
        "EvalError: Code generation from strings disallowed for this context"));
  }

  @Test
  void theHostMayAllowEval() {
    try (Loader l = Loader.create(LoaderOptions.builder().allowEval(true).build())) {
      Worker w = l.load(code("export default { f() { return eval('6 * 7'); } };").build());
      assertThat(await(w.getEntrypoint().call("f"))).isEqualTo(42.0);
    }
  }

  @Test
  void dateNowDoesNotAdvanceWhileCodeRuns() {
    Worker w = loader.load(code("""
        export default {
          async f() {
            const a = Date.now();
            let x = 0; for (let i = 0; i < 3e6; i++) x += i;
            const b = Date.now();
            await new Promise((r) => setTimeout(r, 20));
            const c = Date.now();
            return [a === b, c >= a + 15];
          }
        };
        """).build());
    assertThat(await(w.getEntrypoint().call("f"))).isEqualTo(List.of(true, true));
  }

  @Test
  void theHostMayUnfreezeTheClock() {
    try (Loader l = Loader.create(LoaderOptions.builder().freezeClock(false).build())) {
      Worker w = l.load(code("""
          export default { f() { const a = Date.now(); const end = a + 30; while (Date.now() < end) {} return Date.now() - a; } };
          """).build());
      assertThat((Double) await(w.getEntrypoint().call("f"))).isGreaterThanOrEqualTo(30.0);
    }
  }

  @Test
  void timersAreRefusedInGlobalScope() {
    Worker w = loader.load(code("setTimeout(() => {}, 1); export default { f() { return 1; } };").build());
    WorkerException e = failure(w.getEntrypoint().call("f"));
    assertThat(e.errorMessage()).startsWith("Disallowed operation called within global scope. Asynchronous I/O (ex: fetch() or connect()), setting a timeout, and generating random values are not allowed within global scope.");
  }

  @Test
  void fetchIsRefusedInGlobalScope() {
    Worker w = loader.load(code("fetch('http://x/'); export default { f() { return 1; } };").build());
    assertThat(failure(w.getEntrypoint().call("f")).errorMessage()).startsWith("Disallowed operation called within global scope.");
  }

  @Test
  void theHostMayAllowGlobalScopeTimers() {
    try (Loader l = Loader.create(LoaderOptions.builder().allowGlobalScopeIo(true).build())) {
      Worker w = l.load(code("let fired = false; setTimeout(() => { fired = true; }, 1); export default { f() { return typeof fired; } };").build());
      assertThat(await(w.getEntrypoint().call("f"))).isEqualTo("boolean");
    }
  }

  @Test
  void timersIntervalsAndMicrotasksRunInOrder() {
    Worker w = loader.load(code("""
        export default {
          f() {
            return new Promise((resolve) => {
              const log = [];
              queueMicrotask(() => log.push("micro"));
              Promise.resolve().then(() => log.push("promise"));
              const cleared = setTimeout(() => log.push("cleared"), 5);
              clearTimeout(cleared);
              setTimeout(() => log.push("t10"), 10);
              setTimeout((a, b) => log.push("t0:" + a + b), 0, "x", "y");
              let n = 0;
              const id = setInterval(() => {
                log.push("i" + ++n);
                if (n === 3) { clearInterval(id); setTimeout(() => resolve(log), 30); }
              }, 2);
            });
          }
        };
        """).build());
    @SuppressWarnings("unchecked")
    List<Object> log = (List<Object>) await(w.getEntrypoint().call("f"));
    assertThat(log.subList(0, 3)).containsExactly("micro", "promise", "t0:xy");
    assertThat(log).contains("i1", "i2", "i3", "t10").doesNotContain("cleared");
  }

  @Test
  void waitUntilFinishesAfterTheResponse() {
    Worker w = loader.load(code("""
        let done = false;
        export default {
          f(env, ctx) {
            ctx.waitUntil(new Promise((r) => setTimeout(() => { done = true; console.log("later"); r(); }, 30)));
            return "now";
          },
          check() { return done; },
        };
        """).build());
    Entrypoint e = w.getEntrypoint();
    var traced = e.callTraced("f");
    Invocation<Object> inv = await(traced);
    assertThat(inv.value()).isEqualTo("now");
    assertThat(inv.trace().logs()).extracting(TraceItem.Log::message).containsExactly(List.of("later"));
    assertThat(inv.trace().wallTime()).isGreaterThanOrEqualTo(25);
    assertThat(await(e.call("check"))).isEqualTo(true);
  }

  @Test
  void unhandledRejectionsGoToTheTrace() {
    Worker w = loader.load(code("""
        export default { f() { Promise.reject(new Error("lost")); return 1; } };
        """).build());
    Invocation<Object> inv = await(w.getEntrypoint().callTraced("f"));
    assertThat(inv.value()).isEqualTo(1.0);
    assertThat(inv.trace().exceptions()).extracting(TraceItem.ExceptionInfo::message).containsExactly("Uncaught (in promise) lost");
    assertThat(inv.trace().outcome()).isEqualTo("ok");
  }

  @Test
  void moduleStatePersistsInAWarmWorker() {
    Worker w = loader.get("counter", () -> code("let n = 0; export default { next() { return ++n; } };").build());
    assertThat(await(w.getEntrypoint().call("next"))).isEqualTo(1.0);
    assertThat(await(w.getEntrypoint().call("next"))).isEqualTo(2.0);
    Worker again = loader.get("counter", () -> {
      throw new AssertionError("warm: the supplier must not run");
    });
    assertThat(await(again.getEntrypoint().call("next"))).isEqualTo(3.0);
  }

  @Test
  void startupLogsJoinTheFirstTrace() {
    Worker w = loader.load(code("console.log('booting'); export default { f() { console.warn('run', { a: [1, 'x'] }); } };").build());
    Invocation<Object> inv = await(w.getEntrypoint().callTraced("f"));
    assertThat(inv.trace().logs()).extracting(TraceItem.Log::level).containsExactly("log", "warn");
    assertThat(inv.trace().logs().get(1).message()).containsExactly("run", java.util.Map.of("a", List.of(1.0, "x")));
  }

  @Test
  void logsAreCappedAt128KB() {
    Worker w = loader.load(code("export default { f() { for (let i = 0; i < 2000; i++) console.log('x'.repeat(100)); } };").build());
    TraceItem t = await(w.getEntrypoint().callTraced("f")).trace();
    assertThat(t.truncated()).isTrue();
    assertThat(t.logs().size()).isBetween(900, 1200);
  }
}
