package dev.islet.builtins.structured;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.jobs.JobQueue;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import dev.islet.vm.Agent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Atomics.wait / waitAsync / notify — https://tc39.es/ecma262/#sec-dowait. Waiters are kept per
 * shared block and byte index; the block's monitor is the critical section. A synchronous waiter
 * blocks its thread in slices, polling its agent's budget so that a termination or a wall-clock
 * limit still ends it. An asynchronous waiter resolves its promise in its own agent: directly when
 * notified from that agent, otherwise at the agent's next microtask checkpoint, which (if the host
 * lets the agent suspend) waits for a notification from another thread until the timeout.
 */
final class AtomicsWaiting {
  /** Longest single sleep: how soon a blocked agent notices a termination request. */
  private static final long SLICE_NANOS = 2_000_000;

  private AtomicsWaiting() {}

  /**
   * A Waiter Record — https://tc39.es/ecma262/#sec-waiter-record. An asynchronous one is charged and
   * counted in its agent's live set (its promise and resolving functions) until it settles.
   */
  static final class Waiter implements dev.islet.objects.HeapTraceable {
    /** The record, its list entries and its pending entry. */
    static final int BYTES = 96;

    final Agent agent;
    final long deadlineNanos;
    final PromiseObject.Capability capability;
    final Realm realm;
    /** Set, under the block's monitor, by the notifier. */
    volatile boolean notified;

    Waiter(Agent agent, long deadlineNanos, PromiseObject.Capability capability, Realm realm) {
      this.agent = agent;
      this.deadlineNanos = deadlineNanos;
      this.capability = capability;
      this.realm = realm;
    }

    @Override
    public long estimatedSize() {
      return BYTES;
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      if (capability != null) {
        v.visit(capability.promise());
        v.visit(capability.resolve());
        v.visit(capability.reject());
      }
    }
  }

  /** The deadline for a timeout of {@code t} milliseconds (+∞ never). */
  static long deadline(double t) {
    if (t == Double.POSITIVE_INFINITY || t > 1e15) {
      return Long.MAX_VALUE;
    }
    return System.nanoTime() + (long) (t * 1_000_000);
  }

  /**
   * DoWait, synchronous mode, from step 10 on: "not-equal", "timed-out" or "ok". The caller has
   * validated everything and holds no lock.
   */
  static String waitSync(Realm realm, SharedBlock block, int byteIndex, ElementType type, long expectedBits, double timeout) {
    long deadline = deadline(timeout);
    Waiter w = new Waiter(realm.agent, deadline, null, realm);
    synchronized (block) {
      if (type.getBits(block.data, byteIndex) != expectedBits) {
        return "not-equal";
      }
      List<Waiter> list = block.waitersAt(byteIndex);
      list.add(w);
      try {
        while (!w.notified) {
          long remaining = deadline == Long.MAX_VALUE ? SLICE_NANOS : deadline - System.nanoTime();
          if (remaining <= 0) {
            return "timed-out";
          }
          long nanos = Math.min(remaining, SLICE_NANOS);
          try {
            block.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            realm.agent.budget.cancel();
          }
          // Throws the termination (canceled, wall-clock limit) out of the wait; finally removes us.
          realm.agent.budget.poll();
        }
        return "ok";
      } finally {
        if (!w.notified) {
          list.remove(w);
        }
      }
    }
  }

  /**
   * DoWait, asynchronous mode, from step 10 on: the result object's value is "not-equal",
   * "timed-out" or a promise. Returns null for the promise case (the caller makes the object).
   */
  static String waitAsync(Realm realm, SharedBlock block, int byteIndex, ElementType type, long expectedBits, double timeout,
      PromiseObject.Capability capability) {
    synchronized (block) {
      if (type.getBits(block.data, byteIndex) != expectedBits) {
        return "not-equal";
      }
      if (timeout == 0) {
        return "timed-out";
      }
      realm.heap.charge(Waiter.BYTES);
      Waiter w = new Waiter(realm.agent, deadline(timeout), capability, realm);
      block.waitersAt(byteIndex).add(w);
      realm.agent.jobs.hook(AsyncWaits.class, () -> new AsyncWaits(realm.agent)).add(w, block, byteIndex);
    }
    return null;
  }

