package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.ArrayElements.MAX_SAFE_INTEGER;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * The Array.prototype methods that build a new array: concat, slice, flat, flatMap and the
 * change-array-by-copy methods toReversed, toSpliced and with (toSorted is in {@link ArraySorting}).
 */
final class ArrayCopyMethods {
  /** Nesting limit of flat/flatMap recursion, so deep arrays cannot overflow the Java stack. */
  private static final int MAX_FLATTEN_DEPTH = 2_000;

  private ArrayCopyMethods() {}

  /** Array.prototype.concat ( ...items ) — https://tc39.es/ecma262/#sec-array.prototype.concat */
  static Object concat(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    JsObject a = ArraySpecies.create(realm, o, 0);
    long n = 0;
    for (int i = -1; i < args.length; i++) {
      Object e = i < 0 ? o : args[i];
      if (isConcatSpreadable(realm, e)) {
        JsObject eo = (JsObject) e;
        long len = ArrayElements.lengthOf(realm, eo);
        if (n + len > MAX_SAFE_INTEGER) {
          throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
        }
        for (long k = 0; k < len; k++, n++) {
          long next = ArrayElements.skipHoles(eo, k, len);
          n += next - k;
          k = next;
          if (k >= len) {
            break;
          }
          Object v = ArrayElements.getIfPresent(realm, eo, k);
          if (v != JsObject.NOT_FOUND) {
            ArrayElements.create(realm, a, n, v);
          }
        }
      } else {
        if (n >= MAX_SAFE_INTEGER) {
          throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
        }
        ArrayElements.create(realm, a, n++, e);
      }
    }
    ArrayElements.setLength(realm, a, n);
    return a;
  }

  /** IsConcatSpreadable ( O ) */
  private static boolean isConcatSpreadable(Realm realm, Object v) {
    if (!(v instanceof JsObject o)) {
      return false;
    }
    Object spreadable = o.get(realm, Symbol.IS_CONCAT_SPREADABLE, o);
    if (spreadable != Undefined.INSTANCE) {
      return TypeConversion.toBoolean(spreadable);
    }
    return ObjectOperations.isArray(realm, o);
  }

