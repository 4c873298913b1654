package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.TypedArrayCreation.validate;

import dev.islet.builtins.structured.ElementType;
import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.math.BigInteger;

/**
 * The %TypedArray%.prototype methods that copy or reorder: copyWithin, slice, subarray, sort and
 * the change-array-by-copy methods toReversed, toSorted and with.
 */
final class TypedArrayCopyMethods {
  private TypedArrayCopyMethods() {}

  /** %TypedArray%.prototype.copyWithin ( target, start [ , end ] ) */
  static Object copyWithin(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.copyWithin");
    long len = o.length();
    long to = ArrayElements.relativeIndex(realm, Args.get(args, 0), len, 0);
    long from = ArrayElements.relativeIndex(realm, Args.get(args, 1), len, 0);
    long fin = ArrayElements.relativeIndex(realm, Args.get(args, 2), len, len);
    long count = Math.min(fin - from, len - to);
    if (count > 0) {
      // The conversions may have shrunk the buffer: copy only what is still inside.
      int current = o.lengthOrOutOfBounds();
      if (current < 0) {
        throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
      }
      count = Math.min(count, Math.min(current - from, current - to));
      if (count > 0) {
        int size = o.type.size;
        realm.agent.budget.charge(1 + (count * size >> 6));
        byte[] d = o.buffer.data();
        System.arraycopy(d, (int) (from * size) + o.byteOffset, d, (int) (to * size) + o.byteOffset, (int) (count * size));
      }
    }
    return o;
  }

