package dev.islet.jobs;

import dev.islet.heap.SizeEstimates;
import dev.islet.vm.Agent;
import java.util.ArrayDeque;

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

  private final Agent agent;
  private final ArrayDeque<Job> queue = new ArrayDeque<>();
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

  /** Runs jobs until the queue is empty (a microtask checkpoint). */
  public void drain() {
    Job j;
    while ((j = queue.pollFirst()) != null) {
      agent.heap.release(SizeEstimates.JOB);
      j.run();
    }
  }

  /** Drops every pending job (after a termination: the run's promises are abandoned). */
  public void clear() {
    queue.clear();
  }
}
