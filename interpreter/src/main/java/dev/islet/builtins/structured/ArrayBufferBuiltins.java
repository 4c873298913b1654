package dev.islet.builtins.structured;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** The ArrayBuffer constructor and %ArrayBuffer.prototype% — https://tc39.es/ecma262/#sec-arraybuffer-objects. */
public final class ArrayBufferBuiltins {
  private ArrayBufferBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "ArrayBuffer", ArrayBufferBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("ArrayBuffer", 1, realm.intrinsic(Intrinsic.ARRAY_BUFFER_PROTOTYPE))
        .method("isView", 1, ArrayBufferBuiltins::isView)
        .getter(Symbol.SPECIES, (r, t, a, nt) -> t));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .getter("byteLength", ArrayBufferBuiltins::byteLength)
        .function("constructor", realm.intrinsic(Intrinsic.ARRAY_BUFFER))
        .getter("detached", ArrayBufferBuiltins::detached)
        .getter("maxByteLength", ArrayBufferBuiltins::maxByteLength)
        .getter("resizable", ArrayBufferBuiltins::resizable)
        .method("resize", 1, ArrayBufferBuiltins::resize)
        .method("slice", 2, ArrayBufferBuiltins::slice)
        .method("transfer", 0, ArrayBufferBuiltins::transfer)
        .method("transferToFixedLength", 0, ArrayBufferBuiltins::transferToFixedLength)
        .toStringTag("ArrayBuffer")));
  }

  /** ArrayBuffer ( length [ , options ] ) — https://tc39.es/ecma262/#sec-arraybuffer-length */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "ArrayBuffer");
    }
    long byteLength = TypeConversion.toIndex(realm, Args.get(args, 0));
    long max = maxByteLengthOption(realm, Args.get(args, 1));
    return ArrayBufferObject.allocate(realm, newTarget, byteLength, max);
  }

  /** GetArrayBufferMaxByteLengthOption ( options ): -1 when absent. */
  static long maxByteLengthOption(Realm realm, Object options) {
    if (!(options instanceof JsObject o)) {
      return -1;
    }
    Object max = o.get(realm, "maxByteLength", o);
    if (max == Undefined.INSTANCE) {
      return -1;
    }
    return TypeConversion.toIndex(realm, max);
  }

  /** ArrayBuffer.isView ( arg ) */
  static Object isView(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Args.get(args, 0) instanceof BufferView;
  }

  /** RequireInternalSlot ( O, [[ArrayBufferData]] ) and not shared. */
  private static ArrayBufferObject thisBuffer(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof ArrayBufferObject b && !b.isShared()) {
      return b;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "ArrayBuffer.prototype." + method, Describe.value(thisValue));
  }

  static Object byteLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisBuffer(realm, thisValue, "byteLength").byteLength();
  }

  static Object detached(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisBuffer(realm, thisValue, "detached").isDetached();
  }

  static Object maxByteLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    ArrayBufferObject b = thisBuffer(realm, thisValue, "maxByteLength");
    return b.isDetached() ? 0 : b.maxByteLength();
  }

  static Object resizable(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return !thisBuffer(realm, thisValue, "resizable").isFixedLength();
  }

  /** ArrayBuffer.prototype.resize ( newLength ) */
  static Object resize(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    ArrayBufferObject b = thisBuffer(realm, thisValue, "resize");
    if (b.isFixedLength()) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_NOT_RESIZABLE, "ArrayBuffer");
    }
    long newByteLength = TypeConversion.toIndex(realm, Args.get(args, 0));
    if (b.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    if (newByteLength > b.maxByteLength()) {
      throw Errors.rangeError(realm, Msg.ARRAY_BUFFER_LENGTH_EXCEEDS_MAX);
    }
    b.resize(realm, (int) newByteLength);
    return Undefined.INSTANCE;
  }

  /** ArrayBuffer.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice */
  static Object slice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    ArrayBufferObject o = thisBuffer(realm, thisValue, "slice");
    if (o.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    long len = o.byteLength();
    long first = relative(realm, Args.get(args, 0), len, 0);
    long fin = relative(realm, Args.get(args, 1), len, len);
    long newLen = Math.max(fin - first, 0);
    JsObject ctor = ObjectOperations.speciesConstructor(realm, o, realm.intrinsic(Intrinsic.ARRAY_BUFFER));
    JsObject created = ObjectOperations.construct(realm, ctor, new Object[] {(double) newLen}, null);
    if (!(created instanceof ArrayBufferObject target) || target.isShared()) {
      throw Errors.typeError(realm, Msg.NOT_AN_ARRAY_BUFFER, Describe.value(created));
    }
    if (target.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    if (target == o) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_SPECIES_SAME);
    }
    if (target.byteLength() < newLen) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_SPECIES_TOO_SMALL);
    }
    // The species constructor may have detached or shrunk this buffer.
    if (o.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    long currentLen = o.byteLength();
    if (first < currentLen) {
      int count = (int) Math.min(newLen, currentLen - first);
      realm.agent.budget.charge(1 + (count >> 8));
      System.arraycopy(o.data(), (int) first, target.data(), 0, count);
    }
    return target;
  }

  /** ArrayBuffer.prototype.transfer ( [ newLength ] ) */
  static Object transfer(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return copyAndDetach(realm, thisBuffer(realm, thisValue, "transfer"), Args.get(args, 0), true);
  }

  /** ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] ) */
  static Object transferToFixedLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return copyAndDetach(realm, thisBuffer(realm, thisValue, "transferToFixedLength"), Args.get(args, 0), false);
  }

  /** ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability ) */
  private static ArrayBufferObject copyAndDetach(Realm realm, ArrayBufferObject o, Object newLength, boolean preserveResizability) {
    long newByteLength = newLength == Undefined.INSTANCE ? o.byteLength() : TypeConversion.toIndex(realm, newLength);
    if (o.isDetached()) {
      throw Errors.typeError(realm, Msg.DETACHED_BUFFER);
    }
    long newMax = preserveResizability && !o.isFixedLength() ? o.maxByteLength() : -1;
    if (o.detachKey() != Undefined.INSTANCE) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_DETACH_KEY);
    }
    if (newMax >= 0 && newByteLength > newMax) {
      throw Errors.rangeError(realm, Msg.ARRAY_BUFFER_LENGTH_EXCEEDS_MAX);
    }
    if (newByteLength == o.byteLength() && newByteLength <= ArrayBufferObject.MAX_BYTE_LENGTH) {
      // Same length: hand the bytes over instead of copying them.
      int len = (int) newByteLength;
      return ArrayBufferObject.adopt(realm, o.takeBytes(), len, (int) newMax);
    }
    ArrayBufferObject created = ArrayBufferObject.allocate(realm, null, newByteLength, newMax);
    int copyLength = (int) Math.min(newByteLength, o.byteLength());
    realm.agent.budget.charge(1 + (copyLength >> 8));
    System.arraycopy(o.data(), 0, created.data(), 0, copyLength);
    o.detach();
    return created;
  }

  /** A relative index (slice's start and end) against {@code len}: negative from the end, clamped. */
  static long relative(Realm realm, Object arg, long len, long dflt) {
    if (arg == Undefined.INSTANCE) {
      return dflt;
    }
    double rel = TypeConversion.toIntegerOrInfinity(realm, arg);
    if (rel < 0) {
      return (long) Math.max(len + rel, 0);
    }
    return (long) Math.min(rel, len);
  }
}
