package dev.islet.runtime.webapi.structured;

import dev.islet.api.host.DomException;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.keyed.MapObject;
import dev.islet.builtins.keyed.OrderedHashTable;
import dev.islet.builtins.keyed.SetObject;
import dev.islet.builtins.numbers.DateObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.DataViewObject;
import dev.islet.builtins.text.RegExpConstructor;
import dev.islet.builtins.text.RegExpObject;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.file.BlobClass;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code structuredClone(value, { transfer })} — https://html.spec.whatwg.org/multipage/structured-data.html#dom-structuredclone:
 * StructuredSerializeWithTransfer followed by StructuredDeserializeWithTransfer in the same realm, done as one
 * deep copy with the serialize steps' order (so getters run as serialization would run them, and nothing is
 * created if it throws). Transferred ArrayBuffers are detached once the copy has succeeded.
 */
public final class StructuredClone {
  private static final Set<String> ERROR_NAMES = Set.of("Error", "EvalError", "RangeError", "ReferenceError",
      "SyntaxError", "TypeError", "URIError");
  private static final int MAX_DEPTH = 10_000;

  private final Realm realm;
  private final IdentityHashMap<Object, Object> memory = new IdentityHashMap<>();
  private int depth;

  private StructuredClone(Realm realm) {
    this.realm = realm;
  }

  /** The global function's steps. */
  public static Object structuredClone(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (args.length == 0) {
      throw HostErrors.typeError(realm, "Failed to execute 'structuredClone': 1 argument required, but only 0 present.");
    }
    List<Object> transfer = List.of();
    Object options = args.length > 1 ? args[1] : Undefined.INSTANCE;
    if (!WebIdl.isNullish(options)) {
      JsObject dict = WebIdl.toDictionary(realm, options, "Failed to execute 'structuredClone'");
      Object t = WebIdl.member(realm, dict, "transfer");
      if (t != Undefined.INSTANCE) {
        transfer = WebIdl.toSequence(realm, t, "Failed to execute 'structuredClone': transfer");
      }
    }
    return new StructuredClone(realm).cloneWithTransfer(args[0], transfer);
  }

  private Object cloneWithTransfer(Object value, List<Object> transfer) {
    List<ArrayBufferObject> transferred = new ArrayList<>();
    for (Object t : transfer) {
      if (!(t instanceof JsObject)) {
        throw HostErrors.typeError(realm, "Failed to execute 'structuredClone': a transfer list member is not an object.");
      }
      if (memory.containsKey(t)) {
        throw dataCloneError("The transfer list names the same object twice.");
      }
      if (!(t instanceof ArrayBufferObject b) || b.isShared()) {
        throw dataCloneError("Value at index " + transfer.indexOf(t) + " does not have a transferable type.");
      }
      if (b.isDetached()) {
        throw dataCloneError("An ArrayBuffer is detached and could not be transferred.");
      }
      memory.put(b, newBufferLike(b));
      transferred.add(b);
    }
    Object out = copy(value);
    for (ArrayBufferObject b : transferred) {
      if (b.isDetached()) {
        throw dataCloneError("An ArrayBuffer is detached and could not be transferred.");
      }
    }
    for (ArrayBufferObject b : transferred) {
      ArrayBufferObject.detachArrayBuffer(realm, b, Undefined.INSTANCE);
    }
    return out;
  }

  private Object copy(Object v) {
    realm.agent.budget.charge(1);
    if (v instanceof Symbol) {
      throw dataCloneError("Symbol() could not be cloned.");
    }
    if (!(v instanceof JsObject o)) {
      return v;
    }
    Object seen = memory.get(o);
    if (seen != null) {
      return seen;
    }
    if (++depth > MAX_DEPTH) {
      throw dataCloneError("The value is nested too deeply to be cloned.");
    }
    try {
      return copyObject(o);
    } finally {
      depth--;
    }
  }

