package dev.islet.api.host;

import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * Installs host globals on a realm's global object:
 * {@code HostGlobals.on(realm).hostClass(UrlClass.URL).function("atob", 1, Base64::atob)}.
 * Interface objects are writable, configurable and not enumerable; operations are enumerable, as
 * WebIDL defines them on a [Global] interface.
 */
public final class HostGlobals {
  private final Realm realm;
  private final JsObject global;

  private HostGlobals(Realm realm) {
    this.realm = realm;
    this.global = realm.globalObject();
    global.materialize();
  }

  public static HostGlobals on(Realm realm) {
    return new HostGlobals(realm);
  }

  /** The interface object of {@code c} as a global named after it (created lazily: its properties on first touch). */
  public HostGlobals hostClass(HostClass<?> c) {
    global.defineDirect(realm, c.name(), c.constructor(realm), Attributes.HIDDEN);
    return this;
  }

  /** The interface object of {@code c} under another name (legacy aliases such as {@code webkitURL}). */
  public HostGlobals hostClassAs(String name, HostClass<?> c) {
    global.defineDirect(realm, name, c.constructor(realm), Attributes.HIDDEN);
    return this;
  }

  /** A global operation. */
  public HostGlobals function(String name, int length, NativeCode code) {
    global.defineDirect(realm, name, new NativeFunction(realm, name, length, code, false), Attributes.DEFAULT);
    return this;
  }

  /** A global data property (e.g. a namespace object such as {@code crypto}), writable and configurable. */
  public HostGlobals value(String name, Object value) {
    global.defineDirect(realm, name, value, Attributes.HIDDEN);
    return this;
  }

  /** A global read-only attribute ({@code self}, {@code navigator}): an enumerable accessor. */
  public HostGlobals getter(String name, NativeCode getter) {
    global.defineAccessorDirect(realm, name, new NativeFunction(realm, "get " + name, 0, getter, false), Undefined.INSTANCE,
        Attributes.ENUMERABLE | Attributes.CONFIGURABLE);
    return this;
  }

  public JsObject global() {
    return global;
  }
}
