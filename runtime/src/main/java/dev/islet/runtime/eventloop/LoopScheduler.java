package dev.islet.runtime.eventloop;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run event loops. An isolate is single-threaded but not bound to a thread: its
 * {@link EventLoop} is handed to whichever loop thread is free when it has work, so thousands of
 * isolates share a few threads.
 *
 * <p>Locality: when a loop thread makes another loop runnable (one isolate calls another, a reply
 * comes back) and every thread is busy, the other loop runs next on the same thread instead of
 * going through the shared queue (Go's "runnext"): a request that hops host → worker → host then
 * costs no thread hand-off. When some thread is idle, the loop goes to the shared queue so the work
 * runs in parallel.
 */
public final class LoopScheduler implements AutoCloseable {
  private final LinkedBlockingQueue<EventLoop> runnable = new LinkedBlockingQueue<>();
  private final LoopThread[] threads;
  private final ScheduledThreadPoolExecutor timers;
  private final AtomicInteger idle = new AtomicInteger();
  private volatile boolean closed;

  /** A loop thread: holds the loop to run next (no ThreadLocal: the scheduler finds it by type). */
  static final class LoopThread extends Thread {
    final LoopScheduler owner;
    EventLoop next;

    LoopThread(LoopScheduler owner, String name) {
      super(name);
      this.owner = owner;
      setDaemon(true);
    }

    @Override
    public void run() {
      owner.work(this);
    }
  }

  public LoopScheduler(int threadCount, String name) {
    threads = new LoopThread[Math.max(1, threadCount)];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new LoopThread(this, name + "-" + i);
    }
    timers = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, name + "-timers");
      t.setDaemon(true);
      return t;
    });
    timers.setRemoveOnCancelPolicy(true);
    for (LoopThread t : threads) {
      t.start();
    }
  }

  /** A scheduler with one loop thread per available processor. */
  public static LoopScheduler create(String name) {
    return new LoopScheduler(Runtime.getRuntime().availableProcessors(), name);
  }

  public int threadCount() {
    return threads.length;
  }

  /** Whether the calling thread is one of this scheduler's loop threads. */
  public boolean isLoopThread() {
    return Thread.currentThread() instanceof LoopThread t && t.owner == this;
  }

  /** Makes {@code loop} runnable (called by the loop once, when its first task arrives while idle). */
  void schedule(EventLoop loop) {
    if (Thread.currentThread() instanceof LoopThread t && t.owner == this && t.next == null && idle.get() == 0) {
      t.next = loop;
      return;
    }
    runnable.add(loop);
  }

  /** Runs {@code task} on the timer thread after {@code delayMillis}; the task must only post to a loop. */
  public ScheduledFuture<?> delay(Runnable task, long delayMillis) {
    return timers.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
  }

  private void work(LoopThread self) {
    while (!closed) {
      EventLoop loop = self.next;
      if (loop != null) {
        self.next = null;
      } else {
        loop = runnable.poll();
        if (loop == null) {
          idle.incrementAndGet();
          try {
            loop = runnable.poll(1, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            loop = null;
          } finally {
            idle.decrementAndGet();
          }
          if (loop == null) {
            continue;
          }
        }
      }
      loop.runBatch();
    }
  }

  /** Stops the threads once they finish the batch they run; loops with work left are abandoned. */
  @Override
  public void close() {
    closed = true;
    timers.shutdownNow();
    for (LoopThread t : threads) {
      t.interrupt();
    }
  }
}