  private Object copyObject(JsObject o) {
    if (o instanceof PrimitiveObject p) {
      if (p.primitive() instanceof Symbol) {
        throw dataCloneError("Symbol object could not be cloned.");
      }
      return remember(o, TypeConversion.toObject(realm, p.primitive()));
    }
    if (o instanceof DateObject d) {
      return remember(o, new DateObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.DATE_PROTOTYPE)), d.dateValue()));
    }
    if (o instanceof RegExpObject r) {
      return remember(o, RegExpConstructor.regExpCreate(realm, r.originalSource(), r.originalFlags()));
    }
    if (o instanceof ArrayBufferObject b) {
      return buffer(b);
    }
    if (o instanceof TypedArrayObject t) {
      if (t.lengthOrOutOfBounds() < 0) {
        throw dataCloneError("A TypedArray that is out of bounds could not be cloned.");
      }
      ArrayBufferObject buffer = buffer(t.viewedBuffer());
      Object[] args = t.isLengthTracking() ? new Object[] {buffer, t.byteOffset()}
          : new Object[] {buffer, t.byteOffset(), t.length()};
      return remember(o, ObjectOperations.construct(realm, realm.intrinsic(typedArrayConstructor(t)), args, null));
    }
    if (o instanceof DataViewObject dv) {
      int length = dv.byteLengthOrOutOfBounds();
      if (length < 0) {
        throw dataCloneError("A DataView that is out of bounds could not be cloned.");
      }
      ArrayBufferObject buffer = buffer(dv.viewedBuffer());
      Object[] args = dv.isLengthTracking() ? new Object[] {buffer, dv.byteOffset()}
          : new Object[] {buffer, dv.byteOffset(), length};
      return remember(o, ObjectOperations.construct(realm, realm.intrinsic(Intrinsic.DATA_VIEW), args, null));
    }
    if (o instanceof MapObject m) {
      MapObject out = new MapObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.MAP_PROTOTYPE)));
      memory.put(o, out);
      List<Object[]> entries = entries(m.data);
      List<Object[]> copied = new ArrayList<>(entries.size());
      for (Object[] e : entries) {
        copied.add(new Object[] {copy(e[0]), copy(e[1])});
      }
      for (Object[] e : copied) {
        out.data.put(realm, OrderedHashTable.normalize(e[0]), e[1]);
      }
      return out;
    }
    if (o instanceof SetObject s) {
      SetObject out = new SetObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.SET_PROTOTYPE)));
      memory.put(o, out);
      List<Object> copied = new ArrayList<>();
      for (Object[] e : entries(s.data)) {
        copied.add(copy(e[0]));
      }
      for (Object k : copied) {
        Object key = OrderedHashTable.normalize(k);
        out.data.put(realm, key, key);
      }
      return out;
    }
    if (o instanceof ErrorObject e) {
      return remember(o, error(e));
    }
    if (o instanceof BlobClass.FileObject f) {
      return remember(o, BlobClass.newFile(realm, f.bytes(), f.type(), f.name(), f.lastModified()));
    }
    if (o instanceof BlobClass.BlobObject b) {
      return remember(o, BlobClass.newBlob(realm, b.bytes(), b.type()));
    }
    if (o instanceof ArrayObject a) {
      ArrayObject out = ArrayObject.create(realm);
      memory.put(o, out);
      ObjectOperations.setOrThrow(realm, out, "length", (double) ObjectOperations.lengthOfArrayLike(realm, a));
      properties(a, out);
      return out;
    }
    if (o.isCallable()) {
      throw dataCloneError("A function could not be cloned.");
    }
    if (o instanceof HostObject h) {
      throw dataCloneError("A " + h.className() + " object could not be cloned.");
    }
    // Ordinary objects only (an immutable-prototype object such as %Object.prototype% counts: it loses that).
    if (o.getClass() != JsObject.class && o != realm.objectPrototype()) {
      throw dataCloneError("An object of this kind (" + o.className() + ") could not be cloned.");
    }
    JsObject out = JsObject.ordinary(realm, realm.objectPrototype());
    memory.put(o, out);
    properties(o, out);
    return out;
  }

  /** The own enumerable string-keyed properties, read in order while each is still an own property. */
  private void properties(JsObject from, JsObject to) {
    for (Object key : ObjectOperations.enumerableOwnKeys(realm, from)) {
      if (ObjectOperations.hasOwnProperty(realm, from, key)) {
        Object value = copy(from.get(realm, key, from));
        ObjectOperations.createDataPropertyOrThrow(realm, to, key, value);
      }
    }
  }

  private ArrayBufferObject buffer(ArrayBufferObject b) {
    Object seen = memory.get(b);
    if (seen != null) {
      return (ArrayBufferObject) seen;
    }
    if (b.isShared()) {
      return (ArrayBufferObject) remember(b, ArrayBufferObject.sharedFromBlock(realm, b.sharedBlock()));
    }
    if (b.isDetached()) {
      throw dataCloneError("A detached ArrayBuffer could not be cloned.");
    }
    return (ArrayBufferObject) remember(b, newBufferLike(b));
  }

  /** A new ArrayBuffer with {@code b}'s bytes and (for a resizable one) its maximum length. */
  private ArrayBufferObject newBufferLike(ArrayBufferObject b) {
    ArrayBufferObject out = ArrayBufferObject.allocate(realm, null, b.byteLength(), b.isFixedLength() ? -1 : b.maxByteLength());
    System.arraycopy(b.data(), 0, out.data(), 0, b.byteLength());
    return out;
  }

  private ErrorObject error(ErrorObject e) {
    Object nameValue = e.get(realm, "name", e);
    String name = JsStrings.isString(nameValue) ? JsStrings.flat(nameValue) : "Error";
    if (!ERROR_NAMES.contains(name)) {
      name = "Error";
    }
    PropertyDescriptor messageDesc = e.getOwnProperty(realm, "message");
    String message = null;
    if (messageDesc != null && messageDesc.isDataDescriptor()) {
      message = TypeConversion.toString(realm, messageDesc.value());
    }
    ErrorKind kind = ErrorKind.ERROR;
    for (ErrorKind k : ErrorKind.values()) {
      if (k.jsName().equals(name)) {
        kind = k;
      }
    }
    ErrorObject out = Errors.create(realm, kind, message == null ? "" : message);
    if (message == null) {
      out.delete(realm, "message");
    }
    return out;
  }

  private static List<Object[]> entries(OrderedHashTable t) {
    List<Object[]> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.usedSlots(); i++) {
      Object k = t.keyAt(i);
      if (k != null) {
        out.add(new Object[] {k, t.valueAt(i)});
      }
    }
    return out;
  }

  private static Intrinsic typedArrayConstructor(TypedArrayObject t) {
    // Int8Array -> INT8_ARRAY, Uint8ClampedArray -> UINT8_CLAMPED_ARRAY, BigInt64Array -> BIGINT64_ARRAY.
    String name = t.type().typedArrayName.replace("BigInt", "Bigint").replace("BigUint", "Biguint");
    return Intrinsic.valueOf(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
  }

  private Object remember(JsObject o, Object out) {
    memory.put(o, out);
    return out;
  }

  private JsThrow dataCloneError(String message) {
    return new JsThrow(DomException.create(realm, message, "DataCloneError"));
  }
}
