package dev.islet.runtime.webapi.events;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrorReporter;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code EventTarget} interface — https://dom.spec.whatwg.org/#interface-eventtarget — for
 * targets outside a tree (a worker has no DOM): dispatch runs the target's capture listeners, then
 * its other listeners, at the target.
 */
public final class EventTargetClass {
  private EventTargetClass() {}

  /** An event listener — https://dom.spec.whatwg.org/#concept-event-listener */
  static final class Listener {
    final String type;
    final JsObject callback;
    final boolean capture;
    final boolean passive;
    final boolean once;
    boolean removed;

    Listener(String type, JsObject callback, boolean capture, boolean passive, boolean once) {
      this.type = type;
      this.callback = callback;
      this.capture = capture;
      this.passive = passive;
      this.once = once;
    }
  }

  /** An event target: its listeners and event handler attribute values. */
  public static class EventTargetObject extends HostObject {
    final List<Listener> listeners = new ArrayList<>(2);
    /** Event handler values by type ("abort" for onabort); a listener calls the current value. */
    Map<String, Object> handlers;
    /** The types whose handler listener is registered (on the first non-null value). */
    java.util.Set<String> handlerListeners;

    protected EventTargetObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "EventTarget";
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + (long) listeners.size() * (SizeEstimates.OBJECT + 16);
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      for (Listener l : listeners) {
        v.visit(l.callback);
      }
      if (handlers != null) {
        for (Object h : handlers.values()) {
          v.visit(h);
        }
      }
    }
  }

  public static final HostClass<EventTargetObject> EVENT_TARGET = HostClass.builder("EventTarget", EventTargetObject.class)
      .constructor(0, (realm, args, newTarget) -> new EventTargetObject(realm, EventTargetClass.EVENT_TARGET.prototypeFor(realm, newTarget)))
      .method("addEventListener", 2, (realm, self, args) -> {
        requireArgs(realm, args, 2, "addEventListener");
        String type = WebIdl.toDOMString(realm, args[0]);
        JsObject callback = callbackOf(realm, args[1], "addEventListener");
        Object options = args.length > 2 ? args[2] : Undefined.INSTANCE;
        boolean capture;
        boolean once = false;
        boolean passive = false;
        Object signal = Null.INSTANCE;
        if (options instanceof JsObject o) {
          capture = WebIdl.toBoolean(o.get(realm, "capture", o));
          once = WebIdl.toBoolean(o.get(realm, "once", o));
          Object p = o.get(realm, "passive", o);
          passive = p != Undefined.INSTANCE && WebIdl.toBoolean(p);
          signal = o.get(realm, "signal", o);
          if (signal != Undefined.INSTANCE && !(signal instanceof AbortClasses.AbortSignalObject)) {
            throw HostErrors.typeError(realm, "Failed to execute 'addEventListener' on 'EventTarget': member signal is not of type AbortSignal.");
          }
        } else {
          capture = WebIdl.toBoolean(options);
        }
        AbortClasses.AbortSignalObject s = signal instanceof AbortClasses.AbortSignalObject as ? as : null;
        addListener(realm, self, new Listener(type, callback, capture, passive, once), s);
        return Undefined.INSTANCE;
      })
      .method("removeEventListener", 2, (realm, self, args) -> {
        requireArgs(realm, args, 2, "removeEventListener");
        String type = WebIdl.toDOMString(realm, args[0]);
        JsObject callback = callbackOf(realm, args[1], "removeEventListener");
        Object options = args.length > 2 ? args[2] : Undefined.INSTANCE;
        boolean capture = options instanceof JsObject o ? WebIdl.toBoolean(o.get(realm, "capture", o)) : WebIdl.toBoolean(options);
        if (callback != null) {
          removeListener(self, type, callback, capture);
        }
        return Undefined.INSTANCE;
      })
      .method("dispatchEvent", 1, (realm, self, args) -> {
        requireArgs(realm, args, 1, "dispatchEvent");
        if (!(args[0] instanceof EventClass.EventObject e)) {
          throw HostErrors.typeError(realm, "Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
        }
        if (e.dispatching || !e.initialized) {
          throw HostErrors.domException(realm, "InvalidStateError", "The event is already being dispatched or was not initialized.");
        }
        e.isTrusted = false;
        return dispatch(realm, self, e);
      })
      .build();

  private static void requireArgs(Realm realm, Object[] args, int n, String method) {
    if (args.length < n) {
      throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on 'EventTarget': " + n + " arguments required, but only "
          + args.length + " present.");
    }
  }

  private static JsObject callbackOf(Realm realm, Object v, String method) {
    if (v == Null.INSTANCE || v == Undefined.INSTANCE) {
      return null;
    }
    if (v instanceof JsObject o) {
      return o;
    }
    throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on 'EventTarget': parameter 2 is not of type 'Object'.");
  }

  /** Add an event listener — https://dom.spec.whatwg.org/#add-an-event-listener */
  static void addListener(Realm realm, EventTargetObject target, Listener l, AbortClasses.AbortSignalObject signal) {
    if (signal != null && signal.aborted) {
      return;
    }
    if (l.callback == null) {
      return;
    }
    for (Listener existing : target.listeners) {
      if (!existing.removed && existing.type.equals(l.type) && existing.callback == l.callback && existing.capture == l.capture) {
        return;
      }
    }
    realm.heap.charge(SizeEstimates.OBJECT + 16);
    target.listeners.add(l);
    if (signal != null) {
      signal.addAlgorithm(r -> removeListener(target, l.type, l.callback, l.capture));
    }
  }

  static void removeListener(EventTargetObject target, String type, JsObject callback, boolean capture) {
    for (int i = 0; i < target.listeners.size(); i++) {
      Listener l = target.listeners.get(i);
      if (l.type.equals(type) && l.callback == callback && l.capture == capture) {
        l.removed = true;
        target.listeners.remove(i);
        return;
      }
    }
  }

  /** Dispatch — https://dom.spec.whatwg.org/#concept-event-dispatch, for a target without a parent. */
  public static boolean dispatch(Realm realm, EventTargetObject target, EventClass.EventObject event) {
    event.dispatching = true;
    event.target = target;
    event.currentTarget = target;
    event.eventPhase = EventClass.AT_TARGET;
    try {
      invoke(realm, target, event, true);
      if (!event.stopPropagation) {
        invoke(realm, target, event, false);
      }
    } finally {
      event.eventPhase = EventClass.NONE;
      event.currentTarget = null;
      event.dispatching = false;
      event.stopPropagation = false;
      event.stopImmediatePropagation = false;
    }
    return !event.canceled;
  }

  /** Inner invoke — https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke, for one phase. */
  private static void invoke(Realm realm, EventTargetObject target, EventClass.EventObject event, boolean capturePhase) {
    List<Listener> snapshot = new ArrayList<>(target.listeners);
    for (Listener l : snapshot) {
      realm.agent.budget.charge(1);
      if (l.removed || !l.type.equals(event.type) || l.capture != capturePhase) {
        continue;
      }
      if (l.once) {
        removeListener(target, l.type, l.callback, l.capture);
      }
      if (l.passive) {
        event.inPassiveListener = true;
      }
      try {
        if (l.callback.isCallable()) {
          l.callback.call(event.currentTarget, new Object[] {event});
        } else {
          Object handleEvent = l.callback.get(realm, "handleEvent", l.callback);
          if (!(handleEvent instanceof JsObject f) || !f.isCallable()) {
            throw HostErrors.typeError(realm, "The listener's handleEvent is not a function");
          }
          f.call(l.callback, new Object[] {event});
        }
      } catch (JsThrow t) {
        HostErrorReporter.reportException(realm, t.value());
      } finally {
        event.inPassiveListener = false;
      }
      if (event.stopImmediatePropagation) {
        return;
      }
    }
  }

  /** The getter of an event handler IDL attribute ({@code onabort}). */
  static Object getHandler(EventTargetObject target, String type) {
    Object h = target.handlers == null ? null : target.handlers.get(type);
    return h == null ? Null.INSTANCE : h;
  }

  /**
   * The setter of an event handler IDL attribute: a non-callable value is null; the first non-null
   * value registers a listener that calls whatever value the attribute holds when the event fires.
   */
  static void setHandler(Realm realm, EventTargetObject target, String type, Object value) {
    Object v = value instanceof JsObject f && f.isCallable() ? value : null;
    if (target.handlers == null) {
      target.handlers = new HashMap<>();
      target.handlerListeners = new java.util.HashSet<>();
    }
    target.handlers.put(type, v);
    if (v != null && target.handlerListeners.add(type)) {
      NativeFunction caller = new NativeFunction(realm, "", 1, (r, t, a, nt) -> {
        Object h = target.handlers.get(type);
        if (h instanceof JsObject f && f.isCallable()) {
          Object result = f.call(t, a);
          if (result == Boolean.FALSE && a.length > 0 && a[0] instanceof EventClass.EventObject e) {
            if (e.cancelable && !e.inPassiveListener) {
              e.canceled = true;
            }
          }
        }
        return Undefined.INSTANCE;
      }, false);
      addListener(realm, target, new Listener(type, caller, false, false, false), null);
    }
  }
}
