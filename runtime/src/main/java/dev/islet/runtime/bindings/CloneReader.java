package dev.islet.runtime.bindings;

import dev.islet.builtins.keyed.MapObject;
import dev.islet.builtins.keyed.OrderedHashTable;
import dev.islet.builtins.keyed.SetObject;
import dev.islet.builtins.numbers.DateObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.text.RegExpConstructor;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * StructuredDeserialize (https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize)
 * of {@link Cloned} values into a realm: new objects of that realm, with shared references and cycles
 * as they were. Capabilities become stubs through {@link Hooks}.
 */
public final class CloneReader {
  /** How the reader makes what is not data. */
  public interface Hooks {
    /** The JS stub for a capability arriving in {@code realm}. */
    Object stubFor(Realm realm, Capability capability);

    /** A JS object for a host value (Request, Response…); null if the reader does not know it. */
    default Object hostObject(Realm realm, Object value) {
      return null;
    }
  }

  private final Realm realm;
  private final Hooks hooks;
  private final IdentityHashMap<Object, Object> memory = new IdentityHashMap<>();
  private final IdentityHashMap<Cloned.Bytes, ArrayBufferObject> buffers = new IdentityHashMap<>();
  private int depth;

  private CloneReader(Realm realm, Hooks hooks) {
    this.realm = realm;
    this.hooks = hooks;
  }

  public static Object read(Realm realm, Object value, Hooks hooks) {
    return new CloneReader(realm, hooks).value(value);
  }

  /** Deserializes each of {@code values} with one memory (arguments of one call). */
  public static Object[] readAll(Realm realm, List<Object> values, Hooks hooks) {
    CloneReader r = new CloneReader(realm, hooks);
    Object[] out = new Object[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.value(values.get(i));
    }
    return out;
  }

