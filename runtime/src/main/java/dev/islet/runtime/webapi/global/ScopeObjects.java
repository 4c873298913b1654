package dev.islet.runtime.webapi.global;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostObject;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.Clock;

/** {@code performance} (https://w3c.github.io/hr-time/) and {@code navigator} of a worker global scope. */
public final class ScopeObjects {
  private ScopeObjects() {}

  /** The user agent a worker sees, as workerd reports its own. */
  public static final String USER_AGENT = "islet";

  /** The {@code performance} object. */
  public static final class PerformanceObject extends HostObject {
    final double timeOrigin = System.currentTimeMillis();

    PerformanceObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "Performance";
    }
  }

  /** The {@code navigator} object. */
  public static final class NavigatorObject extends HostObject {
    NavigatorObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "WorkerNavigator";
    }
  }

  public static final HostClass<PerformanceObject> PERFORMANCE = HostClass.builder("Performance", PerformanceObject.class)
      .method("now", 0, (realm, self, args) -> Clock.now(realm))
      .getter("timeOrigin", (realm, self) -> self.timeOrigin)
      .method("toJSON", 0, (realm, self, args) -> {
        JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
        dev.islet.ops.ObjectOperations.createDataPropertyOrThrow(realm, o, "timeOrigin", self.timeOrigin);
        return o;
      })
      .build();

  public static final HostClass<NavigatorObject> NAVIGATOR = HostClass.builder("WorkerNavigator", NavigatorObject.class)
      .getter("userAgent", (realm, self) -> USER_AGENT)
      .getter("hardwareConcurrency", (realm, self) -> 1)
      .build();

  static PerformanceObject performance(Realm realm) {
    return new PerformanceObject(realm, PERFORMANCE.prototype(realm));
  }

  static NavigatorObject navigator(Realm realm) {
    return new NavigatorObject(realm, NAVIGATOR.prototype(realm));
  }
}
