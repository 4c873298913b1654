package dev.islet.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One attack on an isolate and the checks every red-team test makes after it: the run ended with the
 * expected outcome, the host thread is healthy, a second isolate then runs normally, and the JVM heap
 * is back near its baseline once the isolate is closed.
 *
 * <p>A watchdog cancels a run that outlives {@link #HANG_SECONDS} of wall time, so an attack that
 * hangs the engine fails its test (outcome canceled) instead of hanging the build.
 */
final class Attack {
  /** Limits small enough that every bomb ends in well under a second of CPU. */
  static final IsolateOptions LIMITS = IsolateOptions.defaults().withMemoryLimit(16L << 20).withCpuTimeLimit(500);
  /** The JVM heap may stay this much above its baseline after the isolate is closed (GC noise). */
  static final long HEAP_SLACK = 6L << 20;
  static final int HANG_SECONDS = 120;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "red-team watchdog");
    t.setDaemon(true);
    return t;
  });

  private final String source;
  private IsolateOptions options = LIMITS;
  private Consumer<Isolate> setup = i -> {};

  private Attack(String source) {
    this.source = source;
  }

  static Attack of(String source) {
    return new Attack(source);
  }

  Attack limits(IsolateOptions o) {
    this.options = o;
    return this;
  }

  Attack cpuMillis(long ms) {
    this.options = options.withCpuTimeLimit(ms);
    return this;
  }

  Attack memoryBytes(long bytes) {
    this.options = options.withMemoryLimit(bytes);
    return this;
  }

  /** Host setup before the script runs (bindings). */
  Attack setup(Consumer<Isolate> s) {
    this.setup = s;
    return this;
  }

  /** Runs the attack and the common checks; returns what it ended with for further assertions. */
  Result endsWith(Outcome expected) {
    Result r = run();
    assertThat(r.result.outcome()).as("outcome of %s (%s)", source, r.result).isEqualTo(expected);
    return r;
  }

  /** Ends with an uncaught JS error of {@code errorName}. */
  Result throwsJs(String errorName) {
    Result r = endsWith(Outcome.EXCEPTION);
    assertThat(r.result.error().name()).as("error of %s (%s)", source, r.result).isEqualTo(errorName);
    return r;
  }

  /** Ends ok with {@code value} (a Java value, as RunResult gives it). */
  Result yields(Object value) {
    Result r = endsWith(Outcome.OK);
    assertThat(r.result.value()).as("value of %s", source).isEqualTo(value);
    return r;
  }

  Result run() {
    long heapBefore = usedHeapAfterGc();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    RunResult result;
    Isolate isolate = Isolate.create(options);
    ScheduledFuture<?> dog = WATCHDOG.schedule(isolate::terminate, HANG_SECONDS, TimeUnit.SECONDS);
    try {
      setup.accept(isolate);
      result = isolate.evaluate("attack.js", source);
    } finally {
      dog.cancel(false);
      isolate.close();
    }
    long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    isolate = null;
    assertHostHealthy();
    assertSecondIsolateRuns();
    long heapAfter = usedHeapAfterGc();
    assertThat(heapAfter).as("JVM heap after closing the isolate of %s (baseline %d)", source, heapBefore)
        .isLessThan(heapBefore + HEAP_SLACK);
    return new Result(result, cpuMillis);
  }

  /** The thread that ran the attack: not interrupted, and with its Java stack usable. */
  static void assertHostHealthy() {
    assertThat(Thread.currentThread().isInterrupted()).as("host thread interrupted").isFalse();
    assertThat(depth(2_000)).isEqualTo(2_000);
  }

  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  /** A fresh isolate with default limits runs ordinary code on the same thread. */
  static void assertSecondIsolateRuns() {
    try (Isolate second = Isolate.create()) {
      RunResult r = second.evaluate("second.js", """
          var o = { a: [1, 2, 3].map(x => x * 2), s: 'ok'.repeat(2) };
          JSON.stringify(o) + ' ' + Object.prototype.hasOwnProperty('polluted') + ' ' + typeof globalThis.leak;
          """);
      assertThat(r.outcome()).as("second isolate: %s", r).isEqualTo(Outcome.OK);
      assertThat(r.value()).isEqualTo("{\"a\":[2,4,6],\"s\":\"okok\"} false undefined");
    }
  }

  static long usedHeapAfterGc() {
    long used = Long.MAX_VALUE;
    // A few collections: the lowest reading is the live heap without floating garbage.
    for (int i = 0; i < 2; i++) {
      System.gc();
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** What the attack ended with, and the CPU time of the host thread during the run. */
  record Result(RunResult result, long cpuMillis) {
    Result tookLessCpuThan(long millis) {
      assertThat(cpuMillis).as("CPU ms of the run (%s)", result).isLessThan(millis);
      return this;
    }

    Result detailContains(String text) {
      assertThat(result.detail()).contains(text);
      return this;
    }
  }
}
