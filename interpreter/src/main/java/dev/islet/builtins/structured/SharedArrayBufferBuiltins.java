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

/** The SharedArrayBuffer constructor and prototype — https://tc39.es/ecma262/#sec-sharedarraybuffer-objects. */
public final class SharedArrayBufferBuiltins {
  private SharedArrayBufferBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "SharedArrayBuffer", SharedArrayBufferBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("SharedArrayBuffer", 1, realm.intrinsic(Intrinsic.SHARED_ARRAY_BUFFER_PROTOTYPE))
        .getter(Symbol.SPECIES, (r, t, a, nt) -> t));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .getter("byteLength", SharedArrayBufferBuiltins::byteLength)
        .function("constructor", realm.intrinsic(Intrinsic.SHARED_ARRAY_BUFFER))
        .method("grow", 1, SharedArrayBufferBuiltins::grow)
        .getter("growable", SharedArrayBufferBuiltins::growable)
        .getter("maxByteLength", SharedArrayBufferBuiltins::maxByteLength)
        .method("slice", 2, SharedArrayBufferBuiltins::slice)
        .toStringTag("SharedArrayBuffer")));
  }

  /** SharedArrayBuffer ( length [ , options ] ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "SharedArrayBuffer");
    }
    long byteLength = TypeConversion.toIndex(realm, Args.get(args, 0));
    long max = ArrayBufferBuiltins.maxByteLengthOption(realm, Args.get(args, 1));
    return ArrayBufferObject.allocateShared(realm, newTarget, byteLength, max);
  }

  private static ArrayBufferObject thisShared(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof ArrayBufferObject b && b.isShared()) {
      return b;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "SharedArrayBuffer.prototype." + method, Describe.value(thisValue));
  }

  static Object byteLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisShared(realm, thisValue, "byteLength").byteLength();
  }

  static Object growable(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return !thisShared(realm, thisValue, "growable").isFixedLength();
  }

  static Object maxByteLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisShared(realm, thisValue, "maxByteLength").maxByteLength();
  }

  /** SharedArrayBuffer.prototype.grow ( newLength ) */
  static Object grow(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    ArrayBufferObject o = thisShared(realm, thisValue, "grow");
    if (o.isFixedLength()) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_NOT_RESIZABLE, "SharedArrayBuffer");
    }
    long newByteLength = TypeConversion.toIndex(realm, Args.get(args, 0));
    while (true) {
      int current = o.byteLength();
      if (newByteLength == current) {
        return Undefined.INSTANCE;
      }
      if (newByteLength < current || newByteLength > o.maxByteLength()) {
        throw Errors.rangeError(realm, Msg.SHARED_ARRAY_BUFFER_GROW);
      }
      if (o.sharedBlock().grow((int) newByteLength)) {
        return Undefined.INSTANCE;
      }
    }
  }

  /** SharedArrayBuffer.prototype.slice ( start, end ) */
  static Object slice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    ArrayBufferObject o = thisShared(realm, thisValue, "slice");
    long len = o.byteLength();
    long first = ArrayBufferBuiltins.relative(realm, Args.get(args, 0), len, 0);
    long fin = ArrayBufferBuiltins.relative(realm, Args.get(args, 1), len, len);
    long newLen = Math.max(fin - first, 0);
    JsObject ctor = ObjectOperations.speciesConstructor(realm, o, realm.intrinsic(Intrinsic.SHARED_ARRAY_BUFFER));
    JsObject created = ObjectOperations.construct(realm, ctor, new Object[] {(double) newLen}, null);
    if (!(created instanceof ArrayBufferObject target) || !target.isShared()) {
      throw Errors.typeError(realm, Msg.NOT_A_SHARED_ARRAY_BUFFER, Describe.value(created));
    }
    if (target.sameBytes(o)) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_SPECIES_SAME);
    }
    if (target.byteLength() < newLen) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_SPECIES_TOO_SMALL);
    }
    if (newLen > 0) {
      realm.agent.budget.charge(1 + (newLen >> 8));
      System.arraycopy(o.data(), (int) first, target.data(), 0, (int) newLen);
    }
    return target;
  }
}
