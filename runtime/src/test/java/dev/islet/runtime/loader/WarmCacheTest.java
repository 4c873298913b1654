package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmCacheTest {
  private static WorkerCode counter() {
    return code("let n = 0; export default { next() { return ++n; }, hang() { return new Promise(() => {}); } };").build();
  }

  @Test
  void concurrentGetsOfOneIdLoadItOnce() throws Exception {
    try (Loader loader = Loader.create()) {
      AtomicInteger loads = new AtomicInteger();
      int threads = 8;
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Object>> results = new CopyOnWriteArrayList<>();
      List<Thread> ts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            return;
          }
          for (int j = 0; j < 25; j++) {
            results.add(loader.get("shared", () -> {
              loads.incrementAndGet();
              return counter();
            }).getEntrypoint().call("next"));
          }
        });
        t.start();
        ts.add(t);
      }
      start.countDown();
      for (Thread t : ts) {
        t.join();
      }
      List<Object> values = new ArrayList<>();
      for (CompletableFuture<Object> f : results) {
        values.add(await(f));
      }
      assertThat(loads.get()).isEqualTo(1);
      assertThat(values).hasSize(200).doesNotHaveDuplicates();
      assertThat(loader.warmCount()).isEqualTo(1);
    }
  }

  @Test
  void theLeastRecentlyUsedIsEvictedPastTheCountAndItsCallsFail() throws Exception {
    List<String> evicted = new CopyOnWriteArrayList<>();
    try (Loader loader = Loader.create(LoaderOptions.builder().maxWarmWorkers(2)
        .onEviction((id, reason) -> evicted.add(id + ":" + reason)).build())) {
      CompletableFuture<Object> hanging = loader.get("a", WarmCacheTest::counter).getEntrypoint().call("hang");
      await(loader.get("b", WarmCacheTest::counter).getEntrypoint().callTraced("next"));
      await(loader.get("c", WarmCacheTest::counter).getEntrypoint().callTraced("next"));
      // a was least recently used but busy: the idle b goes first
      assertThat(evicted).containsExactly("b:CAPACITY");
      await(loader.get("d", WarmCacheTest::counter).getEntrypoint().callTraced("next"));
      assertThat(evicted).hasSize(2);
      assertThat(loader.warmCount()).isEqualTo(2);
      // when every warm worker is busy, the least recently used goes anyway: its call in flight fails, never hangs
      CompletableFuture<Object> alsoHanging = loader.get("d", WarmCacheTest::counter).getEntrypoint().call("hang");
      await(loader.get("e", WarmCacheTest::counter).getEntrypoint().callTraced("next"));
      assertThat(evicted).contains("a:CAPACITY");
      assertThat(alsoHanging).isNotDone();
      WorkerException e = failure(hanging);
      assertThat(e.outcome()).isEqualTo(Outcome.CANCELED);
      assertThat(e.errorMessage()).isEqualTo("The worker was evicted from the loader's warm cache.");
    }
  }

  @Test
  void idleWorkersAreEvicted() throws Exception {
    List<String> evicted = new CopyOnWriteArrayList<>();
    try (Loader loader = Loader.create(LoaderOptions.builder().idleTimeout(Duration.ofMillis(100))
        .onEviction((id, reason) -> evicted.add(id + ":" + reason)).build())) {
      await(loader.get("idle", WarmCacheTest::counter).getEntrypoint().call("next"));
      for (int i = 0; i < 40 && evicted.isEmpty(); i++) {
        Thread.sleep(100);
      }
      assertThat(evicted).containsExactly("idle:IDLE");
      assertThat(await(loader.get("idle", WarmCacheTest::counter).getEntrypoint().call("next"))).isEqualTo(1.0);
    }
  }

  @Test
  void memoryBoundEvictsIdleWorkers() throws Exception {
    List<String> evicted = new CopyOnWriteArrayList<>();
    try (Loader loader = Loader.create(LoaderOptions.builder().maxWarmMemory(3L << 20)
        .onEviction((id, reason) -> evicted.add(id + ":" + reason)).build())) {
      WorkerCode fat = code("globalThis.keep = new Array(200000).fill('x'); export default { f() { return 1; } };").build();
      for (int i = 0; i < 4; i++) {
        await(loader.get("fat" + i, () -> fat).getEntrypoint().callTraced("f"));
        Thread.sleep(30);
      }
      assertThat(evicted).isNotEmpty().allMatch(s -> s.endsWith(":MEMORY"));
      assertThat(loader.warmHeapBytes()).isLessThanOrEqualTo(3L << 20);
    }
  }

  @Test
  void closingAWorkerFailsItsCallsAndRefusesNewOnes() {
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(counter());
      CompletableFuture<Object> hanging = w.getEntrypoint().call("hang");
      await(w.getEntrypoint().call("next"));
      w.close();
      assertThat(failure(hanging).errorMessage()).isEqualTo("The worker was closed.");
      assertThat(failure(w.getEntrypoint().call("next")).outcome()).isEqualTo(Outcome.CANCELED);
    }
  }

  @Test
  void closingTheLoaderFailsEveryCallInFlight() {
    Loader loader = Loader.create();
    CompletableFuture<Object> a = loader.get("x", WarmCacheTest::counter).getEntrypoint().call("hang");
    CompletableFuture<Object> b = loader.load(counter()).getEntrypoint().call("hang");
    await(loader.get("x", WarmCacheTest::counter).getEntrypoint().call("next"));
    loader.close();
    assertThat(failure(a).outcome()).isEqualTo(Outcome.CANCELED);
    assertThat(failure(b).outcome()).isEqualTo(Outcome.CANCELED);
  }

  @Test
  void aClosedWorkersStubDoesNotKeepItsIsolate() throws Exception {
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(counter());
      await(w.getEntrypoint().call("next"));
      java.lang.ref.WeakReference<Object> isolate = new java.lang.ref.WeakReference<>(w.handle().isolate().join());
      w.close();
      for (int i = 0; i < 50 && isolate.get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertThat(isolate.get()).as("the isolate of a closed worker whose stub is still held").isNull();
      assertThat(failure(w.getEntrypoint().call("next")).outcome()).isEqualTo(Outcome.CANCELED);
    }
  }
}
