package dev.islet.builtins.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import org.junit.jupiter.api.Test;

/** WeakRef, FinalizationRegistry and WeakMap follow the JVM's own reachability. */
class WeakReachabilityTest {
  private static Object eval(Isolate isolate, String source) {
    RunResult r = isolate.evaluate("test.js", source);
    assertThat(r.isOk()).as("%s", r).isTrue();
    return r.value();
  }

  /** Collects until {@code condition} holds in the isolate (each evaluate ends with a checkpoint). */
  private static boolean collectUntil(Isolate isolate, String condition) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      System.gc();
      Thread.sleep(10);
      if (Boolean.TRUE.equals(eval(isolate, condition))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void unreachableTargetIsClearedAndItsCleanupRuns() throws InterruptedException {
    try (Isolate isolate = Isolate.create()) {
      eval(isolate, """
          var log = [];
          var registry = new FinalizationRegistry(function (held) { log.push(held); });
          var ref;
          (function () {
            var target = {};
            ref = new WeakRef(target);
            registry.register(target, "gone");
          })();
          """);
      assertThat(collectUntil(isolate, "ref.deref() === undefined")).isTrue();
      assertThat(collectUntil(isolate, "log.join() === 'gone'")).isTrue();
    }
  }

  @Test
  void weakMapValueThatReferencesItsKeyDoesNotKeepTheKeyAlive() throws InterruptedException {
    try (Isolate isolate = Isolate.create()) {
      eval(isolate, """
          var wm = new WeakMap();
          var ref;
          (function () {
            var key = {};
            wm.set(key, { owner: key });
            ref = new WeakRef(key);
          })();
          """);
      assertThat(collectUntil(isolate, "ref.deref() === undefined")).isTrue();
    }
  }

  @Test
  void targetsKeptAliveUntilTheCheckpointCountAgainstTheMemoryLimit() {
    try (Isolate isolate = Isolate.create(dev.islet.api.IsolateOptions.defaults().withMemoryLimit(16L << 20))) {
      RunResult r = isolate.evaluate("kept.js", "for (;;) new WeakRef(new Array(10000).fill(0));");
      assertThat(r.outcome()).isEqualTo(dev.islet.api.Outcome.EXCEEDED_MEMORY);
    }
  }

  @Test
  void reachableTargetStaysAndUnregisteredCellsNeverRun() throws InterruptedException {
    try (Isolate isolate = Isolate.create()) {
      eval(isolate, """
          var log = [];
          var registry = new FinalizationRegistry(function (held) { log.push(held); });
          var kept = {};
          var ref = new WeakRef(kept);
          var token = {};
          (function () { registry.register({}, "unregistered", token); })();
          var removed = registry.unregister(token);
          """);
      assertThat(eval(isolate, "removed")).isEqualTo(true);
      for (int i = 0; i < 5; i++) {
        System.gc();
        Thread.sleep(10);
        eval(isolate, "0");
      }
      assertThat(eval(isolate, "ref.deref() === kept && log.length === 0")).isEqualTo(true);
    }
  }
}
