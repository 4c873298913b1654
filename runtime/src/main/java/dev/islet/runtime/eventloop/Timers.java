package dev.islet.runtime.eventloop;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.jobs.JobQueue;
import dev.islet.objects.HeapTraceable;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.HashMap;
import java.util.Arrays;

/**
 * {@code setTimeout}, {@code setInterval}, {@code clearTimeout}, {@code clearInterval} and
 * {@code queueMicrotask} (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers)
 * on an isolate's event loop. Timer ids are positive integers; a callback runs as a task of the
 * invocation that set it, and timers an invocation left pending end with it.
 *
 * <p>A pending timer is charged to the isolate's heap, and what it holds (its callback and arguments)
 * is part of the isolate's live set, so {@code setTimeout} in a loop ends with the memory limit.
 *
 * <p>TODO(conform): string callbacks ({@code setTimeout("code")}) are refused, as workerd refuses them.
 */
public final class Timers {
  /** Delays are clamped to this, as browsers clamp to a signed 32-bit value. */
  static final long MAX_DELAY = Integer.MAX_VALUE;
  /** Intervals fire no more often than this, so a zero interval cannot starve other work. */
  static final long MIN_INTERVAL = 1;

  /** What timers need from the isolate that runs them. */
  public interface Host {
    /** Throws workerd's "Disallowed operation called within global scope" error when timers are not allowed now. */
    void checkAllowed(Realm realm, String operation);

    /**
     * Runs {@code callback} as a task of the current invocation after {@code delayMillis}; the handle
     * cancels it. When the invocation ends first, the timer is dropped and {@code dropped} runs. Null
     * when there is no invocation to run it in.
     */
    Cancelable schedule(long delayMillis, Runnable callback, Runnable dropped);
  }

  /** A scheduled timer that can be canceled. */
  @FunctionalInterface
  public interface Cancelable {
    void cancel();
  }

  /** The bookkeeping of one pending timer: the scheduled task, its closure and the map entry. */
  static final int TIMER_BYTES = 256;

  /** A pending timer: its handle, and the callback and arguments it keeps alive. */
  private static final class Pending implements HeapTraceable {
    final JsObject fn;
    final Object[] extra;
    Cancelable handle;

    Pending(JsObject fn, Object[] extra) {
      this.fn = fn;
      this.extra = extra;
    }

    @Override
    public long estimatedSize() {
      return TIMER_BYTES + SizeEstimates.refArray(extra.length);
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      v.visit(fn);
      for (Object x : extra) {
        v.visit(x);
      }
    }
  }

  /** Shows the pending timers to the live-set meter (a hook that never adds jobs). */
  private static final class Roots implements JobQueue.CheckpointHook {
    private final Timers timers;

    Roots(Timers timers) {
      this.timers = timers;
    }

    @Override
    public boolean checkpoint() {
      return false;
    }

    @Override
    public void traceRoots(HeapVisitor v) {
      for (Pending p : timers.active.values()) {
        v.visit(p);
      }
    }
  }

  private final Host host;
  private final Realm realm;
  private final HashMap<Integer, Pending> active = new HashMap<>();
  private int nextId = 1;

  private Timers(Realm realm, Host host) {
    this.realm = realm;
    this.host = host;
  }

  /** Defines the timer functions and {@code queueMicrotask} on {@code realm}'s global object. */
  public static Timers install(Realm realm, Host host) {
    Timers t = new Timers(realm, host);
    realm.agent.jobs.hook(Roots.class, () -> new Roots(t));
    JsObject global = realm.globalObject();
    global.materialize();
    BuiltinInstaller.on(realm, global)
        .method("setTimeout", 1, (r, self, args, nt) -> t.set(r, args, false))
        .method("setInterval", 1, (r, self, args, nt) -> t.set(r, args, true))
        .method("clearTimeout", 1, (r, self, args, nt) -> t.clear(r, Args.get(args, 0)))
        .method("clearInterval", 1, (r, self, args, nt) -> t.clear(r, Args.get(args, 0)))
        .method("queueMicrotask", 1, Timers::queueMicrotask);
    return t;
  }

  /** queueMicrotask ( callback ) */
  private static Object queueMicrotask(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    Object cb = Args.get(args, 0);
    if (!(cb instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE,
          "Failed to execute 'queueMicrotask': parameter 1 is not of type 'Function'.");
    }
    // A microtask that throws reports the error, like an uncaught exception of a task: the job
    // queue's caller (the isolate's task guard) sees the JsThrow.
    realm.agent.jobs.enqueue(new Microtask(fn));
    return Undefined.INSTANCE;
  }

  /** A queued microtask; traced so the callback it holds counts in the live set while it waits. */
  private record Microtask(JsObject fn) implements JobQueue.TracedJob {
    @Override
    public void run() {
      fn.call(Undefined.INSTANCE, JsObject.NO_ARGS);
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      v.visit(fn);
    }
  }

  private Object set(Realm realm, Object[] args, boolean repeat) {
    String name = repeat ? "setInterval" : "setTimeout";
    host.checkAllowed(realm, name);
    Object cb = Args.get(args, 0);
    if (!(cb instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Failed to execute '" + name
          + "': parameter 1 is not of type 'Function' (code strings are not allowed).");
    }
    double d = TypeConversion.toNumber(realm, Args.get(args, 1));
    long delay = Double.isNaN(d) || d < 0 ? 0 : (long) Math.min(d, MAX_DELAY);
    Object[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : JsObject.NO_ARGS;
    int id = nextId++;
    if (nextId == Integer.MAX_VALUE) {
      nextId = 1;
    }
    Pending p = new Pending(fn, extra);
    realm.heap.charge(p.estimatedSize());
    arm(realm, id, p, delay, repeat);
    return id;
  }

  private void arm(Realm realm, int id, Pending p, long delay, boolean repeat) {
    Cancelable c = host.schedule(delay, () -> {
      if (active.get(id) != p) {
        return;
      }
      if (repeat) {
        arm(realm, id, p, Math.max(delay, MIN_INTERVAL), true);
      } else {
        forget(id);
      }
      ObjectOperations.call(realm, p.fn, Undefined.INSTANCE, p.extra);
    }, () -> forget(id));
    if (c != null) {
      p.handle = c;
      active.put(id, p);
    } else if (active.get(id) == p) {
      forget(id);
    } else {
      realm.heap.release(p.estimatedSize());
    }
  }

  /** Drops timer {@code id}, returning its charge. */
  private Pending forget(int id) {
    Pending p = active.remove(id);
    if (p != null) {
      realm.heap.release(p.estimatedSize());
    }
    return p;
  }

  private Object clear(Realm realm, Object idValue) {
    if (idValue instanceof Integer || idValue instanceof Double) {
      double d = TypeConversion.toNumber(realm, idValue);
      Pending p = forget((int) d);
      if (p != null && p.handle != null) {
        p.handle.cancel();
      }
    }
    return Undefined.INSTANCE;
  }

  /** Forgets every timer (the isolate is going away). */
  public void cancelAll() {
    for (Pending p : active.values()) {
      if (p.handle != null) {
        p.handle.cancel();
      }
    }
    active.clear();
  }

  /** Timers pending now (tests). */
  public int pending() {
    return active.size();
  }
}
