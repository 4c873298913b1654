package dev.islet.runtime.eventloop;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One isolate's task queue: tasks posted from any thread run one at a time, in order, on some loop
 * thread of the {@link LoopScheduler}. The owner wraps each task so it never throws (it runs JS under
 * the isolate's guard and ends with a microtask checkpoint); a task that throws anyway is handed to
 * the loop's failure handler, and the loop goes on.
 */
public final class EventLoop {
  /** Tasks run per turn before the thread moves on to another loop (fairness between isolates). */
  static final int BATCH = 64;

  /** Receives a Throwable a task let escape (an engine or runtime bug). */
  @FunctionalInterface
  public interface FailureHandler {
    void taskFailed(Throwable t);
  }

  private final LoopScheduler scheduler;
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final FailureHandler failures;
  private volatile Thread runner;

  public EventLoop(LoopScheduler scheduler, FailureHandler failures) {
    this.scheduler = scheduler;
    this.failures = failures;
  }

  public LoopScheduler scheduler() {
    return scheduler;
  }

  /** Queues {@code task}; safe from any thread. */
  public void post(Runnable task) {
    tasks.add(task);
    if (scheduled.compareAndSet(false, true)) {
      scheduler.schedule(this);
    }
  }

  /** Whether the calling thread is running this loop's tasks right now. */
  public boolean inLoop() {
    return runner == Thread.currentThread();
  }

  /** Whether tasks are waiting. */
  public boolean hasTasks() {
    return !tasks.isEmpty();
  }

  void runBatch() {
    runner = Thread.currentThread();
    try {
      Runnable t;
      for (int n = 0; n < BATCH && (t = tasks.poll()) != null; n++) {
        try {
          t.run();
        } catch (Throwable e) { // a task must not kill a loop thread; the owner decides what failed
          failures.taskFailed(e);
        }
      }
    } finally {
      runner = null;
      scheduled.set(false);
    }
    if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
      scheduler.schedule(this);
    }
  }
}
