package dev.islet.runtime.webapi.events;

import dev.islet.api.host.DomException;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostScheduler;
import dev.islet.api.host.HostState;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code AbortController} and {@code AbortSignal} — https://dom.spec.whatwg.org/#aborting-ongoing-activities,
 * with dependent signals ({@code AbortSignal.any}) and {@code AbortSignal.timeout} (on the realm's
 * {@link HostScheduler}).
 */
public final class AbortClasses {
  private AbortClasses() {}

  /** An AbortSignal: aborted state and reason, abort algorithms, and source/dependent signals. */
  public static final class AbortSignalObject extends EventTargetClass.EventTargetObject {
    boolean aborted;
    Object reason = Undefined.INSTANCE;
    private List<Consumer<Realm>> algorithms;
    boolean dependent;
    /** Source signals of a dependent signal; dependents of a source (weak, as the spec's weak sets). */
    private List<WeakReference<AbortSignalObject>> sources;
    private List<WeakReference<AbortSignalObject>> dependents;

    AbortSignalObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    public boolean aborted() {
      return aborted;
    }

    public Object reason() {
      return reason;
    }

    /** Add an abort algorithm — runs when the signal aborts (not if it already has). */
    public void addAlgorithm(Consumer<Realm> algorithm) {
      if (aborted) {
        return;
      }
      if (algorithms == null) {
        algorithms = new ArrayList<>(2);
      }
      algorithms.add(algorithm);
    }

    public void removeAlgorithm(Consumer<Realm> algorithm) {
      if (algorithms != null) {
        algorithms.remove(algorithm);
      }
    }

    @Override
    public String className() {
      return "AbortSignal";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(reason);
    }
  }

  /** An AbortController: its signal. */
  public static final class AbortControllerObject extends HostObject {
    final AbortSignalObject signal;

    AbortControllerObject(Realm realm, JsObject proto, AbortSignalObject signal) {
      super(realm, proto);
      this.signal = signal;
    }

    @Override
    public String className() {
      return "AbortController";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(signal);
    }
  }

  public static final HostClass<AbortSignalObject> ABORT_SIGNAL = HostClass.builder("AbortSignal", AbortSignalObject.class)
      .inherits(EventTargetClass.EVENT_TARGET)
      .staticMethod("abort", 0, (realm, t, args, nt) -> {
        AbortSignalObject s = newSignal(realm);
        s.aborted = true;
        s.reason = args.length > 0 && args[0] != Undefined.INSTANCE ? args[0] : abortError(realm);
        return s;
      })
      .staticMethod("timeout", 1, (realm, t, args, nt) -> timeout(realm, WebIdl.toUnsignedLongLong(realm,
          args.length > 0 ? args[0] : Undefined.INSTANCE, WebIdl.IntMode.ENFORCE_RANGE, "AbortSignal.timeout")))
      .staticMethod("any", 1, (realm, t, args, nt) -> {
        List<Object> items = WebIdl.toSequence(realm, args.length > 0 ? args[0] : Undefined.INSTANCE, "AbortSignal.any");
        List<AbortSignalObject> signals = new ArrayList<>(items.size());
        for (Object o : items) {
          if (!(o instanceof AbortSignalObject s)) {
            throw HostErrors.typeError(realm, "Failed to execute 'any' on 'AbortSignal': an element is not of type 'AbortSignal'.");
          }
          signals.add(s);
        }
        return any(realm, signals);
      })
      .getter("aborted", (realm, self) -> self.aborted)
      .getter("reason", (realm, self) -> self.reason)
      .method("throwIfAborted", 0, (realm, self, args) -> {
        if (self.aborted) {
          throw new JsThrow(self.reason);
        }
        return Undefined.INSTANCE;
      })
      .accessor("onabort", (realm, self) -> EventTargetClass.getHandler(self, "abort"),
          (realm, self, v) -> EventTargetClass.setHandler(realm, self, "abort", v))
      .build();

