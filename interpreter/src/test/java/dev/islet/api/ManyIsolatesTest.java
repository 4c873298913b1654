package dev.islet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's bars for many isolates in one JVM (tests, not timed benchmarks): memory bombs held to
 * their limits all at once, and a thousand isolates sharing a small thread pool without cross-talk or
 * leaks. The second one runs for {@code -Dislet.test.manyIsolates.seconds=N} seconds (default
 * {@value #DEFAULT_SECONDS}; the bar is 60: {@code mvn test -pl interpreter -Dtest=ManyIsolatesTest
 * -Dislet.test.manyIsolates.seconds=60}).
 */
class ManyIsolatesTest {
  static final int DEFAULT_SECONDS = 10;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** Ways to fill a heap, each an endless loop of allocation that only the memory limit stops. */
  private static final String[] BOMBS = {
    "var a = []; while (true) a.push({x: [1, 2, 3]});",
    "var s = 'ab', flat = []; while (true) { s = s + s; flat.push(s.toUpperCase()); }",
    "var m = new Map(); for (var i = 0; ; i++) m.set(i, {i: i});",
    "var fs = []; for (let i = 0; ; i++) fs.push(() => i);",
    "var t = []; while (true) t.push(new Uint8Array(65536));",
    "var parts = []; for (var i = 0; ; i++) parts.push('item ' + i);",
    "var o = {}; for (var i = 0; ; i++) o['k' + i] = [i];",
    "var p = Promise.resolve(); while (true) p = p.then(() => {});",
  };

  /**
   * Runs {@link MemoryBombs} in a JVM whose heap is exactly the bar (100 × 8 MB × 1.5): the limits hold
   * when every bomb ends {@code exceededMemory} by the engine's own accounting, with no Java
   * OutOfMemoryError, and the used heap sampled every millisecond stays under the bar.
   */
  @Test
  void aHundredMemoryBombsOnTwoThreadsAllEndExceededMemoryWithinTheirShareOfTheHeap() throws Exception {
    long bar = (long) (MemoryBombs.COUNT * MemoryBombs.LIMIT * 1.5);
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaCommand, "-Xmx" + bar / (1 << 20) + "m", "-cp", System.getProperty("java.class.path"),
        MemoryBombs.class.getName()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("all " + MemoryBombs.COUNT + " ended exceededMemory");
  }

  /** The scenario of the test above, in a JVM of its own; exit status 0 when the limits held. */
  static final class MemoryBombs {
    static final int COUNT = 100;
    static final long LIMIT = 8L << 20;

