package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.ArrayElements.MAX_SAFE_INTEGER;
import static dev.islet.builtins.indexed.ArrayElements.number;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * The Array.prototype methods that change the array in place: push, pop, shift, unshift, splice,
 * reverse, fill, copyWithin. On a plain dense array (see {@link #plainDense}) element moves are
 * array copies; otherwise each step is the spec's HasProperty/Get/Set/DeletePropertyOrThrow.
 */
final class ArrayMutationMethods {
  /** Largest dense storage the fast paths create. */
  private static final long MAX_DENSE = Integer.MAX_VALUE - 16;

  private ArrayMutationMethods() {}

  /**
   * {@code o} as an array whose elements may be moved as plain storage: dense (all elements are
   * default data properties), extensible, with a writable length and no prototype that has
   * elements. Moving storage is then exactly the spec's per-index Set/Delete loop.
   */
  static ArrayObject plainDense(JsObject o) {
    if (o instanceof ArrayObject a && a.isDenseAndExtensible() && a.shape.lazyInit() == null
        && JsObject.protoChainHasNoElements(a)) {
      return a;
    }
    return null;
  }

  /** Grows {@code a}'s dense storage to at least {@code n} slots (charging the heap). */
  static Object[] ensureCapacity(Realm realm, ArrayObject a, long n) {
    Object[] d = a.dense == null ? ArrayObject.NO_ARGS : a.dense;
    if (n <= d.length) {
      return d;
    }
    if (n > MAX_DENSE) {
      throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
    }
    long cap = Math.min(MAX_DENSE, Math.max(n, d.length + (d.length >> 1) + 4L));
    realm.heap.charge(SizeEstimates.refArray(cap - d.length));
    Object[] nd = java.util.Arrays.copyOf(d, (int) cap);
    a.dense = nd;
    return nd;
  }

  /**
   * Moves {@code count} elements from index {@code from} to index {@code to}, as the spec's loops
   * do (for each index: Set the destination if the source is present, else delete it), from the
   * low end if {@code to < from} and from the high end otherwise.
   */
  static void moveElements(Realm realm, JsObject o, long from, long to, long count) {
    if (count <= 0) {
      return;
    }
    ArrayObject a = plainDense(o);
    if (a != null) {
      Object[] d = a.dense == null ? ArrayObject.NO_ARGS : a.dense;
      long srcEnd = Math.min(from + count, d.length);
      // Only what is stored needs copying; beyond the storage the source is all holes.
      if (to + count <= d.length || to + count - d.length <= count) {
        ArrayElements.charge(realm, count / ArrayElements.CHUNK);
        d = ensureCapacity(realm, a, srcEnd > from ? to + (srcEnd - from) : 0);
        if (srcEnd > from) {
          System.arraycopy(d, (int) from, d, (int) to, (int) (srcEnd - from));
        }
        // Destinations whose sources were holes past the storage become holes.
        long holesFrom = to + Math.max(0, srcEnd - from);
        long holesTo = Math.min(to + count, d.length);
        if (holesFrom < holesTo) {
          java.util.Arrays.fill(d, (int) holesFrom, (int) holesTo, null);
        }
        return;
      }
    }
    if (to < from) {
      for (long k = 0; k < count; k++) {
        moveOne(realm, o, from + k, to + k);
      }
    } else {
      for (long k = count - 1; k >= 0; k--) {
        moveOne(realm, o, from + k, to + k);
      }
    }
  }

  private static void moveOne(Realm realm, JsObject o, long from, long to) {
    Object v = ArrayElements.getIfPresent(realm, o, from);
    if (v != JsObject.NOT_FOUND) {
      ArrayElements.set(realm, o, to, v);
    } else {
      ArrayElements.delete(realm, o, to);
    }
  }

  /** Array.prototype.push ( ...items ) — https://tc39.es/ecma262/#sec-array.prototype.push */
  static Object push(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof ArrayObject a && a.isDenseAndExtensible() && JsObject.protoChainHasNoElements(a)
        && a.length() + args.length < MAX_DENSE) {
      for (Object v : args) {
        a.append(realm, v);
      }
      return number(a.length());
    }
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (len + args.length > MAX_SAFE_INTEGER) {
      throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
    }
    for (Object v : args) {
      ArrayElements.set(realm, o, len++, v);
    }
    ArrayElements.setLength(realm, o, len);
    return number(len);
  }

  /** Array.prototype.pop ( ) */
  static Object pop(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof ArrayObject a && a.sparse == null && a.isLengthWritable() && a.length() > 0
        && JsObject.protoChainHasNoElements(a)) {
      long len = a.length();
      Object v = len - 1 <= Integer.MAX_VALUE ? a.getDenseOrNotFound((int) (len - 1)) : JsObject.NOT_FOUND;
      a.setLengthUnchecked(len - 1);
      return v == JsObject.NOT_FOUND ? Undefined.INSTANCE : v;
    }
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (len == 0) {
      ArrayElements.setLength(realm, o, 0);
      return Undefined.INSTANCE;
    }
    Object element = ArrayElements.get(realm, o, len - 1);
    ArrayElements.delete(realm, o, len - 1);
    ArrayElements.setLength(realm, o, len - 1);
    return element;
  }

  /** Array.prototype.shift ( ) */
  static Object shift(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (len == 0) {
      ArrayElements.setLength(realm, o, 0);
      return Undefined.INSTANCE;
    }
    Object first = ArrayElements.get(realm, o, 0);
    moveElements(realm, o, 1, 0, len - 1);
    ArrayElements.delete(realm, o, len - 1);
    ArrayElements.setLength(realm, o, len - 1);
    return first;
  }

  /** Array.prototype.unshift ( ...items ) */
  static Object unshift(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    int argCount = args.length;
    if (argCount > 0) {
      if (len + argCount > MAX_SAFE_INTEGER) {
        throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
      }
      moveElements(realm, o, 0, argCount, len);
      for (int j = 0; j < argCount; j++) {
        ArrayElements.set(realm, o, j, args[j]);
      }
    }
    ArrayElements.setLength(realm, o, len + argCount);
    return number(len + argCount);
  }

  /** Array.prototype.splice ( start, deleteCount, ...items ) — https://tc39.es/ecma262/#sec-array.prototype.splice */
  static Object splice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    long start = ArrayElements.relativeIndex(realm, Args.get(args, 0), len, 0);
    int itemCount = Math.max(0, args.length - 2);
    long deleteCount;
    if (args.length == 0) {
      deleteCount = 0;
    } else if (args.length == 1) {
      deleteCount = len - start;
    } else {
      double dc = TypeConversion.toIntegerOrInfinity(realm, args[1]);
      deleteCount = (long) Math.min(Math.max(dc, 0), len - start);
    }
    if (len + itemCount - deleteCount > MAX_SAFE_INTEGER) {
      throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
    }
    JsObject removed = ArraySpecies.create(realm, o, deleteCount);
    for (long k = 0; k < deleteCount; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, start + k);
      if (v != JsObject.NOT_FOUND) {
        ArrayElements.create(realm, removed, k, v);
      }
    }
    ArrayElements.setLength(realm, removed, deleteCount);
    long tail = len - start - deleteCount;
    if (itemCount < deleteCount) {
      moveElements(realm, o, start + deleteCount, start + itemCount, tail);
      for (long k = len; k > len - deleteCount + itemCount; k--) {
        ArrayElements.delete(realm, o, k - 1);
      }
    } else if (itemCount > deleteCount) {
      moveElements(realm, o, start + deleteCount, start + itemCount, tail);
    }
    for (int i = 0; i < itemCount; i++) {
      ArrayElements.set(realm, o, start + i, args[i + 2]);
    }
    ArrayElements.setLength(realm, o, len - deleteCount + itemCount);
    return removed;
  }

  /** Array.prototype.reverse ( ) */
  static Object reverse(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    ArrayObject a = plainDense(o);
    if (a != null && a.dense != null && len <= a.dense.length) {
      Object[] d = a.dense;
      ArrayElements.charge(realm, len / ArrayElements.CHUNK);
      for (int lo = 0, hi = (int) len - 1; lo < hi; lo++, hi--) {
        Object t = d[lo];
        d[lo] = d[hi];
        d[hi] = t;
      }
      return o;
    }
    long middle = len / 2;
    for (long lower = 0; lower != middle; lower++) {
      long upper = len - lower - 1;
      Object lowerValue = ArrayElements.getIfPresent(realm, o, lower);
      Object upperValue = ArrayElements.getIfPresent(realm, o, upper);
      boolean lowerExists = lowerValue != JsObject.NOT_FOUND;
      boolean upperExists = upperValue != JsObject.NOT_FOUND;
      if (lowerExists && upperExists) {
        ArrayElements.set(realm, o, lower, upperValue);
        ArrayElements.set(realm, o, upper, lowerValue);
      } else if (upperExists) {
        ArrayElements.set(realm, o, lower, upperValue);
        ArrayElements.delete(realm, o, upper);
      } else if (lowerExists) {
        ArrayElements.delete(realm, o, lower);
        ArrayElements.set(realm, o, upper, lowerValue);
      }
    }
    return o;
  }

  /** Array.prototype.fill ( value [ , start [ , end ] ] ) */
  static Object fill(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    Object value = Args.get(args, 0);
    long k = ArrayElements.relativeIndex(realm, Args.get(args, 1), len, 0);
    long fin = ArrayElements.relativeIndex(realm, Args.get(args, 2), len, len);
    ArrayObject a = plainDense(o);
    if (a != null && fin > k && fin <= MAX_DENSE && (a.dense != null && k <= a.dense.length || k == 0)) {
      // Filling a dense array from within its storage: the storage grows (charged) and is filled.
      ArrayElements.charge(realm, (fin - k) / ArrayElements.CHUNK);
      Object[] d = ensureCapacity(realm, a, fin);
      java.util.Arrays.fill(d, (int) k, (int) fin, value);
      return o;
    }
    for (; k < fin; k++) {
      ArrayElements.set(realm, o, k, value);
    }
    return o;
  }

  /** Array.prototype.copyWithin ( target, start [ , end ] ) */
  static Object copyWithin(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    long to = ArrayElements.relativeIndex(realm, Args.get(args, 0), len, 0);
    long from = ArrayElements.relativeIndex(realm, Args.get(args, 1), len, 0);
    long fin = ArrayElements.relativeIndex(realm, Args.get(args, 2), len, len);
    long count = Math.min(fin - from, len - to);
    if (count <= 0) {
      return o;
    }
    ArrayObject a = plainDense(o);
    if (a != null && a.dense != null && from + count <= a.dense.length && to + count <= a.dense.length) {
      ArrayElements.charge(realm, count / ArrayElements.CHUNK);
      System.arraycopy(a.dense, (int) from, a.dense, (int) to, (int) count);
      return o;
    }
    if (from < to && to < from + count) {
      for (long k = count - 1; k >= 0; k--) {
        moveOne(realm, o, from + k, to + k);
      }
    } else {
      for (long k = 0; k < count; k++) {
        moveOne(realm, o, from + k, to + k);
      }
    }
    return o;
  }
}
