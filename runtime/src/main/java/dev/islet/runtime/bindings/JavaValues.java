package dev.islet.runtime.bindings;

import dev.islet.runtime.loader.Fetcher;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values between the Java API and {@link Cloned}. Into a worker: null, Boolean, Number (as a JS number;
 * BigInteger as a BigInt), String, byte[] (ArrayBuffer), Instant (Date), List and other Collections
 * (Array), Map (plain object, keys as strings), and capabilities: an {@link CapabilitySource} (another
 * worker's entrypoint), a {@link Fetcher}, or an object with {@link Exposed} methods. Out of a worker:
 * undefined and null as null, numbers as Double, ArrayBuffer as byte[], Date as Instant, Array as List,
 * plain objects and Maps as Map, Sets as Set, errors as {@link Cloned.ErrorValue}, stubs as
 * {@link Capability}.
 */
public final class JavaValues {
  private JavaValues() {}

  /** A Java value as a Cloned value; throws IllegalArgumentException for values that are not data or capabilities. */
  public static Object toCloned(Object v) {
    return toCloned(v, new IdentityHashMap<>());
  }

  private static Object toCloned(Object v, IdentityHashMap<Object, Object> seen) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Double || v instanceof BigInteger
        || v == Cloned.UNDEFINED || v instanceof Capability || v instanceof HostBinding) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).intValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Character c) {
      return String.valueOf(c);
    }
    if (v instanceof CharSequence s) {
      return s.toString();
    }
    if (v instanceof byte[] b) {
      return new Cloned.Bytes(b.clone());
    }
    if (v instanceof Instant i) {
      return new Cloned.DateValue(i.toEpochMilli());
    }
    if (v instanceof CapabilitySource s) {
      return s.capability();
    }
    if (v instanceof Fetcher f) {
      return new FetcherCapability(f);
    }
    if (v instanceof Cloned.DateValue || v instanceof Cloned.RegExpValue || v instanceof Cloned.Bytes || v instanceof Cloned.View
        || v instanceof Cloned.ErrorValue || v instanceof Cloned.Boxed || v instanceof Cloned.MapValue || v instanceof Cloned.SetValue
        || v instanceof dev.islet.runtime.loader.Request || v instanceof dev.islet.runtime.loader.Response) {
      return v;
    }
    Object done = seen.get(v);
    if (done != null) {
      return done;
    }
    if (v instanceof Map<?, ?> m) {
      LinkedHashMap<String, Object> out = new LinkedHashMap<>();
      seen.put(v, out);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(String.valueOf(e.getKey()), toCloned(e.getValue(), seen));
      }
      return out;
    }
    if (v instanceof Set<?> s) {
      Cloned.SetValue out = new Cloned.SetValue();
      seen.put(v, out);
      for (Object o : s) {
        out.values().add(toCloned(o, seen));
      }
      return out;
    }
    if (v instanceof Collection<?> c) {
      ArrayList<Object> out = new ArrayList<>(c.size());
      seen.put(v, out);
      for (Object o : c) {
        out.add(toCloned(o, seen));
      }
      return out;
    }
    if (v instanceof Object[] a) {
      ArrayList<Object> out = new ArrayList<>(a.length);
      seen.put(v, out);
      for (Object o : a) {
        out.add(toCloned(o, seen));
      }
      return out;
    }
    if (JavaObjectCapability.hasExposedMethods(v.getClass())) {
      return new JavaObjectCapability(v);
    }
    throw new IllegalArgumentException("A " + v.getClass().getName()
        + " cannot be passed to a worker: use JSON-like values, an Entrypoint, a Fetcher, or an object with @Exposed methods");
  }

  /** A Cloned value as the Java API gives it out (see the class comment). */
  public static Object toJava(Object v) {
    return toJava(v, new IdentityHashMap<>());
  }

  private static Object toJava(Object v, IdentityHashMap<Object, Object> seen) {
    if (v == Cloned.UNDEFINED || v == null) {
      return null;
    }
    if (v instanceof Integer i) {
      return i.doubleValue();
    }
    if (v instanceof Cloned.Bytes b) {
      return b.data().clone();
    }
    if (v instanceof Cloned.DateValue d) {
      return Double.isNaN(d.time()) ? null : Instant.ofEpochMilli((long) d.time());
    }
    if (v instanceof Cloned.Boxed b) {
      return toJava(b.primitive(), seen);
    }
    Object done = seen.get(v);
    if (done != null) {
      return done;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      seen.put(v, out);
      for (Object o : l) {
        out.add(toJava(o, seen));
      }
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      seen.put(v, out);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(e.getKey(), toJava(e.getValue(), seen));
      }
      return out;
    }
    if (v instanceof Cloned.MapValue m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      seen.put(v, out);
      for (int i = 0; i < m.keys().size(); i++) {
        out.put(toJava(m.keys().get(i), seen), toJava(m.values().get(i), seen));
      }
      return out;
    }
    if (v instanceof Cloned.SetValue s) {
      Set<Object> out = new LinkedHashSet<>();
      seen.put(v, out);
      for (Object o : s.values()) {
        out.add(toJava(o, seen));
      }
      return out;
    }
    return v;
  }
}
