package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.ArrayElements.callable;
import static dev.islet.builtins.indexed.ArrayElements.number;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * The Array.prototype methods that call a function per element: forEach, map, filter, every, some,
 * reduce, reduceRight and the find family — https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object.
 * Each re-reads the array at every step (the callback may change it), through {@link ArrayElements}.
 */
final class ArrayIterationMethods {
  private ArrayIterationMethods() {}

  private static Object callback(JsObject fn, Object thisArg, Object v, long k, JsObject o) {
    return fn.call(thisArg, new Object[] {v, number(k), o});
  }

  /** Array.prototype.forEach ( callbackfn [ , thisArg ] ) */
  static Object forEach(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    for (long k = 0; (k = ArrayElements.skipHoles(o, k, len)) < len; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        callback(fn, thisArg, v, k, o);
      }
    }
    return Undefined.INSTANCE;
  }

  /** Array.prototype.map ( callbackfn [ , thisArg ] ) */
  static Object map(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    JsObject a = ArraySpecies.create(realm, o, len);
    for (long k = 0; (k = ArrayElements.skipHoles(o, k, len)) < len; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        ArrayElements.create(realm, a, k, callback(fn, thisArg, v, k, o));
      }
    }
    return a;
  }

  /** Array.prototype.filter ( callbackfn [ , thisArg ] ) */
  static Object filter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    JsObject a = ArraySpecies.create(realm, o, 0);
    long to = 0;
    for (long k = 0; (k = ArrayElements.skipHoles(o, k, len)) < len; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        if (TypeConversion.toBoolean(callback(fn, thisArg, v, k, o))) {
          ArrayElements.create(realm, a, to++, v);
        }
      }
    }
    return a;
  }

  /** Array.prototype.every ( callbackfn [ , thisArg ] ) */
  static Object every(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return everyOrSome(realm, thisValue, args, false);
  }

  /** Array.prototype.some ( callbackfn [ , thisArg ] ) */
  static Object some(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return everyOrSome(realm, thisValue, args, true);
  }

  /** every stops at the first false, some at the first true ({@code stopOn}). */
  private static Object everyOrSome(Realm realm, Object thisValue, Object[] args, boolean stopOn) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    for (long k = 0; (k = ArrayElements.skipHoles(o, k, len)) < len; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        if (TypeConversion.toBoolean(callback(fn, thisArg, v, k, o)) == stopOn) {
          return stopOn;
        }
      }
    }
    return !stopOn;
  }

  /** Array.prototype.reduce ( callbackfn [ , initialValue ] ) */
  static Object reduce(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    long k = 0;
    Object acc = JsObject.NOT_FOUND;
    if (args.length >= 2) {
      acc = args[1];
    } else {
      for (; k < len && acc == JsObject.NOT_FOUND; k++) {
        acc = ArrayElements.getIfPresent(realm, o, k);
      }
      if (acc == JsObject.NOT_FOUND) {
        throw Errors.typeError(realm, Msg.REDUCE_EMPTY);
      }
    }
    for (; (k = ArrayElements.skipHoles(o, k, len)) < len; k++) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        acc = fn.call(Undefined.INSTANCE, new Object[] {acc, v, number(k), o});
      }
    }
    return acc;
  }

  /** Array.prototype.reduceRight ( callbackfn [ , initialValue ] ) */
  static Object reduceRight(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    long k = len - 1;
    Object acc = JsObject.NOT_FOUND;
    if (args.length >= 2) {
      acc = args[1];
    } else {
      for (; k >= 0 && acc == JsObject.NOT_FOUND; k--) {
        acc = ArrayElements.getIfPresent(realm, o, k);
      }
      if (acc == JsObject.NOT_FOUND) {
        throw Errors.typeError(realm, Msg.REDUCE_EMPTY);
      }
    }
    for (; k >= 0; k--) {
      Object v = ArrayElements.getIfPresent(realm, o, k);
      if (v != JsObject.NOT_FOUND) {
        acc = fn.call(Undefined.INSTANCE, new Object[] {acc, v, number(k), o});
      }
    }
    return acc;
  }

  /** Array.prototype.find ( predicate [ , thisArg ] ) */
  static Object find(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return findViaPredicate(realm, thisValue, args, false, false);
  }

  /** Array.prototype.findIndex ( predicate [ , thisArg ] ) */
  static Object findIndex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return findViaPredicate(realm, thisValue, args, false, true);
  }

  /** Array.prototype.findLast ( predicate [ , thisArg ] ) */
  static Object findLast(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return findViaPredicate(realm, thisValue, args, true, false);
  }

  /** Array.prototype.findLastIndex ( predicate [ , thisArg ] ) */
  static Object findLastIndex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return findViaPredicate(realm, thisValue, args, true, true);
  }

  private static Object findViaPredicate(Realm realm, Object thisValue, Object[] args, boolean descending, boolean wantIndex) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    return findViaPredicate(realm, o, len, Args.get(args, 0), Args.get(args, 1), descending, wantIndex);
  }

  /** FindViaPredicate ( O, len, direction, predicate, thisArg ) — https://tc39.es/ecma262/#sec-findviapredicate */
  static Object findViaPredicate(Realm realm, JsObject o, long len, Object predicate, Object thisArg, boolean descending, boolean wantIndex) {
    JsObject fn = callable(realm, predicate);
    for (long i = 0; i < len; i++) {
      long k = descending ? len - 1 - i : i;
      Object v = ArrayElements.get(realm, o, k);
      if (TypeConversion.toBoolean(callback(fn, thisArg, v, k, o))) {
        return wantIndex ? number(k) : v;
      }
    }
    return wantIndex ? (Object) (-1) : Undefined.INSTANCE;
  }
}
