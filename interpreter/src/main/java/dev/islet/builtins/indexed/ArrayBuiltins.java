package dev.islet.builtins.indexed;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;

/**
 * The Array constructor and the core of Array.prototype — https://tc39.es/ecma262/#sec-array-objects.
 * The complete Array library (sort, splice, iterators, ES2023 methods …) belongs to the
 * standard-library issue and grows in its own classes beside this one.
 */
public final class ArrayBuiltins {
  private ArrayBuiltins() {}

  public static JsObject createPrototype(Realm realm) {
    return new ArrayObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.ARRAY))
        .method("forEach", 1, ArrayBuiltins::forEach)
        .method("indexOf", 1, ArrayBuiltins::indexOf)
        .method("join", 1, ArrayBuiltins::join)
        .method("map", 1, ArrayBuiltins::map)
        .method("pop", 0, ArrayBuiltins::pop)
        .method("push", 1, ArrayBuiltins::push)
        .method("slice", 2, ArrayBuiltins::slice)
        .method("toString", 0, ArrayBuiltins::toString_)
        .method("keys", 0, (r, t, a, nt) -> ArrayIteratorPrototype.createArrayIterator(r, TypeConversion.toObject(r, t), ArrayIteratorPrototype.KEYS))
        .method("entries", 0, (r, t, a, nt) -> ArrayIteratorPrototype.createArrayIterator(r, TypeConversion.toObject(r, t), ArrayIteratorPrototype.ENTRIES))
        .function("values", realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE_VALUES))
        .function(dev.islet.values.Symbol.ITERATOR, realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE_VALUES))));
  }

  /** %Array.prototype.values%: also Array.prototype[@@iterator] and the arguments objects' @@iterator. */
  public static JsObject createValues(Realm realm) {
    return new NativeFunction(realm, "values", 0, (r, t, a, nt) -> ArrayIteratorPrototype.createArrayIterator(r,
        TypeConversion.toObject(r, t), ArrayIteratorPrototype.VALUES), false);
  }

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Array", ArrayBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Array", 1, realm.arrayPrototype())
        .method("isArray", 1, (r, t, a, nt) -> ObjectOperations.isArray(r, Args.get(a, 0))));
  }

  /** Array ( ...values ) — https://tc39.es/ecma262/#sec-array */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject nt = newTarget != null ? newTarget : realm.intrinsic(Intrinsic.ARRAY);
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, nt, Intrinsic.ARRAY_PROTOTYPE);
    ArrayObject a = new ArrayObject(realm, JsObject.rootShape(realm, proto));
    if (args.length == 1) {
      Object len = args[0];
      if (len instanceof Integer || len instanceof Double) {
        long n = TypeConversion.toUint32(realm, len);
        if (n != ((Number) len).doubleValue()) {
          throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
        }
        a.setLengthUnchecked(n);
      } else {
        a.append(realm, len);
      }
      return a;
    }
    for (Object v : args) {
      a.append(realm, v);
    }
    return a;
  }

  /** Array.prototype.push ( ...items ) */
  static Object push(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof ArrayObject a && a.isDenseAndExtensible() && JsObject.protoChainHasNoElements(a)) {
      for (Object v : args) {
        a.append(realm, v);
      }
      return lengthValue(a.length());
    }
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    if (len + args.length > 9007199254740991L) {
      throw Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
    }
    for (Object v : args) {
      ObjectOperations.setOrThrow(realm, o, PropertyKey.ofLong(len), v);
      len++;
    }
    ObjectOperations.setOrThrow(realm, o, "length", lengthValue(len));
    return lengthValue(len);
  }

  /** Array.prototype.pop ( ) */
  static Object pop(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    if (len == 0) {
      ObjectOperations.setOrThrow(realm, o, "length", 0);
      return Undefined.INSTANCE;
    }
    Object key = PropertyKey.ofLong(len - 1);
    Object element = o.get(realm, key, o);
    ObjectOperations.deletePropertyOrThrow(realm, o, key);
    ObjectOperations.setOrThrow(realm, o, "length", lengthValue(len - 1));
    return element;
  }

  /** Array.prototype.join ( separator ) */
  static Object join(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    Object sepArg = Args.get(args, 0);
    String sep = sepArg == Undefined.INSTANCE ? "," : TypeConversion.toString(realm, sepArg);
    if (!realm.agent.enterJoin(realm, o)) {
      return "";
    }
    try {
      StringBuilder sb = new StringBuilder();
      for (long k = 0; k < len; k++) {
        if (k > 0) {
          sb.append(sep);
        }
        Object e = o.get(realm, PropertyKey.ofLong(k), o);
        int before = sb.length();
        if (e != Undefined.INSTANCE && e != Null.INSTANCE) {
          sb.append(TypeConversion.toJsString(realm, e));
        }
        realm.agent.chargeAppend(realm, sb.length(), sb.length() - before + sep.length());
      }
      return sb.toString();
    } finally {
      realm.agent.exitJoin(o);
    }
  }

  /** Array.prototype.toString ( ) */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    Object f = o.get(realm, "join", o);
    if (f instanceof JsObject fn && fn.isCallable()) {
      return fn.call(o, JsObject.NO_ARGS);
    }
    return ObjectOperations.call(realm, realm.objectPrototype().get(realm, "toString"), o);
  }

  /** Array.prototype.indexOf ( searchElement [ , fromIndex ] ) */
  static Object indexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    if (len == 0) {
      return -1;
    }
    double n = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 1));
    if (n >= len) {
      return -1;
    }
    long k = n >= 0 ? (long) n : Math.max(0, len + (long) Math.max(n, -9.0e15));
    Object target = Args.get(args, 0);
    for (; k < len; k++) {
      Object key = PropertyKey.ofLong(k);
      if (o.hasProperty(realm, key) && SameValue.strictEquals(o.get(realm, key, o), target)) {
        return lengthValue(k);
      }
    }
    return -1;
  }

  /** Array.prototype.slice ( start, end ) — without species support yet. */
  static Object slice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    long k = relativeIndex(realm, Args.get(args, 0), len, 0);
    long fin = Args.get(args, 1) == Undefined.INSTANCE ? len : relativeIndex(realm, args[1], len, len);
    ArrayObject a = ArrayObject.create(realm);
    long n = 0;
    for (; k < fin; k++, n++) {
      Object key = PropertyKey.ofLong(k);
      if (o.hasProperty(realm, key)) {
        ObjectOperations.createDataPropertyOrThrow(realm, a, PropertyKey.ofLong(n), o.get(realm, key, o));
      }
    }
    a.setLengthUnchecked(n);
    return a;
  }

  /** Array.prototype.forEach ( callbackfn [ , thisArg ] ) */
  static Object forEach(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    for (long k = 0; k < len; k++) {
      Object key = PropertyKey.ofLong(k);
      if (o.hasProperty(realm, key)) {
        fn.call(thisArg, new Object[] {o.get(realm, key, o), lengthValue(k), o});
      }
    }
    return Undefined.INSTANCE;
  }

  /** Array.prototype.map ( callbackfn [ , thisArg ] ) — without species support yet. */
  static Object map(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    JsObject fn = callable(realm, Args.get(args, 0));
    Object thisArg = Args.get(args, 1);
    ArrayObject a = ArrayObject.create(realm);
    a.setLengthUnchecked(len);
    for (long k = 0; k < len; k++) {
      Object key = PropertyKey.ofLong(k);
      if (o.hasProperty(realm, key)) {
        Object v = fn.call(thisArg, new Object[] {o.get(realm, key, o), lengthValue(k), o});
        ObjectOperations.createDataPropertyOrThrow(realm, a, key, v);
      }
    }
    return a;
  }

  static JsObject callable(Realm realm, Object f) {
    if (f instanceof JsObject fn && fn.isCallable()) {
      return fn;
    }
    throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(f));
  }

  /** A relative index argument resolved against {@code len}, as slice and friends do. */
  static long relativeIndex(Realm realm, Object arg, long len, long dflt) {
    if (arg == Undefined.INSTANCE) {
      return dflt;
    }
    double rel = TypeConversion.toIntegerOrInfinity(realm, arg);
    if (rel < 0) {
      return (long) Math.max(len + rel, 0);
    }
    return (long) Math.min(rel, len);
  }

  /** A length or index as a JS number. */
  static Object lengthValue(long n) {
    return n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) (double) n;
  }
}
