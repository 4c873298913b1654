package dev.islet.runtime.cli;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.api.host.HostErrors;
import dev.islet.realm.Realm;
import dev.islet.runtime.eventloop.Timers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.PriorityQueue;

/**
 * The event loop of {@code islet run}: after the script, its timers fire on the calling thread in due order,
 * each callback a task of the isolate (its microtasks run after it). The run ends when no timer is left, when
 * a task does not end {@code ok}, or when the tasks together used more CPU time than the isolate's limit.
 * At most {@link #MAX_PENDING} timers may wait at once; one more is a RangeError.
 */
final class RunLoop implements Timers.Host {
  static final int MAX_PENDING = 10_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private record Timer(long due, long seq, Runnable callback, boolean[] canceled) {}

  private final Realm realm;
  private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) -> a.due != b.due
      ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private long seq;

  RunLoop(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void checkAllowed(Realm r, String operation) {
    // A script run from the command line may use timers anywhere, its top level included.
  }

  @Override
  public Timers.Cancelable schedule(long delayMillis, Runnable callback, Runnable dropped) {
    if (queue.size() >= MAX_PENDING) {
      throw HostErrors.rangeError(realm, "Too many pending timers (at most " + MAX_PENDING + ")");
    }
    boolean[] canceled = {false};
    queue.add(new Timer(System.nanoTime() / 1_000_000 + delayMillis, seq++, callback, canceled));
    return () -> canceled[0] = true;
  }

  /** Runs timers until none is left; returns the first result that is not ok, or {@code last}. */
  RunResult run(Isolate isolate, RunResult last, long cpuLimitMillis, long cpuStartNanos) {
    RunResult result = last;
    while (result.isOk()) {
      Timer t = queue.poll();
      if (t == null) {
        return result;
      }
      if (t.canceled[0]) {
        continue;
      }
      long wait = t.due - System.nanoTime() / 1_000_000;
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new RunResult(Outcome.CANCELED, null, null, "interrupted");
        }
      }
      result = isolate.runTask(t.callback);
      long usedMillis = (THREADS.getCurrentThreadCpuTime() - cpuStartNanos) / 1_000_000;
      if (result.isOk() && usedMillis > cpuLimitMillis) {
        return new RunResult(Outcome.EXCEEDED_CPU, null, null,
            "CPU time limit of " + cpuLimitMillis + " ms exceeded by the script and its timers together");
      }
    }
    return result;
  }
}