  /** Array.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-array.prototype.slice */
  static Object slice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    long k = ArrayElements.relativeIndex(realm, Args.get(args, 0), len, 0);
    long fin = ArrayElements.relativeIndex(realm, Args.get(args, 1), len, len);
    long count = Math.max(fin - k, 0);
    JsObject a = ArraySpecies.create(realm, o, count);
    if (sliceDense(realm, o, a, k, count)) {
      return a;
    }
    long n = 0;
    for (; k < fin; k++, n++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        ArrayElements.create(realm, a, n, v);
      }
    }
    ArrayElements.setLength(realm, a, n);
    return a;
  }

  /**
   * slice between two plain arrays: copy the storage. Reading dense elements runs no user code and
   * a fresh array has nothing to intercept the writes, so this is the spec loop's exact result.
   */
  private static boolean sliceDense(Realm realm, JsObject o, JsObject target, long k, long count) {
    if (!(o instanceof ArrayObject src) || src.sparse != null || !JsObject.protoChainHasNoElements(src)) {
      return false;
    }
    ArrayObject a = ArrayMutationMethods.plainDense(target);
    if (a == null || a.dense != null || a.length() != count || count > Integer.MAX_VALUE - 16) {
      return false;
    }
    Object[] d = src.dense == null ? ArrayObject.NO_ARGS : src.dense;
    long storedEnd = Math.min(k + count, d.length);
    if (storedEnd > k) {
      realm.heap.charge(SizeEstimates.refArray(count));
      ArrayElements.charge(realm, count / ArrayElements.CHUNK);
      a.dense = java.util.Arrays.copyOfRange(d, (int) k, (int) (k + count));
    }
    return true;
  }

  /** Array.prototype.flat ( [ depth ] ) */
  static Object flat(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long sourceLen = ArrayElements.lengthOf(realm, o);
    double depth = 1;
    Object d = Args.get(args, 0);
    if (d != Undefined.INSTANCE) {
      depth = Math.max(0, TypeConversion.toIntegerOrInfinity(realm, d));
    }
    JsObject a = ArraySpecies.create(realm, o, 0);
    flattenIntoArray(realm, a, o, sourceLen, 0, depth, null, Undefined.INSTANCE, 0);
    return a;
  }

  /** Array.prototype.flatMap ( mapperFunction [ , thisArg ] ) */
  static Object flatMap(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long sourceLen = ArrayElements.lengthOf(realm, o);
    JsObject mapper = ArrayElements.callable(realm, Args.get(args, 0));
    JsObject a = ArraySpecies.create(realm, o, 0);
    flattenIntoArray(realm, a, o, sourceLen, 0, 1, mapper, Args.get(args, 1), 0);
    return a;
  }

  /** FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction, thisArg ] ) */
  private static long flattenIntoArray(Realm realm, JsObject target, JsObject source, long sourceLen, long start,
      double depth, JsObject mapper, Object thisArg, int nesting) {
    if (nesting > MAX_FLATTEN_DEPTH) {
      throw Errors.rangeError(realm, Msg.STACK_OVERFLOW);
    }
    long targetIndex = start;
    for (long sourceIndex = 0; (sourceIndex = ArrayElements.skipHoles(source, sourceIndex, sourceLen)) < sourceLen; sourceIndex++) {
      Object element = ArrayElements.getIfPresent(realm, source, sourceIndex);
      if (element == JsObject.NOT_FOUND) {
        continue;
      }
      if (mapper != null) {
        element = mapper.call(thisArg, new Object[] {element, ArrayElements.number(sourceIndex), source});
      }
      if (depth > 0 && ObjectOperations.isArray(realm, element)) {
        JsObject e = (JsObject) element;
        targetIndex = flattenIntoArray(realm, target, e, ArrayElements.lengthOf(realm, e), targetIndex, depth - 1, null,
            Undefined.INSTANCE, nesting + 1);
      } else {
        if (targetIndex >= MAX_SAFE_INTEGER) {
          throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
        }
        ArrayElements.create(realm, target, targetIndex++, element);
      }
    }
    return targetIndex;
  }

  /** Array.prototype.toReversed ( ) */
  static Object toReversed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    ArrayObject a = ArraySpecies.arrayCreate(realm, len);
    for (long k = 0; k < len; k++) {
      ArrayElements.create(realm, a, k, ArrayElements.get(realm, o, len - k - 1));
    }
    return a;
  }

  /** Array.prototype.toSpliced ( start, skipCount, ...items ) */
  static Object toSpliced(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    long start = ArrayElements.relativeIndex(realm, Args.get(args, 0), len, 0);
    int insertCount = Math.max(0, args.length - 2);
    long skipCount;
    if (args.length == 0) {
      skipCount = 0;
    } else if (args.length == 1) {
      skipCount = len - start;
    } else {
      double sc = TypeConversion.toIntegerOrInfinity(realm, args[1]);
      skipCount = (long) Math.min(Math.max(sc, 0), len - start);
    }
    long newLen = len + insertCount - skipCount;
    if (newLen > MAX_SAFE_INTEGER) {
      throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
    }
    ArrayObject a = ArraySpecies.arrayCreate(realm, newLen);
    long i = 0;
    for (; i < start; i++) {
      ArrayElements.create(realm, a, i, ArrayElements.get(realm, o, i));
    }
    for (int j = 0; j < insertCount; j++) {
      ArrayElements.create(realm, a, i++, args[j + 2]);
    }
    for (long r = start + skipCount; i < newLen; i++, r++) {
      ArrayElements.create(realm, a, i, ArrayElements.get(realm, o, r));
    }
    return a;
  }

  /** Array.prototype.with ( index, value ) */
  static Object with(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    double rel = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    double actual = rel >= 0 ? rel : len + rel;
    if (actual >= len || actual < 0) {
      throw Errors.rangeError(realm, Msg.INDEX_OUT_OF_RANGE);
    }
    ArrayObject a = ArraySpecies.arrayCreate(realm, len);
    Object value = Args.get(args, 1);
    for (long k = 0; k < len; k++) {
      ArrayElements.create(realm, a, k, k == (long) actual ? value : ArrayElements.get(realm, o, k));
    }
    return a;
  }
}
