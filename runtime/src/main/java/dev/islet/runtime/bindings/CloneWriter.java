package dev.islet.runtime.bindings;

import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.keyed.MapObject;
import dev.islet.builtins.keyed.OrderedHashTable;
import dev.islet.builtins.keyed.SetObject;
import dev.islet.builtins.numbers.DateObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.DataViewObject;
import dev.islet.builtins.text.RegExpObject;
import dev.islet.errors.ErrorDescriptions;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * StructuredSerializeInternal (https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal)
 * into {@link Cloned} values, for values that leave an isolate (RPC arguments and results, env,
 * props). Shared references and cycles are kept. Functions and {@code RpcTarget}s become capabilities
 * when {@link Hooks} allow it; any other object that is not plain data (a class instance, a Proxy, a
 * WeakMap…) is refused with workerd's DataCloneError.
 */
public final class CloneWriter {
  /** Values nested deeper than this are refused (the writer recurses on the Java stack). */
  static final int MAX_DEPTH = 2_000;
  private static final Set<String> ERROR_NAMES = Set.of("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
      "TypeError", "URIError", "AggregateError");

  /** How the writer treats what structured clone alone cannot carry. */
  public interface Hooks {
    /**
     * The capability a function, an {@code RpcTarget} or a stub crosses as, or null when {@code o} is
     * none of these (then it is serialized as data, or refused).
     */
    Capability capabilityFor(Realm realm, JsObject o);

    /** A host object's own serialization (Request, Response…), or null. */
    default Object hostValue(Realm realm, JsObject o) {
      return null;
    }

    /** Whether errors carry their stack. */
    default boolean includeStacks() {
      return false;
    }
  }

  private final Realm realm;
  private final Hooks hooks;
  private final IdentityHashMap<JsObject, Object> memory = new IdentityHashMap<>();
  private final IdentityHashMap<ArrayBufferObject, Cloned.Bytes> buffers = new IdentityHashMap<>();
  private int depth;

  private CloneWriter(Realm realm, Hooks hooks) {
    this.realm = realm;
    this.hooks = hooks;
  }

  /** Serializes {@code value}; {@code hooks} null means plain structured clone (functions are refused). */
  public static Object write(Realm realm, Object value, Hooks hooks) {
    return new CloneWriter(realm, hooks).value(value);
  }

