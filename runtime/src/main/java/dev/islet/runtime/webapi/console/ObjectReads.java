package dev.islet.runtime.webapi.console;

import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.ProxyLike;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads of JS objects that never run JS: own property descriptors, data properties found along the
 * prototype chain, prototypes. Getters are not called and proxies are not looked into (their traps are
 * JS), so formatting a value can neither change it nor loop forever in user code.
 */
final class ObjectReads {
  private static final int MAX_CHAIN = 64;

  private ObjectReads() {}

  /** Whether {@code o}'s own properties can be read without running JS. */
  static boolean readable(JsObject o) {
    return !(o instanceof ProxyLike);
  }

  /** The [[Prototype]] of {@code o}, or null (also for proxies, whose getPrototypeOf is a trap). */
  static JsObject proto(JsObject o) {
    if (!readable(o)) {
      return null;
    }
    o.materialize();
    return o.shape.proto();
  }

  /** Own descriptor of {@code key}, or null. */
  static PropertyDescriptor own(Realm realm, JsObject o, Object key) {
    return readable(o) ? o.getOwnProperty(realm, key) : null;
  }

  /** The value of data property {@code key} on {@code o} or its prototypes; null when absent or an accessor. */
  static Object data(Realm realm, JsObject o, Object key) {
    JsObject p = o;
    for (int depth = 0; p != null && depth < MAX_CHAIN && readable(p); depth++) {
      PropertyDescriptor d = p.getOwnProperty(realm, key);
      if (d != null) {
        return d.isDataDescriptor() ? d.value() : null;
      }
      p = proto(p);
    }
    return null;
  }

  /** A string-valued data property ({@link #data}) as a Java string, or null. */
  static String dataString(Realm realm, JsObject o, Object key) {
    Object v = data(realm, o, key);
    return v != null && JsStrings.isString(v) ? JsStrings.flat(v) : null;
  }

  /** An own string-valued data property, or null. */
  static String ownString(Realm realm, JsObject o, String key) {
    PropertyDescriptor d = own(realm, o, key);
    return d != null && d.isDataDescriptor() && JsStrings.isString(d.value()) ? JsStrings.flat(d.value()) : null;
  }

  /** Own enumerable keys that are not indices (the extra properties of an array or typed array). */
  static List<Object> enumerableNonIndexKeys(Realm realm, JsObject o) {
    List<Object> out = new ArrayList<>();
    if (!readable(o)) {
      return out;
    }
    for (Object k : o.ownNonIndexKeys()) {
      PropertyDescriptor d = o.getOwnProperty(realm, k);
      if (!(k instanceof Integer) && d != null && d.enumerable()) {
        out.add(k);
      }
    }
    return out;
  }

  /** Own enumerable keys: indices and strings first (as [[OwnPropertyKeys]] orders them), then symbols. */
  static List<Object> enumerableKeys(Realm realm, JsObject o) {
    List<Object> out = new ArrayList<>();
    if (!readable(o)) {
      return out;
    }
    for (Object k : o.ownPropertyKeys(realm)) {
      PropertyDescriptor d = o.getOwnProperty(realm, k);
      if (d != null && d.enumerable()) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The name of the nearest constructor on the prototype chain whose {@code prototype} is on {@code o}'s
   * chain (Node's getConstructorName, with an ordinary instanceof); null when {@code o} has no
   * prototype. A chain without such a constructor reads as "Object" (Node adds the prototype's own
   * inspection: TODO(conform) if it matters).
   */
  static String constructorName(Realm realm, JsObject o) {
    JsObject p = o;
    for (int depth = 0; p != null && depth < MAX_CHAIN && readable(p); depth++) {
      PropertyDescriptor d = p.getOwnProperty(realm, "constructor");
      if (d != null && d.isDataDescriptor() && d.value() instanceof JsObject ctor && ctor.isCallable()) {
        String name = ownString(realm, ctor, "name");
        if (name != null && !name.isEmpty() && inherits(realm, o, ctor)) {
          return name;
        }
      }
      p = proto(p);
    }
    return proto(o) == null && readable(o) ? null : "Object";
  }

  private static boolean inherits(Realm realm, JsObject o, JsObject ctor) {
    PropertyDescriptor d = own(realm, ctor, "prototype");
    if (d == null || !d.isDataDescriptor() || !(d.value() instanceof JsObject target)) {
      return false;
    }
    JsObject p = proto(o);
    for (int depth = 0; p != null && depth < MAX_CHAIN; depth++) {
      if (p == target) {
        return true;
      }
      p = proto(p);
    }
    return false;
  }

  /** {@code o[Symbol.toStringTag]} when it is inherited or non-enumerable string data; else "". */
  static String toStringTag(Realm realm, JsObject o) {
    String tag = dataString(realm, o, Symbol.TO_STRING_TAG);
    if (tag == null || tag.isEmpty()) {
      return "";
    }
    PropertyDescriptor own = own(realm, o, Symbol.TO_STRING_TAG);
    return own != null && own.enumerable() ? "" : tag;
  }

  /** A property key as text: index keys as their digits. */
  static String keyText(Object key) {
    return key instanceof Symbol ? ((Symbol) key).toString() : String.valueOf(PropertyKey.toValue(key));
  }
}
