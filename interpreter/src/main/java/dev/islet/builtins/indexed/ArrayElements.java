package dev.islet.builtins.indexed;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * Element access shared by the Array methods: the spec's HasProperty/Get/Set/DeletePropertyOrThrow on
 * an index, with an allocation-free fast path for present elements of dense arrays. Each fast path
 * is exactly the generic step for that case (a dense element is a writable, enumerable,
 * configurable data property), so callbacks that reshape the array in the middle of a loop are
 * seen, as the spec requires. Every access charges one unit of CPU budget: the loops over
 * array-likes run up to 2^53 - 1 steps.
 */
final class ArrayElements {
  /** 2^53 - 1, the largest length of an array-like. */
  static final long MAX_SAFE_INTEGER = 9007199254740991L;
  /** Charge the CPU budget once per this many elements in tight loops. */
  static final int CHUNK = 64;

  private ArrayElements() {}

  /** Get ( O, ! ToString(𝔽(k)) ). */
  static Object get(Realm realm, JsObject o, long k) {
    realm.agent.budget.charge(1);
    if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE) {
      Object v = a.getDenseOrNotFound((int) k);
      if (v != JsObject.NOT_FOUND) {
        return v;
      }
    }
    return o.get(realm, PropertyKey.ofLong(k), o);
  }

  /**
   * HasProperty ( O, Pk ) and, if present, Get ( O, Pk ): the value, or {@link JsObject#NOT_FOUND}
   * when the index is absent (the step "If kPresent is true" of most iteration methods).
   */
  static Object getIfPresent(Realm realm, JsObject o, long k) {
    realm.agent.budget.charge(1);
    if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE) {
      Object v = a.getDenseOrNotFound((int) k);
      if (v != JsObject.NOT_FOUND) {
        return v;
      }
    }
    Object key = PropertyKey.ofLong(k);
    if (!o.hasProperty(realm, key)) {
      return JsObject.NOT_FOUND;
    }
    return o.get(realm, key, o);
  }

  /**
   * The first index at or after {@code k} (below {@code len}) that a HasProperty loop must visit:
   * past the dense storage of an array with no elements on its prototypes, every index is a hole,
   * and skipping them runs no user code, so the loop may jump to {@code len}. Otherwise {@code k}.
   */
  static long skipHoles(JsObject o, long k, long len) {
    if (o instanceof ArrayObject a && a.sparse == null && (a.dense == null || k >= a.dense.length)
        && JsObject.protoChainHasNoElements(a)) {
      return len;
    }
    return k;
  }

  /** HasProperty ( O, ! ToString(𝔽(k)) ). */
  static boolean has(Realm realm, JsObject o, long k) {
    realm.agent.budget.charge(1);
    if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE && a.getDenseOrNotFound((int) k) != JsObject.NOT_FOUND) {
      return true;
    }
    return o.hasProperty(realm, PropertyKey.ofLong(k));
  }

  /** Set ( O, ! ToString(𝔽(k)), v, true ). */
  static void set(Realm realm, JsObject o, long k, Object v) {
    realm.agent.budget.charge(1);
    if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE && a.setDense(realm, (int) k, v)) {
      return;
    }
    ObjectOperations.setOrThrow(realm, o, PropertyKey.ofLong(k), v);
  }

  /** CreateDataPropertyOrThrow ( A, ! ToString(𝔽(k)), v ). */
  static void create(Realm realm, JsObject a, long k, Object v) {
    realm.agent.budget.charge(1);
    // On an array with no elements on its prototype chain, a dense store is the same as defining a
    // default data property (setDense declines every other case).
    if (a instanceof ArrayObject arr && k <= Integer.MAX_VALUE && arr.setDense(realm, (int) k, v)) {
      return;
    }
    ObjectOperations.createDataPropertyOrThrow(realm, a, PropertyKey.ofLong(k), v);
  }

  /** DeletePropertyOrThrow ( O, ! ToString(𝔽(k)) ). */
  static void delete(Realm realm, JsObject o, long k) {
    realm.agent.budget.charge(1);
    ObjectOperations.deletePropertyOrThrow(realm, o, PropertyKey.ofLong(k));
  }

  /** Set ( O, "length", 𝔽(len), true ). */
  static void setLength(Realm realm, JsObject o, long len) {
    ObjectOperations.setOrThrow(realm, o, "length", number(len));
  }

  /** LengthOfArrayLike ( O ). */
  static long lengthOf(Realm realm, JsObject o) {
    return ObjectOperations.lengthOfArrayLike(realm, o);
  }

  /** An index or length as a JS Number. */
  static Object number(long n) {
    return n >= 0 && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) (double) n;
  }

  /** IsCallable check of a callback argument, with a TypeError naming it. */
  static JsObject callable(Realm realm, Object f) {
    if (f instanceof JsObject fn && fn.isCallable()) {
      return fn;
    }
    throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(f));
  }

  /**
   * A relative index argument resolved against {@code len} (slice, fill, splice …): negative
   * counts from the end; the result is clamped to 0 .. len. Undefined gives {@code dflt}.
   */
  static long relativeIndex(Realm realm, Object arg, long len, long dflt) {
    if (arg == Undefined.INSTANCE) {
      return dflt;
    }
    return clampRelative(TypeConversion.toIntegerOrInfinity(realm, arg), len);
  }

  /** Resolves a relative integer (already ToIntegerOrInfinity) against {@code len}, clamped to 0 .. len. */
  static long clampRelative(double rel, long len) {
    if (rel < 0) {
      double r = len + rel;
      return r <= 0 ? 0 : (long) r;
    }
    return rel >= len ? len : (long) rel;
  }

  /** The text of element {@code k} for a join, or null for an empty one. */
  @FunctionalInterface
  interface ElementText {
    String at(long k);
  }

  /**
   * The loop of Array.prototype.join and the toLocaleString methods: the texts of elements
   * 0 .. len-1 separated by {@code sep}, charged to the heap and budget as the string grows.
   */
  static String join(Realm realm, long len, String sep, ElementText text) {
    StringBuilder sb = new StringBuilder();
    for (long k = 0; k < len; k++) {
      if (k > 0 && !sep.isEmpty()) {
        realm.agent.chargeAppend(realm, (long) sb.length() + sep.length(), sep.length());
        sb.append(sep);
      }
      String s = text.at(k);
      if (s != null) {
        realm.agent.chargeAppend(realm, (long) sb.length() + s.length(), s.length());
        sb.append(s);
      } else {
        charge(realm, 1);
      }
    }
    return sb.toString();
  }

  /** Charges the CPU budget for {@code n} element steps of a built-in. */
  static void charge(Realm realm, long n) {
    realm.agent.budget.charge(n);
  }
}