  /** %TypedArray%.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice */
  static Object slice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.slice");
    long len = o.length();
    long start = ArrayElements.relativeIndex(realm, Args.get(args, 0), len, 0);
    long end = ArrayElements.relativeIndex(realm, Args.get(args, 1), len, len);
    long count = Math.max(end - start, 0);
    TypedArrayObject a = TypedArrayCreation.speciesCreate(realm, o, new Object[] {ArrayElements.number(count)});
    if (count > 0) {
      int current = o.lengthOrOutOfBounds();
      if (current < 0) {
        throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
      }
      end = Math.min(end, current);
      count = Math.max(end - start, 0);
      if (o.type == a.type) {
        // Same type: the bytes are copied as they are (their bit patterns, NaN payloads included).
        int size = o.type.size;
        int srcByte = (int) (start * size) + o.byteOffset;
        int targetByte = a.byteOffset;
        int countBytes = (int) Math.min(count * size, Math.max(0, (long) a.buffer.byteLength() - targetByte));
        realm.agent.budget.charge(1 + (countBytes >> 6));
        byte[] src = o.buffer.data();
        byte[] dst = a.buffer.data();
        if (src == dst && targetByte > srcByte && targetByte < srcByte + countBytes) {
          // The spec copies byte by byte upwards: an overlapping target repeats the first bytes.
          for (int i = 0; i < countBytes; i++) {
            dst[targetByte + i] = src[srcByte + i];
          }
        } else if (countBytes > 0) {
          System.arraycopy(src, srcByte, dst, targetByte, countBytes);
        }
      } else {
        realm.agent.budget.charge(1 + (count >> 4));
        for (long k = start, n = 0; k < end; k++, n++) {
          a.setElement(realm, n, o.getElement(k));
        }
      }
    }
    return a;
  }

  /** %TypedArray%.prototype.subarray ( start, end ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray */
  static Object subarray(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = TypedArrayCreation.require(realm, thisValue, "%TypedArray%.prototype.subarray");
    long srcLength = o.length();
    long startIndex = ArrayElements.relativeIndex(realm, Args.get(args, 0), srcLength, 0);
    int size = o.type.size;
    double beginByteOffset = o.byteOffset + (double) startIndex * size;
    Object end = Args.get(args, 1);
    Object[] argumentList;
    if (o.arrayLength == TypedArrayObject.AUTO && end == Undefined.INSTANCE) {
      argumentList = new Object[] {o.buffer, beginByteOffset};
    } else {
      long endIndex = ArrayElements.relativeIndex(realm, end, srcLength, srcLength);
      long newLength = Math.max(endIndex - startIndex, 0);
      argumentList = new Object[] {o.buffer, beginByteOffset, ArrayElements.number(newLength)};
    }
    return TypedArrayCreation.speciesCreate(realm, o, argumentList);
  }

  /** %TypedArray%.prototype.toReversed ( ) */
  static Object toReversed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.toReversed");
    int len = o.length();
    TypedArrayObject a = TypedArrayCreation.createSameType(realm, o, len);
    realm.agent.budget.charge(1 + (len >> 4));
    for (int k = 0; k < len; k++) {
      a.setValid(k, o.getValid(len - k - 1));
    }
    return a;
  }

  /** %TypedArray%.prototype.with ( index, value ) */
  static Object with(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.with");
    int len = o.length();
    double rel = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    double actual = rel >= 0 ? rel : len + rel;
    Object numeric = o.type.toNumeric(realm, Args.get(args, 1));
    if (o.byteIndexOf(actual) < 0) {
      throw Errors.rangeError(realm, Msg.INDEX_OUT_OF_RANGE);
    }
    TypedArrayObject a = TypedArrayCreation.createSameType(realm, o, len);
    realm.agent.budget.charge(1 + (len >> 4));
    for (int k = 0; k < len; k++) {
      // Set ( A, k, Get ( O, k ) ): an element past a shrunk buffer reads as undefined and converts.
      a.setElement(realm, k, k == (int) actual ? numeric : o.getElement(k));
    }
    return a;
  }

  /** %TypedArray%.prototype.sort ( comparefn ) */
  static Object sort(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object comparefn = comparator(realm, Args.get(args, 0));
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.sort");
    int len = o.length();
    Object[] sorted;
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      sorted = sortedValues(realm, mem, o, len, comparefn);
    }
    // Set ( obj, j, v, true ): ignored where the comparator shrank or detached the buffer.
    for (int j = 0; j < len; j++) {
      o.setElement(realm, j, sorted[j]);
    }
    return o;
  }

  /** %TypedArray%.prototype.toSorted ( comparefn ) */
  static Object toSorted(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object comparefn = comparator(realm, Args.get(args, 0));
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.toSorted");
    int len = o.length();
    TypedArrayObject a = TypedArrayCreation.createSameType(realm, o, len);
    Object[] sorted;
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      sorted = sortedValues(realm, mem, o, len, comparefn);
    }
    for (int j = 0; j < len; j++) {
      a.setElement(realm, j, sorted[j]);
    }
    return a;
  }

  private static Object comparator(Realm realm, Object comparefn) {
    if (comparefn != Undefined.INSTANCE && !(comparefn instanceof JsObject f && f.isCallable())) {
      throw Errors.typeError(realm, Msg.SORT_COMPARATOR, Describe.value(comparefn));
    }
    return comparefn;
  }

  /** SortIndexedProperties ( O, len, SortCompare, read-through-holes ) with CompareTypedArrayElements. */
  private static Object[] sortedValues(Realm realm, ScratchMemory mem, TypedArrayObject o, int len, Object comparefn) {
    mem.charge(2 * SizeEstimates.refArray(len) + 8L * len);
    Object[] values = new Object[len];
    for (int k = 0; k < len; k++) {
      values[k] = o.getElement(k);
    }
    if (comparefn == Undefined.INSTANCE) {
      return numericSort(realm, o.type, values);
    }
    JsObject fn = (JsObject) comparefn;
    int[] order = ArraySorting.sortIndices(realm, mem, len, (i, j) -> ArraySorting.callComparator(realm, fn, values[i], values[j]));
    Object[] out = new Object[len];
    for (int i = 0; i < len; i++) {
      out[i] = values[order[i]];
    }
    return out;
  }

  /** The default order: numeric, -0 before +0, NaN last (what Arrays.sort does for doubles). */
  private static Object[] numericSort(Realm realm, ElementType type, Object[] values) {
    int n = values.length;
    realm.agent.budget.charge(1 + (long) n * (32 - Integer.numberOfLeadingZeros(n + 1)));
    if (type.isBigInt()) {
      BigInteger[] b = new BigInteger[n];
      for (int i = 0; i < n; i++) {
        b[i] = (BigInteger) values[i];
      }
      java.util.Arrays.sort(b);
      return b;
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = ((Number) values[i]).doubleValue();
    }
    java.util.Arrays.sort(d);
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = d[i];
    }
    return out;
  }
}