    public static void main(String[] args) throws Exception {
      long bar = (long) (COUNT * LIMIT * 1.5);
      List<Isolate> isolates = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        isolates.add(Isolate.create(IsolateOptions.defaults().withMemoryLimit(LIMIT).withCpuTimeLimit(60_000)));
      }
      HeapSampler sampler = HeapSampler.start();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<String> failures = new ArrayList<>();
      try {
        List<Future<RunResult>> results = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
          Isolate isolate = isolates.get(i);
          String bomb = BOMBS[i % BOMBS.length];
          results.add(pool.submit(() -> isolate.evaluate("bomb.js", bomb)));
        }
        for (int i = 0; i < COUNT; i++) {
          RunResult r = results.get(i).get(5, TimeUnit.MINUTES);
          // The engine's own limit must stop it, not a Java OutOfMemoryError.
          if (r.outcome() != Outcome.EXCEEDED_MEMORY || r.detail() == null || !r.detail().contains("memory limit")) {
            failures.add("bomb " + i + " (" + BOMBS[i % BOMBS.length] + "): " + r.outcome() + " " + r.detail());
          }
        }
      } finally {
        pool.shutdownNow();
        sampler.stop();
      }
      long held = usedAfterGc(); // every isolate still open, holding what its bomb left
      isolates.forEach(Isolate::close);
      System.out.printf("peak used heap %,d bytes, %,d held by the %d isolates after a collection, bar %,d%n",
          sampler.max(), held, COUNT, bar);
      if (sampler.max() >= bar || held >= bar) {
        failures.add("used heap past the bar");
      }
      if (failures.isEmpty()) {
        System.out.println("all " + COUNT + " ended exceededMemory");
      }
      failures.forEach(System.out::println);
      System.exit(failures.isEmpty() ? 0 : 1);
    }
  }

  @Test
  void aThousandIsolatesOnFourThreadsKeepTheirStateApartAndLeaveNoLeak() throws Exception {
    long seconds = Long.getLong("islet.test.manyIsolates.seconds", DEFAULT_SECONDS);
    runMixedWork(20, 2, 200); // warm up: classes loaded, shared code compiled, caches filled
    long before = usedAfterGc();
    long rounds = runMixedWork(1000, 4, seconds * 1000);
    long after = usedAfterGc();
    assertThat(rounds).isGreaterThanOrEqualTo(1000);
    assertThat(after).as("used heap after closing them all (before: %,d bytes)", before).isLessThan(before + before / 10);
  }

  /**
   * {@code count} isolates, each with its own global state and a polluted %Object.prototype%, run
   * rounds of mixed work on a pool of {@code threads} until {@code millis} pass; each round checks
   * that the isolate sees only its own state. Returns the number of rounds run.
   */
  private static long runMixedWork(int count, int threads, long millis) throws Exception {
    Isolate[] isolates = new Isolate[count];
    for (int i = 0; i < count; i++) {
      isolates[i] = Isolate.create(IsolateOptions.defaults().withMemoryLimit(16L << 20).withCpuTimeLimit(10_000));
      RunResult setup = isolates[i].evaluate("setup.js", "var id = " + i + "; var rounds = 0; Object.prototype.owner = id;"
          + " Array.prototype.push = (function (push) { return function (...a) { return push.apply(this, a); }; })"
          + "(Array.prototype.push); var log = new Map();");
      assertThat(setup.isOk()).as("setup %d: %s", i, setup.detail()).isTrue();
    }
    String round = """
        (function () {
          if ({}.owner !== id || [].owner !== id) throw new Error('saw another isolate\\'s prototype: ' + ({}).owner);
          rounds++;
          var words = [];
          for (var i = 0; i < 50; i++) words.push('w' + ((id * 31 + i * rounds) % 97));
          var text = JSON.stringify({id: id, words: words.sort()});
          var parsed = JSON.parse(text);
          log.set(rounds, parsed.words.length);
          if (log.size > 8) log.delete(rounds - 8);
          var total = 0;
          Promise.resolve(id).then(function (v) { total += v; });
          var m = /w(\\d+)/.exec(parsed.words[0]);
          return [id, rounds, parsed.id, m !== null, log.size <= 8].join(',');
        })()
        """;
    AtomicBoolean failed = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + millis * 1_000_000;
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        // Worker t runs isolates t, t + threads, ... in turn, so an isolate is only ever on one thread at a time.
        workers.add(pool.submit(() -> {
          int[] roundsOf = new int[count];
          // Every isolate runs at least one round, however short the time.
          for (boolean firstPass = true; (firstPass || System.nanoTime() < deadline) && !failed.get(); firstPass = false) {
            for (int i = first; i < count && (firstPass || System.nanoTime() < deadline); i += threads) {
              RunResult r = isolates[i].evaluate("round.js", round);
              roundsOf[i]++;
              String expected = i + "," + roundsOf[i] + "," + i + ",true,true";
              if (!r.isOk() || !expected.equals(r.value())) {
                errors.add("isolate " + i + ": " + (r.isOk() ? r.value() + " instead of " + expected : r.detail()));
                failed.set(true);
                return;
              }
              done.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> w : workers) {
        w.get(millis + 300_000, TimeUnit.MILLISECONDS);
      }
    } finally {
      pool.shutdownNow();
      for (Isolate isolate : isolates) {
        isolate.close();
      }
    }
    assertThat(errors).isEmpty();
    return done.get();
  }

  private static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Samples the JVM's used heap every millisecond on a thread of its own and keeps the peak. */
  private static final class HeapSampler implements Runnable {
    private final AtomicLong max = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this, "heap-sampler");

    static HeapSampler start() {
      HeapSampler s = new HeapSampler();
      s.thread.setDaemon(true);
      s.thread.start();
      return s;
    }

    @Override
    public void run() {
      while (running) {
        max.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long max() {
      return max.get();
    }
  }
}
