package dev.islet.heap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU budget of an isolate: an instruction count, a CPU-time deadline and a cancel flag.
 *
 * <p>The interpreter charges ticks at backward jumps and calls by decrementing {@link #ticks} and
 * calls {@link #poll()} when it goes negative: one field decrement on the hot path. Built-ins that
 * loop charge in proportion to their work with {@link #charge(long)}. Polling settles the count,
 * checks the cancel flag and (every poll) the thread's CPU time.
 */
public final class Budget {
  /** Ticks between polls: small enough that a cancel or a deadline is noticed within ~1 ms. */
  static final int CHUNK = 10_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Countdown to the next poll. Public so the interpreter loop can decrement it directly. */
  public int ticks = CHUNK;
  private int chunk = CHUNK;
  private long consumed;
  private long instructionLimit = Long.MAX_VALUE;
  private long cpuLimitNanos = Long.MAX_VALUE;
  /**
   * The thread's CPU time when the run started ({@link #start()} reads it). Code run without
   * {@code start()} (engine tests that drive a realm directly) has {@link #UNREAD} here and is timed
   * from {@link #wallStartNanos}: the first poll reads the clock (not a new isolate, which may never run).
   */
  private long cpuStartNanos = UNREAD;
  private long wallStartNanos;
  private static final long UNREAD = Long.MIN_VALUE;
  private volatile boolean canceled;
  private volatile boolean wallTimeExceeded;
  private boolean enabled = true;

  public void setInstructionLimit(long limit) {
    instructionLimit = limit <= 0 ? Long.MAX_VALUE : limit;
  }

  public void setCpuLimitNanos(long nanos) {
    cpuLimitNanos = nanos <= 0 ? Long.MAX_VALUE : nanos;
    // Code run without start() (engine tests that drive a realm directly) is timed from here, not
    // from the thread's birth.
    markStart();
  }

  private void markStart() {
    cpuStartNanos = UNREAD;
    wallStartNanos = System.nanoTime();
  }

  /** Turns all checks off (used by benchmarks that measure the budget's own overhead). */
  public void setEnabled(boolean on) {
    enabled = on;
  }

  /** Starts a run: resets the CPU clock and the consumed count. */
  public void start() {
    consumed = 0;
    canceled = false;
    wallTimeExceeded = false;
    cpuStartNanos = cpuLimitNanos == Long.MAX_VALUE ? 0 : THREADS.getCurrentThreadCpuTime();
    chunk = (int) Math.min(CHUNK, instructionLimit);
    ticks = chunk;
  }

  /** Asks the running code to stop at its next check; safe to call from any thread. */
  public void cancel() {
    canceled = true;
    ticks = 0;
  }

  /** Marks the wall-clock limit of the invocation as passed; safe to call from any thread. */
  public void expireWallTime() {
    wallTimeExceeded = true;
    ticks = 0;
  }

  public boolean isCanceled() {
    return canceled;
  }

  public long consumed() {
    return consumed + (chunk - ticks);
  }

  /** Charges {@code n} ticks of work done by a built-in. */
  public void charge(long n) {
    if (n < ticks) {
      ticks -= (int) n;
      return;
    }
    consumed += n;
    poll();
  }

  /** Settles the ticks used since the last poll and checks every limit. */
  public void poll() {
    consumed += chunk - ticks;
    ticks = chunk;
    if (!enabled) {
      return;
    }
    if (canceled) {
      throw new Termination(Termination.Kind.CANCELED, "canceled by the host");
    }
    if (wallTimeExceeded) {
      throw new Termination(Termination.Kind.WALL_TIME, "wall-clock time limit exceeded");
    }
    if (consumed > instructionLimit) {
      throw new Termination(Termination.Kind.CPU, "instruction limit of " + instructionLimit + " exceeded");
    }
    if (cpuLimitNanos != Long.MAX_VALUE) {
      long now = THREADS.getCurrentThreadCpuTime();
      if (cpuStartNanos == UNREAD) {
        // The CPU used since the start is at most the wall time since then: count all of it (never less
        // than the truth), so the deadline holds from the first instruction.
        cpuStartNanos = now - (System.nanoTime() - wallStartNanos);
      }
      long used = now - cpuStartNanos;
      if (used > cpuLimitNanos) {
        throw new Termination(Termination.Kind.CPU, "CPU time limit of " + (cpuLimitNanos / 1_000_000) + " ms exceeded");
      }
    }
    long left = instructionLimit - consumed;
    if (left < chunk) {
      chunk = (int) Math.max(1, left);
      ticks = chunk;
    }
  }
}
