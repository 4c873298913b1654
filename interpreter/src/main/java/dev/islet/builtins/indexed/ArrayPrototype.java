package dev.islet.builtins.indexed;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinTemplate;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.LazyProperties;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * %Array.prototype% — https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object. The
 * methods live in classes by concern: {@link ArrayIterationMethods} (callbacks),
 * {@link ArraySearchMethods}, {@link ArrayMutationMethods} (in place), {@link ArrayCopyMethods}
 * (new arrays), {@link ArraySorting}; the rest (conversions, concat, iterators) is here.
 */
public final class ArrayPrototype {
  private ArrayPrototype() {}

  public static JsObject create(Realm realm) {
    return new ArrayObject(realm, Shape.lazy(realm.objectPrototype(), PROPERTIES.in(realm)));
  }

  /** The properties, created in a realm one by one on first use. */
  private static final LazyProperties PROPERTIES = BuiltinTemplate.create()
      .method("at", 1, ArrayPrototype::at)
      .method("concat", 1, ArrayCopyMethods::concat)
      .method("copyWithin", 2, ArrayMutationMethods::copyWithin)
      .method("entries", 0, ArrayPrototype::entries)
      .method("every", 1, ArrayIterationMethods::every)
      .method("fill", 1, ArrayMutationMethods::fill)
      .method("filter", 1, ArrayIterationMethods::filter)
      .method("find", 1, ArrayIterationMethods::find)
      .method("findIndex", 1, ArrayIterationMethods::findIndex)
      .method("findLast", 1, ArrayIterationMethods::findLast)
      .method("findLastIndex", 1, ArrayIterationMethods::findLastIndex)
      .method("flat", 0, ArrayCopyMethods::flat)
      .method("flatMap", 1, ArrayCopyMethods::flatMap)
      .method("forEach", 1, ArrayIterationMethods::forEach)
      .method("includes", 1, ArraySearchMethods::includes)
      .method("indexOf", 1, ArraySearchMethods::indexOf)
      .method("join", 1, ArrayPrototype::join)
      .method("keys", 0, ArrayPrototype::keys)
      .method("lastIndexOf", 1, ArraySearchMethods::lastIndexOf)
      .method("map", 1, ArrayIterationMethods::map)
      .method("pop", 0, ArrayMutationMethods::pop)
      .method("push", 1, ArrayMutationMethods::push)
      .method("reduce", 1, ArrayIterationMethods::reduce)
      .method("reduceRight", 1, ArrayIterationMethods::reduceRight)
      .method("reverse", 0, ArrayMutationMethods::reverse)
      .method("shift", 0, ArrayMutationMethods::shift)
      .method("slice", 2, ArrayCopyMethods::slice)
      .method("some", 1, ArrayIterationMethods::some)
      .method("sort", 1, ArraySorting::sort)
      .method("splice", 2, ArrayMutationMethods::splice)
      .method("toLocaleString", 0, ArrayPrototype::toLocaleString)
      .method("toReversed", 0, ArrayCopyMethods::toReversed)
      .method("toSorted", 1, ArraySorting::toSorted)
      .method("toSpliced", 2, ArrayCopyMethods::toSpliced)
      .intrinsic("toString", Intrinsic.ARRAY_PROTOTYPE_TO_STRING)
      .method("unshift", 1, ArrayMutationMethods::unshift)
      .intrinsic("values", Intrinsic.ARRAY_PROTOTYPE_VALUES)
      .method("with", 2, ArrayCopyMethods::with)
      .intrinsic(Symbol.ITERATOR, Intrinsic.ARRAY_PROTOTYPE_VALUES)
      .value(Symbol.UNSCOPABLES, Attributes.CONFIGURABLE, (realm, p) -> unscopables(realm))
      .intrinsic("constructor", Intrinsic.ARRAY)
      .build();

  /** %Array.prototype.values%: also Array.prototype[@@iterator] and the arguments objects' @@iterator. */
  public static JsObject createValues(Realm realm) {
    return new NativeFunction(realm, "values", 0, ArrayPrototype::values, false);
  }

  /** %Array.prototype.toString%: also %TypedArray%.prototype.toString. */
  public static JsObject createToString(Realm realm) {
    return new NativeFunction(realm, "toString", 0, ArrayPrototype::toString_, false);
  }

  /** Array.prototype [ @@unscopables ] — https://tc39.es/ecma262/#sec-array.prototype-@@unscopables */
  private static JsObject unscopables(Realm realm) {
    JsObject u = JsObject.ordinary(realm, null);
    String[] names = {
      "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
      "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values",
    };
    for (String n : names) {
      u.defineDirect(realm, n, Boolean.TRUE, Attributes.DEFAULT);
    }
    return u;
  }

  /** Array.prototype.at ( index ) */
  static Object at(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    double rel = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) {
      return Undefined.INSTANCE;
    }
    return ArrayElements.get(realm, o, (long) k);
  }

  /** Array.prototype.entries ( ) */
  static Object entries(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ArrayIteratorPrototype.createArrayIterator(realm, TypeConversion.toObject(realm, thisValue), ArrayIteratorPrototype.ENTRIES);
  }

  /** Array.prototype.keys ( ) */
  static Object keys(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ArrayIteratorPrototype.createArrayIterator(realm, TypeConversion.toObject(realm, thisValue), ArrayIteratorPrototype.KEYS);
  }

  /** Array.prototype.values ( ) */
  static Object values(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ArrayIteratorPrototype.createArrayIterator(realm, TypeConversion.toObject(realm, thisValue), ArrayIteratorPrototype.VALUES);
  }

  /** Array.prototype.join ( separator ) — https://tc39.es/ecma262/#sec-array.prototype.join */
  static Object join(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    Object sepArg = Args.get(args, 0);
    String sep = sepArg == Undefined.INSTANCE ? "," : TypeConversion.toString(realm, sepArg);
    // Not in the spec, as in every engine: a cyclic array joins as "" instead of recursing forever.
    if (!realm.agent.enterJoin(realm, o)) {
      return "";
    }
    try {
      return ArrayElements.join(realm, len, sep, k -> {
        Object e = ArrayElements.get(realm, o, k);
        return e == Undefined.INSTANCE || e == Null.INSTANCE ? null : TypeConversion.toString(realm, e);
      });
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
    // %Object.prototype.toString%: the built-in algorithm, even if the property was replaced or deleted.
    return dev.islet.builtins.fundamental.ObjectPrototype.toString(realm, o, JsObject.NO_ARGS, null);
  }

  /** Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — without ECMA-402. */
  static Object toLocaleString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    if (!realm.agent.enterJoin(realm, o)) {
      return "";
    }
    try {
      return ArrayElements.join(realm, len, ",", k -> {
        Object e = ArrayElements.get(realm, o, k);
        return e == Undefined.INSTANCE || e == Null.INSTANCE ? null
            : TypeConversion.toString(realm, ObjectOperations.invoke(realm, e, "toLocaleString"));
      });
    } finally {
      realm.agent.exitJoin(o);
    }
  }

  /** Fails with a TypeError naming the method when {@code thisValue} cannot be used. */
  static RuntimeException incompatible(Realm realm, String method, Object thisValue) {
    return Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, dev.islet.ops.Describe.value(thisValue));
  }
}
