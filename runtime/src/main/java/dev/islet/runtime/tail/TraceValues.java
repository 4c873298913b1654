package dev.islet.runtime.tail;

import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.console.Inspector;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a console call as a trace keeps them: JSON-like Java values (strings, numbers, booleans,
 * null, lists, maps) for plain data, and the console's own text for everything else (functions, class
 * instances, errors, cycles, accessors). Reading them never runs the worker's code.
 */
public final class TraceValues {
  private static final int MAX_DEPTH = 8;
  private static final int MAX_ENTRIES = 1_000;

  private TraceValues() {}

  /** Each of {@code values} as trace data. */
  public static List<Object> of(Realm realm, Object[] values) {
    List<Object> out = new ArrayList<>(values.length);
    IdentityHashMap<JsObject, Boolean> path = new IdentityHashMap<>();
    for (Object v : values) {
      out.add(value(realm, v, 0, path));
    }
    return out;
  }

  private static Object value(Realm realm, Object v, int depth, IdentityHashMap<JsObject, Boolean> path) {
    if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
      return null;
    }
    if (v instanceof Boolean) {
      return v;
    }
    if (v instanceof Integer i) {
      return i.doubleValue();
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : d;
    }
    if (JsStrings.isString(v)) {
      return JsStrings.flat(v);
    }
    if (v instanceof BigInteger || v instanceof Symbol) {
      return Inspector.inspect(realm, v);
    }
    JsObject o = (JsObject) v;
    if (depth >= MAX_DEPTH || path.containsKey(o) || !o.isOrdinaryForNamedKeys() || o.isCallable()) {
      return Inspector.inspect(realm, v);
    }
    JsObject proto = o.getPrototypeOf(realm);
    boolean array = o instanceof ArrayObject;
    if (!array && proto != null && proto != realm.objectPrototype()) {
      return Inspector.inspect(realm, v);
    }
    path.put(o, Boolean.TRUE);
    try {
      List<Object> keys = o.ownPropertyKeys(realm);
      if (array) {
        List<Object> out = new ArrayList<>();
        for (Object k : keys) {
          if (k instanceof Integer && out.size() < MAX_ENTRIES) {
            out.add(own(realm, o, k, depth, path));
          }
        }
        return out;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Object k : keys) {
        if (k instanceof Symbol || out.size() >= MAX_ENTRIES) {
          continue;
        }
        PropertyDescriptor d = o.getOwnProperty(realm, k);
        if (d != null && d.enumerable()) {
          out.put(String.valueOf(PropertyKey.toValue(k)), own(realm, o, k, depth, path));
        }
      }
      return out;
    } finally {
      path.remove(o);
    }
  }

  private static Object own(Realm realm, JsObject o, Object key, int depth, IdentityHashMap<JsObject, Boolean> path) {
    PropertyDescriptor d = o.getOwnProperty(realm, key);
    if (d == null) {
      return null;
    }
    if (d.isAccessorDescriptor()) {
      return "[Getter]";
    }
    return value(realm, d.value(), depth + 1, path);
  }
}
