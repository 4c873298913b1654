package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.ArrayElements.number;

import dev.islet.builtins.support.Args;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;

/**
 * Array.prototype.indexOf, lastIndexOf and includes. Comparing runs no user code, so on a dense
 * array whose prototypes have no elements the scan reads the element storage directly.
 */
final class ArraySearchMethods {
  private ArraySearchMethods() {}

  /** The dense storage of {@code o} when a scan may read it directly, else null. */
  private static Object[] scannable(JsObject o) {
    if (o instanceof ArrayObject a && a.sparse == null && JsObject.protoChainHasNoElements(a)) {
      Object[] d = a.dense;
      return d == null ? ArrayObject.NO_ARGS : d;
    }
    return null;
  }

  /** The start index of a forward search: ToIntegerOrInfinity(fromIndex) resolved against len (-1: none). */
  private static long forwardStart(Realm realm, Object fromIndex, long len) {
    double n = TypeConversion.toIntegerOrInfinity(realm, fromIndex);
    if (n == Double.POSITIVE_INFINITY || n >= len) {
      return -1;
    }
    return ArrayElements.clampRelative(n, len);
  }

  /** The start of a backward search: fromIndex (if passed) resolved against len; negative when there is none. */
  static long backwardStart(Realm realm, Object[] args, long len) {
    double n = args.length > 1 ? TypeConversion.toIntegerOrInfinity(realm, args[1]) : len - 1;
    if (n == Double.NEGATIVE_INFINITY) {
      return -1;
    }
    return n >= 0 ? (long) Math.min(n, len - 1) : (long) Math.max(len + n, -1);
  }

  /** Array.prototype.indexOf ( searchElement [ , fromIndex ] ) */
  static Object indexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (len == 0) {
      return -1;
    }
    long k = forwardStart(realm, Args.get(args, 1), len);
    if (k < 0) {
      return -1;
    }
    Object target = Args.get(args, 0);
    Object[] d = scannable(o);
    if (d != null) {
      long end = Math.min(len, d.length);
      ArrayElements.charge(realm, (end - k) / ArrayElements.CHUNK);
      for (int i = (int) k; i < end; i++) {
        Object v = d[i];
        if (v != null && SameValue.strictEquals(v, target)) {
          return i;
        }
      }
      return -1;
    }
    for (; k < len; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND && SameValue.strictEquals(v, target)) {
        return number(k);
      }
    }
    return -1;
  }

  /** Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) */
  static Object lastIndexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (len == 0) {
      return -1;
    }
    long k = backwardStart(realm, args, len);
    Object target = Args.get(args, 0);
    Object[] d = scannable(o);
    if (d != null) {
      ArrayElements.charge(realm, Math.max(0, k) / ArrayElements.CHUNK);
      for (long i = Math.min(k, d.length - 1L); i >= 0; i--) {
        Object v = d[(int) i];
        if (v != null && SameValue.strictEquals(v, target)) {
          return (int) i;
        }
      }
      return -1;
    }
    for (; k >= 0; k--) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND && SameValue.strictEquals(v, target)) {
        return number(k);
      }
    }
    return -1;
  }

  /** Array.prototype.includes ( searchElement [ , fromIndex ] ) */
  static Object includes(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (len == 0) {
      return false;
    }
    long k = forwardStart(realm, Args.get(args, 1), len);
    if (k < 0) {
      return false;
    }
    Object target = Args.get(args, 0);
    Object[] d = scannable(o);
    if (d != null) {
      long end = Math.min(len, d.length);
      ArrayElements.charge(realm, (end - k) / ArrayElements.CHUNK);
      for (int i = (int) k; i < end; i++) {
        // A hole reads as undefined here (includes uses Get, not HasProperty).
        Object v = d[i] == null ? Undefined.INSTANCE : d[i];
        if (SameValue.sameValueZero(v, target)) {
          return true;
        }
      }
      return end < len && target == Undefined.INSTANCE;
    }
    for (; k < len; k++) {
      if (SameValue.sameValueZero(ArrayElements.get(realm, o, k), target)) {
        return true;
      }
    }
    return false;
  }
}
