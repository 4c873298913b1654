package dev.islet.spectests.wpt;

import dev.islet.api.host.HostScheduler;
import java.util.PriorityQueue;

/**
 * The test host's event loop: timers in virtual time (a timer that is due runs as soon as nothing
 * else is left to do, so a test that waits 1 s does not take 1 s), tasks in order, and a microtask
 * checkpoint after each task (run by the caller). Virtual time advances only by jumping to the next
 * timer; it starts at the real time.
 */
final class WptEventLoop implements HostScheduler {
  private static final class Timer implements Comparable<Timer>, Cancellable {
    final long due;
    final long seq;
    final Runnable task;
    boolean cancelled;

    Timer(long due, long seq, Runnable task) {
      this.due = due;
      this.seq = seq;
      this.task = task;
    }

    @Override
    public int compareTo(Timer o) {
      return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final long startMillis = System.currentTimeMillis();
  private long now;
  private long seq;

  /** Milliseconds of virtual time since the loop started. */
  long elapsed() {
    return now;
  }

  /** The virtual wall clock, in milliseconds since the epoch. */
  long epochMillis() {
    return startMillis + now;
  }

  @Override
  public Cancellable schedule(long delayMillis, Runnable task) {
    Timer t = new Timer(now + Math.max(0, delayMillis), seq++, task);
    timers.add(t);
    return t;
  }

  /** Runs the next timer (advancing virtual time to it); false when none is left. */
  boolean runNext() {
    Timer t;
    do {
      t = timers.poll();
      if (t == null) {
        return false;
      }
    } while (t.cancelled);
    now = Math.max(now, t.due);
    t.task.run();
    return true;
  }

  boolean hasPending() {
    for (Timer t : timers) {
      if (!t.cancelled) {
        return true;
      }
    }
    return false;
  }
}
