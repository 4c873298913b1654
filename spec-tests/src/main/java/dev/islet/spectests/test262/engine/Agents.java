package dev.islet.spectests.test262.engine;

import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.SharedBlock;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.heap.Budget;
import dev.islet.heap.Heap;
import dev.islet.heap.Termination;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import dev.islet.vm.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code $262.agent} (INTERPRETING.md, "agent"): the test's agent starts other agents, each on its own
 * thread with its own engine agent (heap, budget, job queue) and realm, and talks to them through a
 * SharedArrayBuffer and a queue of string reports. Atomics.wait and notify then work between threads.
 *
 * <p>The test's side: {@code start(source)} (returns once the agent runs), {@code broadcast(sab, id)}
 * (returns once every agent has taken it), {@code getReport()} (a string or null), {@code sleep(ms)},
 * {@code monotonicNow()}. An agent's side: {@code receiveBroadcast(callback)}, {@code report(value)},
 * {@code leaving()}, {@code sleep}, {@code monotonicNow}. One instance serves one test run; {@link #close}
 * ends its agents.
 */
final class Agents implements AutoCloseable {
  /** How long broadcast waits for every agent to take a message: longer only if an agent never listens. */
  private static final long BROADCAST_WAIT_MILLIS = 10_000;
  private static final long SLICE_MILLIS = 5;
  private static final long MAX_SLEEP_MILLIS = 10_000;

  private final EngineSettings settings;
  private final long origin = System.nanoTime();
  private final List<Worker> workers = new ArrayList<>();
  private final ConcurrentLinkedQueue<String> reports = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  Agents(EngineSettings settings) {
    this.settings = settings;
  }

  /** The {@code $262.agent} object of the test's realm {@code realm}. */
  JsObject hostObject(Realm realm) {
    JsObject agent = JsObject.ordinary(realm, realm.objectPrototype());
    BuiltinInstaller.on(realm, agent)
        .method("start", 1, this::start)
        .method("broadcast", 2, this::broadcast)
        .method("getReport", 0, (r, t, a, nt) -> {
          String s = reports.poll();
          return s == null ? Null.INSTANCE : s;
        })
        .method("sleep", 1, Agents::sleep)
        .method("monotonicNow", 0, this::monotonicNow);
    return agent;
  }

  private Object monotonicNow(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    return (double) ((System.nanoTime() - origin) / 1_000_000);
  }

  /** Blocks this agent for about {@code ms} milliseconds (the runner is CanBlockIsTrue for the test's agent). */
  private static Object sleep(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    double ms = TypeConversion.toNumber(realm, Args.get(args, 0));
    if (ms > 0) {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos((long) Math.min(ms, MAX_SLEEP_MILLIS));
      long left;
      while ((left = end - System.nanoTime()) > 0) {
        try {
          Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, SLICE_MILLIS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          realm.agent.budget.cancel();
        }
        realm.agent.budget.poll(); // a canceled agent stops sleeping
      }
    }
    return Undefined.INSTANCE;
  }

  /** start(source): runs {@code source} in a new agent on its own thread; returns once it runs. */
  private Object start(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    String source = TypeConversion.toString(realm, Args.get(args, 0));
    Worker w = new Worker(source, workers.size() + 1);
    synchronized (workers) {
      if (closed) {
        throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "$262.agent: the test has ended");
      }
      workers.add(w);
    }
    Thread t = new Thread(w, "test262-agent-" + w.id);
    t.setDaemon(true);
    w.thread = t;
    t.start();
    awaitQuietly(realm, w.running);
    return Undefined.INSTANCE;
  }

  /** broadcast(sab, id): hands the buffer's shared block and {@code id} to every agent; returns once all took it. */
  private Object broadcast(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (!(Args.get(args, 0) instanceof ArrayBufferObject buffer) || !buffer.isShared()) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "$262.agent.broadcast: the first argument must be a SharedArrayBuffer");
    }
    Object id = Args.get(args, 1);
    List<Worker> now;
    synchronized (workers) {
      now = new ArrayList<>(workers);
    }
    CountDownLatch taken = new CountDownLatch(now.size());
    Message m = new Message(buffer.sharedBlock(), id, taken);
    for (Worker w : now) {
      w.mailbox.add(m);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BROADCAST_WAIT_MILLIS);
    while (!awaitSlice(realm, taken)) {
      if (System.nanoTime() > deadline) {
        throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "$262.agent.broadcast: an agent did not take the message within "
            + BROADCAST_WAIT_MILLIS + " ms (did it call receiveBroadcast?)");
      }
    }
    return Undefined.INSTANCE;
  }

  /** Waits for {@code latch} in slices, letting the test's budget end the wait (termination, cancel). */
  private static void awaitQuietly(Realm realm, CountDownLatch latch) {
    while (!awaitSlice(realm, latch)) {
      // keep waiting: the agent thread is starting
    }
  }

  private static boolean awaitSlice(Realm realm, CountDownLatch latch) {
    try {
      if (latch.await(SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      realm.agent.budget.cancel();
    }
    realm.agent.budget.poll();
    return false;
  }

  /** Ends every agent of this run: their budgets are canceled, so they stop at their next check. */
  @Override
  public void close() {
    List<Worker> all;
    synchronized (workers) {
      closed = true;
      all = new ArrayList<>(workers);
    }
    for (Worker w : all) {
      w.budget.cancel();
    }
    for (Worker w : all) {
      try {
        w.thread.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A broadcast: the shared block, the id, and the latch each agent counts down when it has taken it. */
  private record Message(SharedBlock block, Object id, CountDownLatch taken) {}

  /** One started agent: runs its script, then waits for broadcasts while it has a receiveBroadcast callback. */
  private final class Worker implements Runnable {
    final String source;
    final int id;
    final Budget budget = new Budget();
    final CountDownLatch running = new CountDownLatch(1);
    final ConcurrentLinkedQueue<Message> mailbox = new ConcurrentLinkedQueue<>();
    volatile Thread thread;
    private JsObject callback;
    private boolean leaving;

    Worker(String source, int id) {
      this.source = source;
      this.id = id;
      budget.setInstructionLimit(settings.instructionLimit());
      budget.setCpuLimitNanos(settings.cpuMillis() * 1_000_000L);
    }

    @Override
    public void run() {
      Agent agent = new Agent(new Heap(settings.memoryBytes()), budget);
      Realm realm = new Realm(agent);
      installAgentSide(realm);
      budget.start();
      running.countDown();
      try {
        Scripts.parseAndRun(realm, "agent-" + id, source);
        agent.jobs.drain();
        while (callback != null && !leaving && !closed) {
          Message m = mailbox.poll();
          if (m == null) {
            sleepSlice();
            budget.poll();
            continue;
          }
          JsObject sab = ArrayBufferObject.sharedFromBlock(realm, m.block());
          m.taken().countDown();
          JsObject f = callback;
          callback = null; // one broadcast per receiveBroadcast call
          f.call(Undefined.INSTANCE, new Object[] {sab, m.id()});
          agent.jobs.drain();
        }
      } catch (JsThrow | Termination e) {
        // An agent's error or end is not the test's verdict; the test sees what the agent reported.
      } catch (RuntimeException | StackOverflowError e) {
        if (settings.verbose() != null) {
          synchronized (settings.verbose()) {
            settings.verbose().println("CRASH in $262.agent " + id + ":");
            e.printStackTrace(settings.verbose());
          }
        }
      } finally {
        agent.jobs.clear();
      }
    }

    private void sleepSlice() {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        budget.cancel();
      }
    }

    /** $262.agent on an agent's side: receiveBroadcast, report, leaving, sleep, monotonicNow. */
    private void installAgentSide(Realm realm) {
      JsObject global = realm.globalObject();
      global.materialize();
      JsObject host = JsObject.ordinary(realm, realm.objectPrototype());
      JsObject agent = JsObject.ordinary(realm, realm.objectPrototype());
      BuiltinInstaller.on(realm, agent)
          .method("receiveBroadcast", 1, (r, t, a, nt) -> {
            if (!(Args.get(a, 0) instanceof JsObject f) || !f.isCallable()) {
              throw Errors.typeError(r, Msg.CUSTOM_TYPE, "receiveBroadcast needs a function");
            }
            callback = f;
            return Undefined.INSTANCE;
          })
          .method("report", 1, (r, t, a, nt) -> {
            reports.add(TypeConversion.toString(r, Args.get(a, 0)));
            return Undefined.INSTANCE;
          })
          .method("leaving", 0, (r, t, a, nt) -> {
            leaving = true;
            return Undefined.INSTANCE;
          })
          .method("sleep", 1, Agents::sleep)
          .method("monotonicNow", 0, Agents.this::monotonicNow);
      BuiltinInstaller.on(realm, host).value("agent", agent, Attributes.HIDDEN).value("global", global, Attributes.HIDDEN);
      global.defineOwnProperty(realm, "$262", PropertyDescriptor.data(host, Attributes.HIDDEN));
    }
  }
}
