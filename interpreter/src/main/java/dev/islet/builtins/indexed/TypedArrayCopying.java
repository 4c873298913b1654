package dev.islet.builtins.indexed;

import dev.islet.builtins.structured.ElementType;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;

/**
 * Copying between typed arrays: the byte-level copy (same element type) or value conversion
 * (different types of one content type) behind the constructor, set, slice and the like; and
 * %TypedArray%.prototype.set. Budgets are charged in proportion to the bytes moved.
 */
final class TypedArrayCopying {
  private TypedArrayCopying() {}

  /**
   * Copies {@code count} elements from {@code src} at {@code srcIndex} to {@code dst} at
   * {@code dstIndex}; both ranges are valid. Overlapping ranges of one buffer behave as if the
   * source were read completely first (CloneArrayBuffer in SetTypedArrayFromTypedArray).
   */
  static void copyElements(Realm realm, TypedArrayObject src, int srcIndex, TypedArrayObject dst, int dstIndex, int count) {
    if (count <= 0) {
      return;
    }
    ElementType st = src.type;
    ElementType dt = dst.type;
    byte[] s = src.buffer.data();
    byte[] d = dst.buffer.data();
    int sb = src.byteOffset + srcIndex * st.size;
    int db = dst.byteOffset + dstIndex * dt.size;
    realm.agent.budget.charge(1 + ((long) count * Math.max(st.size, dt.size) >> 6));
    if (st == dt) {
      System.arraycopy(s, sb, d, db, count * st.size);
      return;
    }
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      if (src.buffer.sameBytes(dst.buffer)) {
        // CloneArrayBuffer: read the whole source before the target overwrites it.
        mem.charge(SizeEstimates.ARRAY_HEADER + (long) count * st.size);
        s = java.util.Arrays.copyOfRange(s, sb, sb + count * st.size);
        sb = 0;
      }
      for (int k = 0; k < count; k++) {
        dt.set(d, db + k * dt.size, st.get(s, sb + k * st.size, true), true);
      }
    }
  }

  /** %TypedArray%.prototype.set ( source [ , offset ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.set */
  static Object set(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject target = TypedArrayCreation.require(realm, thisValue, "%TypedArray%.prototype.set");
    Object source = args.length > 0 ? args[0] : dev.islet.values.Undefined.INSTANCE;
    double targetOffset = TypeConversion.toIntegerOrInfinity(realm, args.length > 1 ? args[1] : dev.islet.values.Undefined.INSTANCE);
    if (targetOffset < 0) {
      throw Errors.rangeError(realm, Msg.TYPED_ARRAY_OFFSET, "negative");
    }
    if (source instanceof TypedArrayObject src) {
      setFromTypedArray(realm, target, targetOffset, src);
    } else {
      setFromArrayLike(realm, target, targetOffset, source);
    }
    return dev.islet.values.Undefined.INSTANCE;
  }

  /** SetTypedArrayFromTypedArray ( target, targetOffset, source ) */
  private static void setFromTypedArray(Realm realm, TypedArrayObject target, double targetOffset, TypedArrayObject source) {
    int targetLength = target.lengthOrOutOfBounds();
    if (targetLength < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    int srcLength = source.lengthOrOutOfBounds();
    if (srcLength < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    if (target.type.isBigInt() != source.type.isBigInt()) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_CONTENT_TYPE, source.type.typedArrayName, target.type.typedArrayName);
    }
    if (targetOffset == Double.POSITIVE_INFINITY || srcLength + targetOffset > targetLength) {
      throw Errors.rangeError(realm, Msg.TYPED_ARRAY_SOURCE_TOO_LARGE);
    }
    copyElements(realm, source, 0, target, (int) targetOffset, srcLength);
  }

  /** SetTypedArrayFromArrayLike ( target, targetOffset, source ) */
  private static void setFromArrayLike(Realm realm, TypedArrayObject target, double targetOffset, Object source) {
    int targetLength = target.lengthOrOutOfBounds();
    if (targetLength < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    JsObject src = TypeConversion.toObject(realm, source);
    long srcLength = ArrayElements.lengthOf(realm, src);
    if (targetOffset == Double.POSITIVE_INFINITY || srcLength + targetOffset > targetLength) {
      throw Errors.rangeError(realm, Msg.TYPED_ARRAY_SOURCE_TOO_LARGE);
    }
    long offset = (long) targetOffset;
    for (long k = 0; k < srcLength; k++) {
      Object value = ArrayElements.get(realm, src, k);
      target.setElement(realm, offset + k, value);
    }
  }
}
