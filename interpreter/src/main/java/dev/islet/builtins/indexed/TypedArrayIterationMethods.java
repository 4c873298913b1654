package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.ArrayElements.callable;
import static dev.islet.builtins.indexed.TypedArrayCreation.validate;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * The %TypedArray%.prototype methods that call a function per element. The length is fixed when
 * the method starts; each element is read with Get, so a callback that detaches or shrinks the
 * buffer makes later elements read as undefined.
 */
final class TypedArrayIterationMethods {
  private TypedArrayIterationMethods() {}

  private static Object callback(JsObject fn, Object thisArg, Object v, int k, JsObject o) {
    return fn.call(thisArg, new Object[] {v, k, o});
  }

  /** %TypedArray%.prototype.forEach ( callbackfn [ , thisArg ] ) */
  static Object forEach(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.forEach");
    int len = o.length();
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    for (int k = 0; k < len; k++) {
      callback(fn, thisArg, o.getElement(k), k, o);
    }
    return Undefined.INSTANCE;
  }

  /** %TypedArray%.prototype.every ( callbackfn [ , thisArg ] ) */
  static Object every(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return everyOrSome(realm, thisValue, args, false, "%TypedArray%.prototype.every");
  }

  /** %TypedArray%.prototype.some ( callbackfn [ , thisArg ] ) */
  static Object some(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return everyOrSome(realm, thisValue, args, true, "%TypedArray%.prototype.some");
  }

  private static Object everyOrSome(Realm realm, Object thisValue, Object[] args, boolean stopOn, String method) {
    TypedArrayObject o = validate(realm, thisValue, method);
    int len = o.length();
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    for (int k = 0; k < len; k++) {
      if (TypeConversion.toBoolean(callback(fn, thisArg, o.getElement(k), k, o)) == stopOn) {
        return stopOn;
      }
    }
    return !stopOn;
  }

  /** %TypedArray%.prototype.map ( callbackfn [ , thisArg ] ) */
  static Object map(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.map");
    int len = o.length();
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    TypedArrayObject a = TypedArrayCreation.speciesCreate(realm, o, new Object[] {len});
    for (int k = 0; k < len; k++) {
      Object mapped = callback(fn, thisArg, o.getElement(k), k, o);
      a.setElement(realm, k, mapped);
    }
    return a;
  }

  /** %TypedArray%.prototype.filter ( callbackfn [ , thisArg ] ) */
  static Object filter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.filter");
    int len = o.length();
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      mem.charge(SizeEstimates.refArray(len));
      Object[] kept = new Object[len];
      int captured = 0;
      for (int k = 0; k < len; k++) {
        Object v = o.getElement(k);
        if (TypeConversion.toBoolean(callback(fn, thisArg, v, k, o))) {
          kept[captured++] = v;
        }
      }
      TypedArrayObject a = TypedArrayCreation.speciesCreate(realm, o, new Object[] {captured});
      for (int n = 0; n < captured; n++) {
        a.setElement(realm, n, kept[n]);
      }
      return a;
    }
  }

  /** %TypedArray%.prototype.reduce ( callbackfn [ , initialValue ] ) */
  static Object reduce(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.reduce");
    int len = o.length();
    JsObject fn = callable(realm, Args.get(args, 0));
    int k = 0;
    Object acc;
    if (args.length >= 2) {
      acc = args[1];
    } else if (len == 0) {
      throw Errors.typeError(realm, Msg.REDUCE_EMPTY);
    } else {
      acc = o.getElement(k++);
    }
    for (; k < len; k++) {
      acc = fn.call(Undefined.INSTANCE, new Object[] {acc, o.getElement(k), k, o});
    }
    return acc;
  }

  /** %TypedArray%.prototype.reduceRight ( callbackfn [ , initialValue ] ) */
  static Object reduceRight(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.reduceRight");
    int len = o.length();
    JsObject fn = callable(realm, Args.get(args, 0));
    int k = len - 1;
    Object acc;
    if (args.length >= 2) {
      acc = args[1];
    } else if (len == 0) {
      throw Errors.typeError(realm, Msg.REDUCE_EMPTY);
    } else {
      acc = o.getElement(k--);
    }
    for (; k >= 0; k--) {
      acc = fn.call(Undefined.INSTANCE, new Object[] {acc, o.getElement(k), k, o});
    }
    return acc;
  }

  static Object find(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return find(realm, thisValue, args, false, false, "%TypedArray%.prototype.find");
  }

  static Object findIndex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return find(realm, thisValue, args, false, true, "%TypedArray%.prototype.findIndex");
  }

  static Object findLast(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return find(realm, thisValue, args, true, false, "%TypedArray%.prototype.findLast");
  }

  static Object findLastIndex(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return find(realm, thisValue, args, true, true, "%TypedArray%.prototype.findLastIndex");
  }

  private static Object find(Realm realm, Object thisValue, Object[] args, boolean descending, boolean wantIndex, String method) {
    TypedArrayObject o = validate(realm, thisValue, method);
    return ArrayIterationMethods.findViaPredicate(realm, o, o.length(), Args.get(args, 0), Args.get(args, 1), descending, wantIndex);
  }
}
