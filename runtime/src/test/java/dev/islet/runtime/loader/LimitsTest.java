package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Outcome;
import dev.islet.runtime.tail.TraceItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each limit ends an invocation with its outcome; the trace keeps every log line up to that moment. */
class LimitsTest {
  private final List<TraceItem> traces = new CopyOnWriteArrayList<>();
  private final Loader loader = Loader.create(LoaderOptions.builder().memoryLimit(16L << 20).tail(traces::addAll).build());

  @AfterEach
  void close() {
    loader.close();
  }

  @Test
  void cpuLimitFromTheCode() {
    Worker w = loader.load(code("export default { spin() { console.log('before'); for (;;) {} } };")
        .limits(WorkerLimits.cpu(50)).build());
    WorkerException e = failure(w.getEntrypoint().callTraced("spin"));
    assertThat(e.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
    assertThat(e.getMessage()).isEqualTo("Error: Worker exceeded CPU time limit.");
    assertThat(e.trace().outcome()).isEqualTo("exceededCpu");
    assertThat(e.trace().logs()).extracting(TraceItem.Log::message).containsExactly(List.of("before"));
    assertThat(e.trace().cpuTime()).isBetween(40L, 2_000L);
  }

  @Test
  void entrypointLimitsAreLoweredByTheCodesOwn() {
    Worker w = loader.load(code("export default { spin() { for (;;) {} } };").limits(WorkerLimits.cpu(10_000)).build());
    long t0 = System.nanoTime();
    WorkerException e = failure(w.getEntrypoint(null, null, WorkerLimits.cpu(30)).call("spin"));
    assertThat(e.outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void memoryLimit() {
    Worker w = loader.load(code("export default { grow() { console.log('start'); const a = []; for (;;) a.push(new Array(1000).fill(1)); } };").build());
    WorkerException e = failure(w.getEntrypoint().callTraced("grow"));
    assertThat(e.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY);
    assertThat(e.getMessage()).isEqualTo("Error: Worker exceeded memory limit.");
    assertThat(e.trace().logs()).hasSize(1);
  }

  @Test
  void wallTimeLimitNamesTheBudget() {
    Worker w = loader.load(code("export default { wait() { return new Promise(() => {}); } };")
        .limits(WorkerLimits.NONE.withWallTimeMs(100)).build());
    WorkerException e = failure(w.getEntrypoint().callTraced("wait"));
    assertThat(e.outcome()).isEqualTo(Outcome.EXCEEDED_WALL_TIME);
    assertThat(e.errorMessage()).isEqualTo("Worker exceeded its wall-clock time limit of 100 ms.");
    assertThat(e.trace().outcome()).isEqualTo("exceededWallTime");
  }

  @Test
  void subrequestLimit() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js", modules: { "a.js": "export default { f() { return 1; } }" } });
            const ep = w.getEntrypoint();
            await ep.f(); await ep.f();
            try { await ep.f(); return "third allowed"; } catch (e) { return e.message; }
          }
        };
        """).env("LOADER", loader).limits(WorkerLimits.NONE.withSubRequests(2)).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo("Too many subrequests.");
  }

  @Test
  void aTerminationFailsEveryCallInFlightAndTheNextGetLoadsAFreshWorker() throws Exception {
    int[] loads = {0};
    java.util.function.Supplier<WorkerCode> code = () -> {
      loads[0]++;
      return code("""
          let n = 0;
          export default {
            wait() { n++; return new Promise(() => {}); },
            spin() { for (;;) {} },
            count() { return n; },
          };
          """).limits(WorkerLimits.cpu(50)).build();
    };
    Worker w = loader.get("t", code);
    CompletableFuture<Object> waiting = w.getEntrypoint().call("wait");
    Thread.sleep(50);
    assertThat(failure(w.getEntrypoint().call("spin")).outcome()).isEqualTo(Outcome.EXCEEDED_CPU);
    WorkerException other = failure(waiting);
    assertThat(other.outcome()).isEqualTo(Outcome.CANCELED);
    assertThat(await(loader.get("t", code).getEntrypoint().call("count"))).isEqualTo(0.0);
    assertThat(loads[0]).isEqualTo(2);
  }

  @Test
  void uncaughtExceptionsAreTheExceptionOutcome() {
    Worker w = loader.load(code("export default { f() { console.error('about to fail'); throw new Error('bad'); } };").build());
    WorkerException e = failure(w.getEntrypoint().callTraced("f"));
    assertThat(e.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(e.trace().outcome()).isEqualTo("exception");
    assertThat(e.trace().exceptions()).extracting(TraceItem.ExceptionInfo::message).containsExactly("bad");
    assertThat(e.trace().exceptions().get(0).stack()).contains("index.js");
  }

  @Test
  void tailConsumersSeeEveryInvocation() throws Exception {
    Worker w = loader.load(code("export default { f(x) { console.log('x is', x); return x; } };").build());
    await(w.getEntrypoint().call("f", 1));
    await(w.getEntrypoint().call("f", 2));
    for (int i = 0; i < 100 && traces.size() < 2; i++) {
      Thread.sleep(10);
    }
    assertThat(traces).hasSize(2);
    assertThat(traces.get(0).event()).isEqualTo(new TraceItem.RpcEvent("f"));
    assertThat(traces.get(0).entrypoint()).isEqualTo("default");
  }
}
