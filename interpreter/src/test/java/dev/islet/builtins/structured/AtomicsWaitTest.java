package dev.islet.builtins.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Atomics.wait blocks a real thread until another agent notifies it, and a termination still ends it. */
class AtomicsWaitTest {
  /** A SharedArrayBuffer of {@code from}'s global {@code name}, shared into {@code to} under the same name. */
  private static void share(Isolate from, Isolate to, String name) {
    Realm r = from.realm();
    ArrayBufferObject sab = (ArrayBufferObject) r.globalObject().get(r, name);
    Realm target = to.realm();
    JsObject global = target.globalObject();
    global.materialize();
    global.defineOwnProperty(target, name, PropertyDescriptor.data(ArrayBufferObject.sharedFromBlock(target, sab.sharedBlock()), Attributes.DEFAULT));
  }

  @Test
  void waitBlocksUntilAnotherAgentNotifies() throws Exception {
    try (Isolate main = Isolate.create(); Isolate worker = Isolate.create()) {
      assertThat(main.evaluate("main.js", "var sab = new SharedArrayBuffer(8); var ia = new Int32Array(sab);").outcome()).isEqualTo(Outcome.OK);
      share(main, worker, "sab");
      CompletableFuture<RunResult> waiting = CompletableFuture.supplyAsync(() ->
          worker.evaluate("worker.js", "var ia = new Int32Array(sab); Atomics.store(ia, 1, 1); Atomics.wait(ia, 0, 0, 10000)"));
      // Notify once the worker is parked (notify returns how many waiters it woke).
      RunResult notified = main.evaluate("notify.js",
          "while (Atomics.load(ia, 1) !== 1) {} var n = 0; while (n === 0) { n = Atomics.notify(ia, 0, 1); } n");
      assertThat(((Number) notified.value()).intValue()).isEqualTo(1);
      RunResult r = waiting.get(20, TimeUnit.SECONDS);
      assertThat(r.outcome()).isEqualTo(Outcome.OK);
      assertThat(r.value()).isEqualTo("ok");
    }
  }

  @Test
  void aTerminatedAgentStopsWaiting() throws Exception {
    try (Isolate worker = Isolate.create()) {
      CompletableFuture<RunResult> waiting = CompletableFuture.supplyAsync(() ->
          worker.evaluate("worker.js", "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)"));
      Thread.sleep(100);
      long start = System.nanoTime();
      worker.terminate();
      RunResult r = waiting.get(20, TimeUnit.SECONDS);
      assertThat(r.outcome()).isEqualTo(Outcome.CANCELED);
      assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }
  }

  @Test
  void waitTimesOut() {
    try (Isolate isolate = Isolate.create()) {
      RunResult r = isolate.evaluate("t.js", "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20)");
      assertThat(r.value()).isEqualTo("timed-out");
    }
  }
}