  /** Atomics.notify steps 6–8: wakes up to {@code count} waiters, first come first served; returns how many. */
  static int notify(Realm realm, SharedBlock block, int byteIndex, double count) {
    List<Waiter> woken = new ArrayList<>();
    synchronized (block) {
      List<Waiter> list = block.waiters.get(byteIndex);
      if (list == null) {
        return 0;
      }
      Iterator<Waiter> it = list.iterator();
      while (it.hasNext() && woken.size() < count) {
        Waiter w = it.next();
        it.remove();
        w.notified = true;
        woken.add(w);
      }
      block.notifyAll();
    }
    for (Waiter w : woken) {
      // A waiter of this agent resolves as a job now (EnqueueResolveInAgentJob); others at their checkpoint.
      if (w.capability != null && w.agent == realm.agent) {
        AsyncWaits waits = realm.agent.jobs.hook(AsyncWaits.class, () -> new AsyncWaits(realm.agent));
        waits.resolveNow(w);
      }
    }
    return woken.size();
  }

  /** The pending asynchronous waits of one agent: resolved at its microtask checkpoints. */
  static final class AsyncWaits implements JobQueue.CheckpointHook {
    private final Agent agent;
    private final List<Object[]> pending = new ArrayList<>();

    AsyncWaits(Agent agent) {
      this.agent = agent;
    }

    private boolean pollScheduled;

    void add(Waiter w, SharedBlock block, int byteIndex) {
      pending.add(new Object[] {w, block, byteIndex});
      schedulePoll();
    }

    /**
     * While other jobs keep the queue busy (the checkpoint never comes), a poll job at the end of
     * the queue still resolves notified and timed-out waiters; it stops when it is the last job.
     */
    private void schedulePoll() {
      if (!pollScheduled) {
        pollScheduled = true;
        agent.jobs.enqueue(this::poll);
      }
    }

    private void poll() {
      pollScheduled = false;
      settle();
      if (!pending.isEmpty() && !agent.jobs.isEmpty()) {
        schedulePoll();
      }
    }

    /** Enqueues the resolution of a notified waiter of this agent and forgets it. */
    void resolveNow(Waiter w) {
      for (Iterator<Object[]> it = pending.iterator(); it.hasNext(); ) {
        if (it.next()[0] == w) {
          it.remove();
          enqueueResolve(w, "ok");
          return;
        }
      }
    }

    private void enqueueResolve(Waiter w, String result) {
      agent.jobs.enqueue(() -> ObjectOperations.call(w.realm, w.capability.resolve(), Undefined.INSTANCE, result));
    }

    /** Resolves (as jobs) the waiters that were notified or timed out; returns whether any were. */
    private boolean settle() {
      boolean enqueued = false;
      long now = System.nanoTime();
      for (Iterator<Object[]> it = pending.iterator(); it.hasNext(); ) {
        Object[] p = it.next();
        Waiter w = (Waiter) p[0];
        SharedBlock block = (SharedBlock) p[1];
        String result = null;
        synchronized (block) {
          if (w.notified) {
            result = "ok";
          } else if (w.deadlineNanos != Long.MAX_VALUE && now - w.deadlineNanos >= 0) {
            List<Waiter> list = block.waiters.get((Integer) p[2]);
            if (list != null) {
              list.remove(w);
            }
            result = "timed-out";
          }
        }
        if (result != null) {
          it.remove();
          enqueueResolve(w, result);
          enqueued = true;
        }
      }
      return enqueued;
    }

    /** True while some waiter can still be settled by waiting: it has a timeout, or another agent may notify it. */
    private boolean worthWaiting() {
      for (Object[] p : pending) {
        if (((Waiter) p[0]).deadlineNanos != Long.MAX_VALUE || ((SharedBlock) p[1]).isSharedWithOtherAgents()) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void traceRoots(dev.islet.objects.HeapVisitor v) {
      for (Object[] p : pending) {
        v.visit(p[0]);
      }
    }

    @Override
    public boolean checkpoint() {
      while (!pending.isEmpty()) {
        if (settle()) {
          return true;
        }
        // Nothing else to do in this agent: wait for a notification or a timeout, if one can come.
        if (!worthWaiting() || !agent.hostHooks().agentCanSuspend(((Waiter) pending.get(0)[0]).realm)) {
          return false;
        }
        try {
          Thread.sleep(0, 500_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          agent.budget.cancel();
        }
        agent.budget.poll();
      }
      return false;
    }
  }
}
