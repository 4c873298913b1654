package dev.islet.spectests.test262;

import dev.islet.spectests.report.Failure;
import dev.islet.spectests.report.TestResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs a list of tests on a fixed number of worker threads and returns the results in the order of
 * the list, whatever the threads' timing.
 *
 * <p>Each worker owns one {@link TestExecutor}. The calling thread is the watchdog: a run of one test
 * in one mode that uses more CPU time than the timeout (or, for runs that block, more than
 * {@link #WALL_FACTOR} times the timeout of wall-clock time) is recorded as a TIMEOUT, its worker is
 * abandoned (and stopped where the JDK allows it, see {@link #stop}; the engine's own instruction budget
 * is what stops runaway scripts, this only catches engine bugs such as a Java loop that never checks
 * its budget) and a fresh worker takes its place, so the pool keeps its size.
 */
public final class Test262Runner {
  /** Told about progress every {@code interval}, on the calling thread. */
  public interface Progress {
    void update(int done, int total, int passed, int failed, int skipped);
  }

  private static final long POLL_MILLIS = 100;
  /**
   * The wall-clock backstop is this many times the CPU timeout: on a loaded machine a worker may get a
   * small share of a core, and only a run that burns its own CPU time should count as runaway.
   */
  static final int WALL_FACTOR = 5;
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private final TestEvaluation evaluation;
  private final TestExecutor.Factory factory;
  private final int threads;
  private final long timeoutNanos;
  private final AtomicInteger abandoned = new AtomicInteger();
  private List<Timing> lastTimings = List.of();

  public Test262Runner(Path root, Scope scope, Harness harness, TestExecutor.Factory factory,
      int threads, long timeoutMillis) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.evaluation = new TestEvaluation(root, scope, harness);
    this.factory = factory;
    this.threads = threads;
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
  }

  /** How many workers the watchdog gave up on in the last run (each was counted as a TIMEOUT). */
  public int abandonedWorkers() {
    return abandoned.get();
  }

  /**
   * Runs every test in {@code paths} (relative to the root) and returns one result each, in the same
   * order.
   *
   * @throws IllegalStateException when the executor cannot be created
   */
  public List<TestResult> run(List<String> paths, Progress progress) throws InterruptedException {
    Batch batch = new Batch(paths);
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < Math.min(threads, Math.max(1, paths.size())); i++) {
      workers.add(batch.start());
    }
    while (batch.done.get() < paths.size()) {
      synchronized (batch) {
        batch.wait(POLL_MILLIS);
      }
      Throwable fatal = batch.fatal.get();
      if (fatal != null) {
        throw new IllegalStateException("cannot create the test executor: " + fatal, fatal);
      }
      for (int i = 0; i < workers.size(); i++) {
        Worker replacement = batch.checkTimeout(workers.get(i));
        if (replacement != null) {
          workers.set(i, replacement);
        }
      }
      if (progress != null) {
        progress.update(batch.done.get(), paths.size(), batch.passed.get(), batch.failed.get(), batch.skipped.get());
      }
    }
    TestResult[] out = new TestResult[paths.size()];
    List<Timing> times = new ArrayList<>(paths.size());
    for (int i = 0; i < out.length; i++) {
      out[i] = batch.results.get(i);
      times.add(new Timing(paths.get(i), batch.cpuNanos.get(i)));
    }
    times.sort((a, b) -> Long.compare(b.cpuNanos(), a.cpuNanos()));
    lastTimings = times;
    return Arrays.asList(out);
  }

  /** The CPU time one test took in all its modes (-1: not measured, e.g. it timed out). */
  public record Timing(String path, long cpuNanos) {}

  /** The {@code n} tests of the last run that took the most CPU time, slowest first. */
  public List<Timing> slowest(int n) {
    return lastTimings.subList(0, Math.min(n, lastTimings.size()));
  }

  /**
   * What one worker is running now. Replaced by a new object at every start, so the watchdog can
   * compare-and-set it. {@code startCpu} is the worker thread's CPU time at the start, or -1 when the
   * JVM cannot measure it (then only the wall clock counts).
   */
  private record Current(int index, Mode mode, long startNanos, long startCpu) {}

  private static final Current ABANDONED = new Current(-1, null, 0, -1);

  /** The CPU time of {@code thread} in nanoseconds, or -1 if not available. */
  private static long cpuTime(Thread thread) {
    try {
      return thread == null ? -1 : THREADS.getThreadCpuTime(thread.getId());
    } catch (UnsupportedOperationException e) {
      return -1;
    }
  }

  /** The shared state of one run. */
  private final class Batch {
    final List<String> paths;
    final AtomicReferenceArray<TestResult> results;
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger passed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicReference<Throwable> fatal = new AtomicReference<>();
    /** CPU time per test (all its modes), -1 where not measured. */
    final AtomicLongArray cpuNanos;
    int workerCount;

    Batch(List<String> paths) {
      this.paths = paths;
      this.results = new AtomicReferenceArray<>(paths.size());
      this.cpuNanos = new AtomicLongArray(paths.size());
    }

    Worker start() {
      Worker w = new Worker(this);
      Thread t = new Thread(w, "test262-worker-" + (++workerCount));
      t.setDaemon(true); // an abandoned worker must not keep the JVM alive
      w.thread = t;
      t.start();
      return w;
    }

    void complete(int index, TestResult result) {
      if (!results.compareAndSet(index, null, result)) {
        return;
      }
      switch (result.status()) {
        case PASSED -> passed.incrementAndGet();
        case FAILED -> failed.incrementAndGet();
        case SKIPPED -> skipped.incrementAndGet();
        default -> throw new IllegalStateException("unknown status");
      }
      if (done.incrementAndGet() == paths.size()) {
        synchronized (this) {
          notifyAll();
        }
      }
    }

    /** Abandons {@code w} if its current run is over time, records the timeout, and returns its replacement. */
    Worker checkTimeout(Worker w) {
      Current c = w.current.get();
      if (c == null || c == ABANDONED) {
        return null;
      }
      long wall = System.nanoTime() - c.startNanos();
      long cpuNow = c.startCpu() < 0 ? -1 : cpuTime(w.thread);
      long cpu = cpuNow < 0 ? wall : cpuNow - c.startCpu();
      boolean overCpu = cpu >= timeoutNanos;
      if (!overCpu && wall < WALL_FACTOR * timeoutNanos) {
        return null;
      }
      if (!w.current.compareAndSet(c, ABANDONED)) {
        return null; // it moved on just now
      }
      abandoned.incrementAndGet();
      String path = paths.get(c.index());
      Mode mode = c.mode() != null ? c.mode() : Mode.SLOPPY;
      String message = overCpu
          ? "TIMEOUT: still running after " + TimeUnit.NANOSECONDS.toMillis(cpu) + " ms of CPU time; worker abandoned"
          : "TIMEOUT: still running after " + TimeUnit.NANOSECONDS.toMillis(wall) + " ms (wall clock); worker abandoned";
      complete(c.index(), TestResult.failed(path, List.of(new Failure(path, mode.reportName(), message))));
      stop(w.thread);
      return next.get() < paths.size() ? start() : null;
    }
  }

  /**
   * Stops an abandoned worker where the JDK still can (Thread.stop works up to JDK 19): an engine loop
   * that never checks its budget would otherwise burn a core until the run ends, and a few of them
   * make the rest of a run several times slower. The worker owns nothing another thread uses but
   * compiled code, which is published only once complete. On later JDKs the thread is left running.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.stop();
    } catch (UnsupportedOperationException | SecurityException e) {
      // JDK 20+: cannot be stopped; it is a daemon thread and dies with the run
    }
  }

  /** One pool thread: takes the next test, evaluates it with its own executor, records the result. */
  private final class Worker implements Runnable, TestEvaluation.Clock {
    final Batch batch;
    final AtomicReference<Current> current = new AtomicReference<>();
    volatile Thread thread;

    Worker(Batch batch) {
      this.batch = batch;
    }

    @Override
    public void run() {
      TestExecutor executor;
      try {
        executor = factory.create();
      } catch (Throwable t) {
        batch.fatal.compareAndSet(null, t);
        return;
      }
      try (executor) {
        while (true) {
          int index = batch.next.getAndIncrement();
          if (index >= batch.paths.size()) {
            return;
          }
          Current start = new Current(index, null, System.nanoTime(), cpuTime(thread));
          current.set(start);
          TestResult result = evaluate(index, executor);
          long cpu = start.startCpu() < 0 ? -1 : cpuTime(thread) - start.startCpu();
          batch.cpuNanos.set(index, cpu);
          Current end = current.get();
          if (end == ABANDONED || !current.compareAndSet(end, null)) {
            return; // the watchdog recorded a timeout for this test; this thread is no longer part of the pool
          }
          batch.complete(index, result);
        }
      }
    }

    private TestResult evaluate(int index, TestExecutor executor) {
      String path = batch.paths.get(index);
      try {
        TestResult r = evaluation.evaluate(index, path, executor, this);
        return r != null ? r : TestResult.failed(path, List.of()); // null: abandoned, the caller discards it
      } catch (Throwable t) { // a runner bug must not lose a test or kill the pool
        return TestResult.failed(path, List.of(new Failure(path, Mode.SLOPPY.reportName(),
            "CRASH in the runner: " + Observation.crash(t).message())));
      }
    }

    @Override
    public boolean begin(int index, Mode mode) {
      Current c = current.get();
      return c != ABANDONED && current.compareAndSet(c, new Current(index, mode, System.nanoTime(), cpuTime(thread)));
    }
  }
}