  public static final HostClass<AbortControllerObject> ABORT_CONTROLLER =
      HostClass.builder("AbortController", AbortControllerObject.class)
          .constructor(0, (realm, args, newTarget) ->
              new AbortControllerObject(realm, AbortClasses.ABORT_CONTROLLER.prototypeFor(realm, newTarget), newSignal(realm)))
          .getter("signal", (realm, self) -> self.signal)
          .method("abort", 0, (realm, self, args) -> {
            signalAbort(realm, self.signal, args.length > 0 ? args[0] : Undefined.INSTANCE);
            return Undefined.INSTANCE;
          })
          .build();

  /** A new signal of {@code realm} that is not aborted. */
  public static AbortSignalObject newSignal(Realm realm) {
    return new AbortSignalObject(realm, ABORT_SIGNAL.prototype(realm));
  }

  private static Object abortError(Realm realm) {
    return DomException.create(realm, "signal is aborted without reason", "AbortError");
  }

  /** Signal abort — https://dom.spec.whatwg.org/#abortsignal-signal-abort; undefined reason means an AbortError. */
  public static void signalAbort(Realm realm, AbortSignalObject signal, Object reason) {
    if (signal.aborted) {
      return;
    }
    signal.aborted = true;
    signal.reason = reason == Undefined.INSTANCE ? abortError(realm) : reason;
    List<AbortSignalObject> toAbort = new ArrayList<>();
    if (signal.dependents != null) {
      for (WeakReference<AbortSignalObject> ref : signal.dependents) {
        AbortSignalObject d = ref.get();
        if (d != null && !d.aborted) {
          d.aborted = true;
          d.reason = signal.reason;
          toAbort.add(d);
        }
      }
    }
    runAbortSteps(realm, signal);
    for (AbortSignalObject d : toAbort) {
      runAbortSteps(realm, d);
    }
  }

  private static void runAbortSteps(Realm realm, AbortSignalObject signal) {
    List<Consumer<Realm>> algorithms = signal.algorithms;
    signal.algorithms = null;
    if (algorithms != null) {
      for (Consumer<Realm> a : algorithms) {
        a.accept(realm);
      }
    }
    EventTargetClass.dispatch(realm, signal, EventClass.create(realm, "abort"));
  }

  /** Create a dependent abort signal — https://dom.spec.whatwg.org/#create-a-dependent-abort-signal */
  public static AbortSignalObject any(Realm realm, List<AbortSignalObject> signals) {
    AbortSignalObject result = newSignal(realm);
    for (AbortSignalObject s : signals) {
      if (s.aborted) {
        result.aborted = true;
        result.reason = s.reason;
        return result;
      }
    }
    result.dependent = true;
    result.sources = new ArrayList<>();
    for (AbortSignalObject s : signals) {
      if (!s.dependent) {
        link(result, s);
      } else if (s.sources != null) {
        for (WeakReference<AbortSignalObject> ref : s.sources) {
          AbortSignalObject source = ref.get();
          if (source != null) {
            link(result, source);
          }
        }
      }
    }
    return result;
  }

  private static void link(AbortSignalObject dependent, AbortSignalObject source) {
    for (WeakReference<AbortSignalObject> ref : dependent.sources) {
      if (ref.get() == source) {
        return;
      }
    }
    dependent.sources.add(new WeakReference<>(source));
    if (source.dependents == null) {
      source.dependents = new ArrayList<>(2);
    }
    source.dependents.removeIf(ref -> ref.get() == null);
    source.dependents.add(new WeakReference<>(dependent));
  }

  /** A signal that follows {@code signal} (a dependent signal of it), or a new signal if it is not one. */
  public static AbortSignalObject follow(Realm realm, Object signal) {
    if (signal instanceof AbortSignalObject s) {
      return any(realm, List.of(s));
    }
    return newSignal(realm);
  }

  /** AbortSignal.timeout(ms) — https://dom.spec.whatwg.org/#dom-abortsignal-timeout */
  private static AbortSignalObject timeout(Realm realm, double millis) {
    HostScheduler scheduler = HostState.get(realm, HostScheduler.class);
    if (scheduler == null) {
      throw HostErrors.domException(realm, "NotSupportedError", "AbortSignal.timeout needs an event loop, and this realm has none");
    }
    AbortSignalObject s = newSignal(realm);
    scheduler.schedule((long) millis, () -> signalAbort(realm, s,
        DomException.create(realm, "signal timed out", "TimeoutError")));
    return s;
  }
}
