package dev.islet.jobs;

import dev.islet.heap.SizeEstimates;
import dev.islet.vm.Agent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The agent's job queue (HostEnqueuePromiseJob — https://tc39.es/ecma262/#sec-hostenqueuepromisejob):
 * promise reaction jobs run in FIFO order at the microtask checkpoint. Bounded: a limit on pending
 * jobs stops a never-ending microtask flood.
 */
public final class JobQueue {
  /** A job: a piece of host work that may run JS. */
  @FunctionalInterface
  public interface Job {
    void run();
  }

  /**
   * Host work done each time a microtask checkpoint empties the queue: ClearKeptObjects for WeakRef
   * (https://tc39.es/ecma262/#sec-clear-kept-objects) and scheduling FinalizationRegistry cleanup
   * jobs for targets the JVM has collected (HostEnqueueFinalizationRegistryCleanupJob). Built-ins
   * register one per agent with {@link #hook}.
   */
  public interface CheckpointHook {
    /** Runs when the queue is empty; returns true if it enqueued jobs, which the checkpoint then runs. */
    boolean checkpoint();

    /** Visits the JS values the hook keeps alive (for the live-set meter). */
    default void traceRoots(dev.islet.objects.HeapVisitor v) {}
  }

  /** A job holding JS values (a promise reaction with its argument): the live-set meter follows them. */
  public interface TracedJob extends Job {
    void traceReferences(dev.islet.objects.HeapVisitor v);
  }

  private static final CheckpointHook[] NO_HOOKS = new CheckpointHook[0];

  private final Agent agent;
  private final ArrayDeque<Job> queue = new ArrayDeque<>();
  private CheckpointHook[] hooks = NO_HOOKS;
  private int maxPending = 1_000_000;

  public JobQueue(Agent agent) {
    this.agent = agent;
  }

  public void setMaxPending(int max) {
    maxPending = max;
  }

  public void enqueue(Job job) {
    if (queue.size() >= maxPending) {
      throw new dev.islet.heap.Termination(dev.islet.heap.Termination.Kind.MEMORY,
          "more than " + maxPending + " pending microtasks");
    }
    agent.heap.charge(SizeEstimates.JOB);
    queue.addLast(job);
  }

  public boolean isEmpty() {
    return queue.isEmpty();
  }

  public int size() {
    return queue.size();
  }

  /** The agent's hook of class {@code type}, registered with {@code create} on first use. */
  public <T extends CheckpointHook> T hook(Class<T> type, Supplier<T> create) {
    for (CheckpointHook h : hooks) {
      if (type.isInstance(h)) {
        return type.cast(h);
      }
    }
    T h = create.get();
    CheckpointHook[] n = Arrays.copyOf(hooks, hooks.length + 1);
    n[hooks.length] = h;
    hooks = n;
    return h;
  }

  /** Visits the values every checkpoint hook keeps alive (live-set measurement). */
  public void traceHookRoots(dev.islet.objects.HeapVisitor v) {
    for (CheckpointHook h : hooks) {
      h.traceRoots(v);
    }
  }

  /** Visits the values pending jobs hold (live-set measurement); each job itself counts as JOB bytes. */
  public void traceJobs(dev.islet.objects.HeapVisitor v) {
    for (Job j : queue) {
      if (j instanceof TracedJob t) {
        t.traceReferences(v);
      }
    }
  }

  /** Runs jobs until the queue is empty and no checkpoint hook adds more (a microtask checkpoint). */
  public void drain() {
    do {
      Job j;
      while ((j = queue.pollFirst()) != null) {
        agent.heap.release(SizeEstimates.JOB);
        j.run();
      }
    } while (runHooks());
  }

  private boolean runHooks() {
    boolean more = false;
    for (CheckpointHook h : hooks) {
      more |= h.checkpoint();
    }
    return more && !queue.isEmpty();
  }

  /** Drops every pending job (after a termination: the run's promises are abandoned). */
  public void clear() {
    queue.clear();
  }
}
