package dev.islet.runtime.webapi.events;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostState;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** The {@code Event} and {@code CustomEvent} interfaces — https://dom.spec.whatwg.org/#interface-event. */
public final class EventClass {
  private EventClass() {}

  public static final int NONE = 0;
  public static final int CAPTURING_PHASE = 1;
  public static final int AT_TARGET = 2;
  public static final int BUBBLING_PHASE = 3;

  /** An event: its type, flags and the targets of its current dispatch. */
  public static class EventObject extends HostObject {
    String type = "";
    boolean bubbles;
    boolean cancelable;
    boolean composed;
    boolean initialized;
    boolean dispatching;
    boolean stopPropagation;
    boolean stopImmediatePropagation;
    boolean canceled;
    boolean inPassiveListener;
    boolean isTrusted;
    int eventPhase;
    JsObject target;
    JsObject currentTarget;
    final double timeStamp;

    EventObject(Realm realm, JsObject proto) {
      super(realm, proto);
      timeStamp = Clock.now(realm);
      // isTrusted is [LegacyUnforgeable]: an own accessor of every event, one getter per realm.
      defineAccessorDirect(realm, "isTrusted", isTrustedGetter(realm), Undefined.INSTANCE, Attributes.ENUMERABLE);
    }

    public String type() {
      return type;
    }

    public boolean canceled() {
      return canceled;
    }

    @Override
    public String className() {
      return "Event";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(target);
      v.visit(currentTarget);
    }
  }

  /** A CustomEvent: an event with a detail. */
  public static final class CustomEventObject extends EventObject {
    Object detail = Null.INSTANCE;

    CustomEventObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "CustomEvent";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(detail);
    }
  }

  /** The realm's one isTrusted getter (so every event's own accessor is the same function). */
  private static final class IsTrustedGetter {
    final NativeFunction fn;

    IsTrustedGetter(NativeFunction fn) {
      this.fn = fn;
    }
  }

  private static NativeFunction isTrustedGetter(Realm realm) {
    return HostState.get(realm, IsTrustedGetter.class, () -> new IsTrustedGetter(new NativeFunction(realm, "get isTrusted", 0,
        (r, t, a, nt) -> EVENT.cast(r, t, "get Event.isTrusted").isTrusted, false))).fn;
  }

  public static final HostClass<EventObject> EVENT = HostClass.builder("Event", EventObject.class)
      .constructor(1, (realm, args, newTarget) -> {
        EventObject e = new EventObject(realm, EventClass.EVENT.prototypeFor(realm, newTarget));
        initFromDict(realm, e, args, "Event");
        return e;
      })
      .getter("type", (realm, self) -> self.type)
      .getter("target", (realm, self) -> orNull(self.target))
      .getter("srcElement", (realm, self) -> orNull(self.target))
      .getter("currentTarget", (realm, self) -> orNull(self.currentTarget))
      .method("composedPath", 0, (realm, self, args) -> ObjectOperations.createArrayFromList(realm,
          self.currentTarget == null ? new Object[0] : new Object[] {self.currentTarget}))
      .constant("NONE", NONE)
      .constant("CAPTURING_PHASE", CAPTURING_PHASE)
      .constant("AT_TARGET", AT_TARGET)
      .constant("BUBBLING_PHASE", BUBBLING_PHASE)
      .getter("eventPhase", (realm, self) -> self.eventPhase)
      .method("stopPropagation", 0, (realm, self, args) -> {
        self.stopPropagation = true;
        return Undefined.INSTANCE;
      })
      .accessor("cancelBubble", (realm, self) -> self.stopPropagation, (realm, self, v) -> {
        if (WebIdl.toBoolean(v)) {
          self.stopPropagation = true;
        }
      })
      .method("stopImmediatePropagation", 0, (realm, self, args) -> {
        self.stopPropagation = true;
        self.stopImmediatePropagation = true;
        return Undefined.INSTANCE;
      })
      .getter("bubbles", (realm, self) -> self.bubbles)
      .getter("cancelable", (realm, self) -> self.cancelable)
      .accessor("returnValue", (realm, self) -> !self.canceled, (realm, self, v) -> {
        if (!WebIdl.toBoolean(v)) {
          setCanceled(self);
        }
      })
      .method("preventDefault", 0, (realm, self, args) -> {
        setCanceled(self);
        return Undefined.INSTANCE;
      })
      .getter("defaultPrevented", (realm, self) -> self.canceled)
      .getter("composed", (realm, self) -> self.composed)
      .getter("timeStamp", (realm, self) -> self.timeStamp)
      .method("initEvent", 1, (realm, self, args) -> {
        legacyInit(realm, self, args, "initEvent");
        return Undefined.INSTANCE;
      })
      .build();

  public static final HostClass<CustomEventObject> CUSTOM_EVENT = HostClass.builder("CustomEvent", CustomEventObject.class)
      .inherits(EVENT)
      .constructor(1, (realm, args, newTarget) -> {
        CustomEventObject e = new CustomEventObject(realm, EventClass.CUSTOM_EVENT.prototypeFor(realm, newTarget));
        JsObject dict = initFromDict(realm, e, args, "CustomEvent");
        Object detail = WebIdl.member(realm, dict, "detail");
        e.detail = detail == Undefined.INSTANCE ? Null.INSTANCE : detail;
        return e;
      })
      .getter("detail", (realm, self) -> self.detail)
      .method("initCustomEvent", 1, (realm, self, args) -> {
        if (legacyInit(realm, self, args, "initCustomEvent")) {
          self.detail = args.length > 3 ? args[3] : Null.INSTANCE;
        }
        return Undefined.INSTANCE;
      })
      .build();

  private static Object orNull(JsObject o) {
    return o == null ? Null.INSTANCE : o;
  }

  /** The constructor steps: type and the EventInit members (bubbles, cancelable, composed, read in that order). */
  private static JsObject initFromDict(Realm realm, EventObject e, Object[] args, String name) {
    if (args.length < 1) {
      throw HostErrors.typeError(realm, "Failed to construct '" + name + "': 1 argument required, but only 0 present.");
    }
    e.type = WebIdl.toDOMString(realm, args[0]);
    JsObject dict = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Failed to construct '" + name + "'");
    e.bubbles = WebIdl.toBoolean(WebIdl.member(realm, dict, "bubbles"));
    e.cancelable = WebIdl.toBoolean(WebIdl.member(realm, dict, "cancelable"));
    e.composed = WebIdl.toBoolean(WebIdl.member(realm, dict, "composed"));
    e.initialized = true;
    return dict;
  }

  /** initEvent / initCustomEvent (type, bubbles, cancelable): false (and no change) while dispatching. */
  private static boolean legacyInit(Realm realm, EventObject self, Object[] args, String method) {
    if (args.length < 1) {
      throw HostErrors.typeError(realm, "Failed to execute '" + method + "' on '" + self.className()
          + "': 1 argument required, but only 0 present.");
    }
    String type = WebIdl.toDOMString(realm, args[0]);
    boolean bubbles = args.length > 1 && WebIdl.toBoolean(args[1]);
    boolean cancelable = args.length > 2 && WebIdl.toBoolean(args[2]);
    if (self.dispatching) {
      return false;
    }
    initialize(self, type, bubbles, cancelable);
    return true;
  }

  private static void initialize(EventObject e, String type, boolean bubbles, boolean cancelable) {
    e.initialized = true;
    e.stopPropagation = false;
    e.stopImmediatePropagation = false;
    e.canceled = false;
    e.isTrusted = false;
    e.target = null;
    e.type = type;
    e.bubbles = bubbles;
    e.cancelable = cancelable;
  }

  /** https://dom.spec.whatwg.org/#set-the-canceled-flag */
  private static void setCanceled(EventObject e) {
    if (e.cancelable && !e.inPassiveListener) {
      e.canceled = true;
    }
  }

  /** A new initialized event of {@code realm} (for hosts firing events), trusted. */
  public static EventObject create(Realm realm, String type) {
    EventObject e = new EventObject(realm, EVENT.prototype(realm));
    e.type = type;
    e.initialized = true;
    e.isTrusted = true;
    return e;
  }
}