  /** Serializes each of {@code values} with one memory, so references shared between them stay shared. */
  public static List<Object> writeAll(Realm realm, Object[] values, Hooks hooks) {
    CloneWriter w = new CloneWriter(realm, hooks);
    List<Object> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(w.value(v));
    }
    return out;
  }

  private Object value(Object v) {
    realm.agent.budget.charge(1);
    if (v == Undefined.INSTANCE) {
      return Cloned.UNDEFINED;
    }
    if (v == Null.INSTANCE) {
      return null;
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Double || v instanceof BigInteger) {
      return v;
    }
    if (JsStrings.isString(v)) {
      return JsStrings.flat(v);
    }
    if (v instanceof Symbol) {
      throw DataClone.error(realm, "Symbol() could not be cloned.");
    }
    JsObject o = (JsObject) v;
    Object seen = memory.get(o);
    if (seen != null) {
      return seen;
    }
    if (++depth > MAX_DEPTH) {
      throw DataClone.error(realm, "The value is nested too deeply to be cloned.");
    }
    try {
      return object(o);
    } finally {
      depth--;
    }
  }

  private Object object(JsObject o) {
    if (hooks != null) {
      Capability c = hooks.capabilityFor(realm, o);
      if (c != null) {
        memory.put(o, c);
        return c;
      }
      Object host = hooks.hostValue(realm, o);
      if (host != null) {
        memory.put(o, host);
        return host;
      }
    }
    if (o instanceof ArrayObject a) {
      return array(a);
    }
    if (o instanceof PrimitiveObject p) {
      return remember(o, new Cloned.Boxed(p.primitive()));
    }
    if (o instanceof DateObject d) {
      return remember(o, new Cloned.DateValue(d.dateValue()));
    }
    if (o instanceof RegExpObject r) {
      return remember(o, new Cloned.RegExpValue(r.originalSource(), r.originalFlags()));
    }
    if (o instanceof ArrayBufferObject b) {
      return bytes(b);
    }
    if (o instanceof TypedArrayObject t) {
      if (t.viewedBuffer().isDetached()) {
        throw DataClone.error(realm, "A view of a detached ArrayBuffer could not be cloned.");
      }
      return remember(o, new Cloned.View(t.type().typedArrayName, bytes(t.viewedBuffer()), t.byteOffset(), t.length()));
    }
    if (o instanceof DataViewObject dv) {
      int offset = ((Number) dv.get(realm, "byteOffset")).intValue();
      int length = ((Number) dv.get(realm, "byteLength")).intValue();
      return remember(o, new Cloned.View("DataView", bytes(dv.viewedBuffer()), offset, length));
    }
    if (o instanceof MapObject m) {
      Cloned.MapValue out = new Cloned.MapValue();
      memory.put(o, out);
      OrderedHashTable t = m.data;
      List<Object[]> entries = new ArrayList<>(t.size());
      for (int i = 0; i < t.usedSlots(); i++) {
        Object k = t.keyAt(i);
        if (k != null) {
          entries.add(new Object[] {k, t.valueAt(i)});
        }
      }
      for (Object[] e : entries) {
        out.keys().add(value(e[0]));
        out.values().add(value(e[1]));
      }
      return out;
    }
    if (o instanceof SetObject s) {
      Cloned.SetValue out = new Cloned.SetValue();
      memory.put(o, out);
      OrderedHashTable t = s.data;
      List<Object> elements = new ArrayList<>(t.size());
      for (int i = 0; i < t.usedSlots(); i++) {
        Object k = t.keyAt(i);
        if (k != null) {
          elements.add(k);
        }
      }
      for (Object e : elements) {
        out.values().add(value(e));
      }
      return out;
    }
    if (o instanceof ErrorObject e) {
      return remember(o, error(e));
    }
    if (o.isCallable()) {
      throw DataClone.error(realm, DataClone.describe(realm, o) + " could not be cloned.");
    }
    JsObject proto = o.getPrototypeOf(realm);
    if (proto != null && proto != realm.objectPrototype() || !o.isOrdinaryForNamedKeys()) {
      throw DataClone.notSerializable(realm, o);
    }
    LinkedHashMap<String, Object> out = new LinkedHashMap<>();
    memory.put(o, out);
    for (Object k : ObjectOperations.enumerableOwnKeys(realm, o)) {
      Object v = o.get(realm, k);
      out.put(String.valueOf(PropertyKey.toValue(k)), value(v));
    }
    return out;
  }

  private Object array(ArrayObject a) {
    ArrayList<Object> out = new ArrayList<>();
    memory.put(a, out);
    long length = ObjectOperations.lengthOfArrayLike(realm, a);
    if (length > Integer.MAX_VALUE - 8) {
      throw DataClone.error(realm, "The array is too long to be cloned.");
    }
    realm.heap.chargeTransient(8L * length);
    try {
      for (long i = 0; i < length; i++) {
        Object key = PropertyKey.ofLong(i);
        out.add(a.hasProperty(realm, key) ? value(a.get(realm, key)) : Cloned.UNDEFINED);
      }
    } finally {
      realm.heap.releaseTransient(8L * length);
    }
    return out;
  }

  private Cloned.Bytes bytes(ArrayBufferObject b) {
    Cloned.Bytes seen = buffers.get(b);
    if (seen != null) {
      return seen;
    }
    if (b.isDetached()) {
      throw DataClone.error(realm, "A detached ArrayBuffer could not be cloned.");
    }
    if (b.isShared()) {
      throw DataClone.error(realm, "A SharedArrayBuffer could not be cloned across isolates.");
    }
    realm.heap.chargeTransient(b.byteLength());
    realm.heap.releaseTransient(b.byteLength());
    Cloned.Bytes out = new Cloned.Bytes(java.util.Arrays.copyOf(b.data(), b.byteLength()));
    buffers.put(b, out);
    memory.put(b, out);
    return out;
  }

  private Cloned.ErrorValue error(ErrorObject e) {
    Object nameValue = e.get(realm, "name");
    String name = JsStrings.isString(nameValue) ? JsStrings.flat(nameValue) : "Error";
    if (!ERROR_NAMES.contains(name)) {
      name = "Error";
    }
    String message = ErrorDescriptions.dataString(e, "message");
    String stack = hooks != null && hooks.includeStacks() ? e.stackFrames() : "";
    return new Cloned.ErrorValue(name, message == null ? "" : message, stack);
  }

  private Object remember(JsObject o, Object out) {
    memory.put(o, out);
    return out;
  }
}