  private Object value(Object v) {
    realm.agent.budget.charge(1);
    if (v == Cloned.UNDEFINED) {
      return Undefined.INSTANCE;
    }
    if (v == null) {
      return Null.INSTANCE;
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Double || v instanceof BigInteger) {
      return v;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    Object seen = memory.get(v);
    if (seen != null) {
      return seen;
    }
    if (++depth > CloneWriter.MAX_DEPTH) {
      throw DataClone.error(realm, "The value is nested too deeply to be cloned.");
    }
    try {
      return object(v);
    } finally {
      depth--;
    }
  }

  private Object object(Object v) {
    if (v instanceof Capability c) {
      if (hooks == null) {
        throw DataClone.error(realm, "A stub could not be cloned here.");
      }
      return remember(v, hooks.stubFor(realm, c));
    }
    if (v instanceof List<?> list) {
      ArrayObject a = ArrayObject.create(realm);
      memory.put(v, a);
      for (int i = 0; i < list.size(); i++) {
        Object e = list.get(i);
        if (e != Cloned.UNDEFINED) {
          ObjectOperations.createDataPropertyOrThrow(realm, a, PropertyKey.ofLong(i), value(e));
        }
      }
      ObjectOperations.setOrThrow(realm, a, "length", list.size());
      return a;
    }
    if (v instanceof Map<?, ?> map) {
      JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
      memory.put(v, o);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        ObjectOperations.createDataPropertyOrThrow(realm, o, TypeConversion.toPropertyKey(realm, String.valueOf(e.getKey())),
            value(e.getValue()));
      }
      return o;
    }
    if (v instanceof Cloned.DateValue d) {
      return remember(v, new DateObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.DATE_PROTOTYPE)), d.time()));
    }
    if (v instanceof Cloned.RegExpValue r) {
      return remember(v, RegExpConstructor.regExpCreate(realm, r.source(), r.flags()));
    }
    if (v instanceof Cloned.Bytes b) {
      return buffer(b);
    }
    if (v instanceof Cloned.View view) {
      ArrayBufferObject buffer = buffer(view.buffer());
      Intrinsic ctor = viewConstructor(view.kind());
      return remember(v, ObjectOperations.construct(realm, realm.intrinsic(ctor),
          new Object[] {buffer, view.byteOffset(), view.length()}, null));
    }
    if (v instanceof Cloned.MapValue m) {
      MapObject out = new MapObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.MAP_PROTOTYPE)));
      memory.put(v, out);
      for (int i = 0; i < m.keys().size(); i++) {
        out.data.put(realm, OrderedHashTable.normalize(value(m.keys().get(i))), value(m.values().get(i)));
      }
      return out;
    }
    if (v instanceof Cloned.SetValue s) {
      SetObject out = new SetObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.SET_PROTOTYPE)));
      memory.put(v, out);
      for (Object e : s.values()) {
        Object k = OrderedHashTable.normalize(value(e));
        out.data.put(realm, k, k);
      }
      return out;
    }
    if (v instanceof Cloned.ErrorValue e) {
      return remember(v, error(realm, e));
    }
    if (v instanceof Cloned.Boxed b) {
      return remember(v, TypeConversion.toObject(realm, value(b.primitive())));
    }
    if (v instanceof byte[] bytes) {
      return remember(v, buffer(new Cloned.Bytes(bytes)));
    }
    if (hooks != null) {
      Object host = hooks.hostObject(realm, v);
      if (host != null) {
        return remember(v, host);
      }
    }
    throw DataClone.error(realm, "A value of Java type " + v.getClass().getSimpleName() + " could not be cloned.");
  }

  /** A new error of {@code e}'s kind in {@code realm}, with its message and (when it crossed) its stack. */
  public static ErrorObject error(Realm realm, Cloned.ErrorValue e) {
    ErrorKind kind = ErrorKind.ERROR;
    for (ErrorKind k : ErrorKind.values()) {
      if (k.jsName().equals(e.name())) {
        kind = k;
      }
    }
    ErrorObject out = Errors.create(realm, kind, e.message());
    if (kind == ErrorKind.ERROR && !e.name().equals("Error")) {
      out.defineDirect(realm, "name", e.name(), Attributes.HIDDEN);
    }
    if (e.stack() != null && !e.stack().isEmpty()) {
      out.setStackFrames(e.stack());
    }
    return out;
  }

  private ArrayBufferObject buffer(Cloned.Bytes b) {
    ArrayBufferObject seen = buffers.get(b);
    if (seen != null) {
      return seen;
    }
    ArrayBufferObject out = ArrayBufferObject.allocate(realm, null, b.data().length, -1);
    System.arraycopy(b.data(), 0, out.data(), 0, b.data().length);
    buffers.put(b, out);
    memory.put(b, out);
    return out;
  }

  private Intrinsic viewConstructor(String kind) {
    return switch (kind) {
      case "Int8Array" -> Intrinsic.INT8_ARRAY;
      case "Uint8Array" -> Intrinsic.UINT8_ARRAY;
      case "Uint8ClampedArray" -> Intrinsic.UINT8_CLAMPED_ARRAY;
      case "Int16Array" -> Intrinsic.INT16_ARRAY;
      case "Uint16Array" -> Intrinsic.UINT16_ARRAY;
      case "Int32Array" -> Intrinsic.INT32_ARRAY;
      case "Uint32Array" -> Intrinsic.UINT32_ARRAY;
      case "Float16Array" -> Intrinsic.FLOAT16_ARRAY;
      case "Float32Array" -> Intrinsic.FLOAT32_ARRAY;
      case "Float64Array" -> Intrinsic.FLOAT64_ARRAY;
      case "BigInt64Array" -> Intrinsic.BIGINT64_ARRAY;
      case "BigUint64Array" -> Intrinsic.BIGUINT64_ARRAY;
      case "DataView" -> Intrinsic.DATA_VIEW;
      default -> throw DataClone.error(realm, "Unknown view type " + kind + ".");
    };
  }

  private Object remember(Object key, Object out) {
    memory.put(key, out);
    return out;
  }
}
