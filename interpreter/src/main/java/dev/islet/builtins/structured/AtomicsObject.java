package dev.islet.builtins.structured;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.math.BigInteger;

/**
 * The Atomics object — https://tc39.es/ecma262/#sec-atomics-object. Read-modify-write operations
 * run under the monitor of the buffer's shared block (or of the buffer itself when it is not
 * shared), which makes them sequentially consistent among themselves.
 */
public final class AtomicsObject {
  private static final int ADD = 0;
  private static final int AND = 1;
  private static final int EXCHANGE = 2;
  private static final int OR = 3;
  private static final int SUB = 4;
  private static final int XOR = 5;

  private AtomicsObject() {}

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), o -> BuiltinInstaller.on(realm, o)
        .method("add", 3, (r, t, a, nt) -> readModifyWrite(r, a, ADD))
        .method("and", 3, (r, t, a, nt) -> readModifyWrite(r, a, AND))
        .method("compareExchange", 4, AtomicsObject::compareExchange)
        .method("exchange", 3, (r, t, a, nt) -> readModifyWrite(r, a, EXCHANGE))
        .method("isLockFree", 1, AtomicsObject::isLockFree)
        .method("load", 2, AtomicsObject::load)
        .method("notify", 3, AtomicsObject::notify)
        .method("or", 3, (r, t, a, nt) -> readModifyWrite(r, a, OR))
        .method("pause", 0, AtomicsObject::pause)
        .method("store", 3, AtomicsObject::store)
        .method("sub", 3, (r, t, a, nt) -> readModifyWrite(r, a, SUB))
        .method("wait", 4, (r, t, a, nt) -> doWait(r, a, false))
        .method("waitAsync", 4, (r, t, a, nt) -> doWait(r, a, true))
        .method("xor", 3, (r, t, a, nt) -> readModifyWrite(r, a, XOR))
        .toStringTag("Atomics")));
  }

  // ------------------------------------------------------------------ validation

  /** ValidateIntegerTypedArray ( typedArray, waitable ) */
  private static TypedArrayObject validateIntegerTypedArray(Realm realm, Object v, boolean waitable) {
    if (!(v instanceof TypedArrayObject ta)) {
      throw Errors.typeError(realm, Msg.ATOMICS_TYPE, Describe.value(v));
    }
    if (ta.lengthOrOutOfBounds() < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    if (waitable ? !ta.type().isWaitable() : !ta.type().isAtomicsFriendly()) {
      throw Errors.typeError(realm, waitable ? Msg.ATOMICS_WAIT_TYPE : Msg.ATOMICS_TYPE, Describe.value(v));
    }
    return ta;
  }

  /** ValidateAtomicAccess ( taRecord, requestIndex ): the byte index in the buffer. */
  private static int validateAtomicAccess(Realm realm, TypedArrayObject ta, Object requestIndex) {
    int length = ta.length();
    long accessIndex = TypeConversion.toIndex(realm, requestIndex);
    if (accessIndex >= length) {
      throw Errors.rangeError(realm, Msg.INDEX_OUT_OF_RANGE);
    }
    return (int) accessIndex * ta.type().size + byteOffset(ta);
  }

  private static int byteOffset(TypedArrayObject ta) {
    return ta.byteOffset();
  }

  /** RevalidateAtomicAccess ( typedArray, byteIndexInBuffer ): conversions may have shrunk or detached the buffer. */
  private static void revalidate(Realm realm, TypedArrayObject ta, int byteIndex) {
    if (ta.lengthOrOutOfBounds() < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    if (byteIndex >= ta.viewedBuffer().byteLength()) {
      throw Errors.rangeError(realm, Msg.INDEX_OUT_OF_RANGE);
    }
  }

  /** The value to store: ToBigInt, or 𝔽(ToIntegerOrInfinity) — as raw bits for the element type. */
  private static Object toIntegerValue(Realm realm, ElementType type, Object value) {
    if (type.isBigInt()) {
      return TypeConversion.toBigInt(realm, value);
    }
    return TypeConversion.toIntegerOrInfinity(realm, value);
  }

  private static Object lockOf(ArrayBufferObject b) {
    SharedBlock block = b.sharedBlock();
    return block != null ? block : b;
  }

  // ------------------------------------------------------------------ operations

  /** AtomicReadModifyWrite ( typedArray, index, value, op ) */
  private static Object readModifyWrite(Realm realm, Object[] args, int op) {
    TypedArrayObject ta = validateIntegerTypedArray(realm, Args.get(args, 0), false);
    int byteIndex = validateAtomicAccess(realm, ta, Args.get(args, 1));
    ElementType type = ta.type();
    long v = type.valueToBits(toIntegerValue(realm, type, Args.get(args, 2)));
    revalidate(realm, ta, byteIndex);
    ArrayBufferObject buffer = ta.viewedBuffer();
    long old;
    synchronized (lockOf(buffer)) {
      byte[] d = buffer.data();
      old = type.getBits(d, byteIndex);
      long result = switch (op) {
        case ADD -> old + v;
        case AND -> old & v;
        case EXCHANGE -> v;
        case OR -> old | v;
        case SUB -> old - v;
        default -> old ^ v;
      };
      type.setBits(d, byteIndex, result);
    }
    return type.bitsToValue(old);
  }

  /** Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue ) */
  static Object compareExchange(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject ta = validateIntegerTypedArray(realm, Args.get(args, 0), false);
    int byteIndex = validateAtomicAccess(realm, ta, Args.get(args, 1));
    ElementType type = ta.type();
    long expected = type.valueToBits(toIntegerValue(realm, type, Args.get(args, 2)));
    long replacement = type.valueToBits(toIntegerValue(realm, type, Args.get(args, 3)));
    revalidate(realm, ta, byteIndex);
    long mask = type.size == 8 ? -1L : (1L << (8 * type.size)) - 1;
    ArrayBufferObject buffer = ta.viewedBuffer();
    long old;
    synchronized (lockOf(buffer)) {
      byte[] d = buffer.data();
      old = type.getBits(d, byteIndex);
      if ((old & mask) == (expected & mask)) {
        type.setBits(d, byteIndex, replacement);
      }
    }
    return type.bitsToValue(old);
  }

  /** Atomics.isLockFree ( size ) */
  static Object isLockFree(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double n = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    return n == 1 || n == 2 || n == 4 || n == 8;
  }

  /** Atomics.load ( typedArray, index ) */
  static Object load(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject ta = validateIntegerTypedArray(realm, Args.get(args, 0), false);
    int byteIndex = validateAtomicAccess(realm, ta, Args.get(args, 1));
    revalidate(realm, ta, byteIndex);
    ArrayBufferObject buffer = ta.viewedBuffer();
    synchronized (lockOf(buffer)) {
      return ta.type().bitsToValue(ta.type().getBits(buffer.data(), byteIndex));
    }
  }

  /** Atomics.store ( typedArray, index, value ): returns the stored integer (as converted, not wrapped). */
  static Object store(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject ta = validateIntegerTypedArray(realm, Args.get(args, 0), false);
    int byteIndex = validateAtomicAccess(realm, ta, Args.get(args, 1));
    ElementType type = ta.type();
    Object v = toIntegerValue(realm, type, Args.get(args, 2));
    revalidate(realm, ta, byteIndex);
    ArrayBufferObject buffer = ta.viewedBuffer();
    synchronized (lockOf(buffer)) {
      type.setBits(buffer.data(), byteIndex, type.valueToBits(v));
    }
    return v instanceof BigInteger ? v : Operators.number((Double) v);
  }

  /** Atomics.pause ( [ N ] ) */
  static Object pause(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object n = Args.get(args, 0);
    if (n != Undefined.INSTANCE) {
      boolean integral = n instanceof Integer || n instanceof Double d && !d.isInfinite() && d == Math.floor(d);
      if (!integral) {
        throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Atomics.pause argument must be an integral Number or undefined");
      }
    }
    Thread.onSpinWait();
    return Undefined.INSTANCE;
  }

  /** Atomics.notify ( typedArray, index, count ) */
  static Object notify(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject ta = validateIntegerTypedArray(realm, Args.get(args, 0), true);
    int byteIndex = validateAtomicAccess(realm, ta, Args.get(args, 1));
    Object countArg = Args.get(args, 2);
    double c = countArg == Undefined.INSTANCE ? Double.POSITIVE_INFINITY : Math.max(TypeConversion.toIntegerOrInfinity(realm, countArg), 0);
    SharedBlock block = ta.viewedBuffer().sharedBlock();
    if (block == null) {
      return 0;
    }
    return AtomicsWaiting.notify(realm, block, byteIndex, c);
  }

  /** DoWait ( mode, typedArray, index, value, timeout ) — https://tc39.es/ecma262/#sec-dowait */
  private static Object doWait(Realm realm, Object[] args, boolean async) {
    TypedArrayObject ta = validateIntegerTypedArray(realm, Args.get(args, 0), true);
    SharedBlock block = ta.viewedBuffer().sharedBlock();
    if (block == null) {
      throw Errors.typeError(realm, Msg.ATOMICS_WAIT_TYPE);
    }
    int byteIndex = validateAtomicAccess(realm, ta, Args.get(args, 1));
    ElementType type = ta.type();
    long v = type.isBigInt() ? TypeConversion.toBigInt64(realm, Args.get(args, 2)) : TypeConversion.toInt32(realm, Args.get(args, 2));
    double q = TypeConversion.toNumber(realm, Args.get(args, 3));
    double t = q != q || q == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.max(q, 0);
    if (!async) {
      if (!realm.agent.hostHooks().agentCanSuspend(realm)) {
        throw Errors.typeError(realm, Msg.ATOMICS_CANNOT_WAIT);
      }
      return AtomicsWaiting.waitSync(realm, block, byteIndex, type, v, t);
    }
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, realm.intrinsic(Intrinsic.PROMISE));
    String immediate = AtomicsWaiting.waitAsync(realm, block, byteIndex, type, v, t, cap);
    JsObject result = JsObject.ordinary(realm, realm.objectPrototype());
    result.defineDirect(realm, "async", immediate == null, Attributes.DEFAULT);
    result.defineDirect(realm, "value", immediate == null ? cap.promise() : immediate, Attributes.DEFAULT);
    return result;
  }
}
