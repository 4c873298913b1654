package dev.islet.builtins.indexed;

import static dev.islet.builtins.indexed.TypedArrayCreation.validate;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.SameValue;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * %TypedArray.prototype% — https://tc39.es/ecma262/#sec-properties-of-the-%typedarrayprototype%-object.
 * The accessors, searching, join and in-place fill/reverse are here; callbacks are in
 * {@link TypedArrayIterationMethods}, copies and sorting in {@link TypedArrayCopyMethods}.
 */
public final class TypedArrayPrototype {
  private TypedArrayPrototype() {}

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      NativeFunction values = new NativeFunction(realm, "values", 0, TypedArrayPrototype::values, false);
      BuiltinInstaller.on(realm, p)
          .method("at", 1, TypedArrayPrototype::at)
          .getter("buffer", TypedArrayPrototype::buffer)
          .getter("byteLength", TypedArrayPrototype::byteLength)
          .getter("byteOffset", TypedArrayPrototype::byteOffset)
          .function("constructor", realm.intrinsic(Intrinsic.TYPED_ARRAY))
          .method("copyWithin", 2, TypedArrayCopyMethods::copyWithin)
          .method("entries", 0, TypedArrayPrototype::entries)
          .method("every", 1, TypedArrayIterationMethods::every)
          .method("fill", 1, TypedArrayPrototype::fill)
          .method("filter", 1, TypedArrayIterationMethods::filter)
          .method("find", 1, TypedArrayIterationMethods::find)
          .method("findIndex", 1, TypedArrayIterationMethods::findIndex)
          .method("findLast", 1, TypedArrayIterationMethods::findLast)
          .method("findLastIndex", 1, TypedArrayIterationMethods::findLastIndex)
          .method("forEach", 1, TypedArrayIterationMethods::forEach)
          .method("includes", 1, TypedArrayPrototype::includes)
          .method("indexOf", 1, TypedArrayPrototype::indexOf)
          .method("join", 1, TypedArrayPrototype::join)
          .method("keys", 0, TypedArrayPrototype::keys)
          .method("lastIndexOf", 1, TypedArrayPrototype::lastIndexOf)
          .getter("length", TypedArrayPrototype::length)
          .method("map", 1, TypedArrayIterationMethods::map)
          .method("reduce", 1, TypedArrayIterationMethods::reduce)
          .method("reduceRight", 1, TypedArrayIterationMethods::reduceRight)
          .method("reverse", 0, TypedArrayPrototype::reverse)
          .method("set", 1, TypedArrayCopying::set)
          .method("slice", 2, TypedArrayCopyMethods::slice)
          .method("some", 1, TypedArrayIterationMethods::some)
          .method("sort", 1, TypedArrayCopyMethods::sort)
          .method("subarray", 2, TypedArrayCopyMethods::subarray)
          .method("toLocaleString", 0, TypedArrayPrototype::toLocaleString)
          .method("toReversed", 0, TypedArrayCopyMethods::toReversed)
          .method("toSorted", 1, TypedArrayCopyMethods::toSorted)
          .function("toString", realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE_TO_STRING))
          .function("values", values)
          .method("with", 2, TypedArrayCopyMethods::with)
          .function(Symbol.ITERATOR, values)
          .getter(Symbol.TO_STRING_TAG, TypedArrayPrototype::toStringTag);
    }));
  }

  // ------------------------------------------------------------------ accessors

  static Object buffer(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return TypedArrayCreation.require(realm, thisValue, "get %TypedArray%.prototype.buffer").buffer;
  }

  static Object byteLength(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return TypedArrayCreation.require(realm, thisValue, "get %TypedArray%.prototype.byteLength").byteLength();
  }

  static Object byteOffset(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = TypedArrayCreation.require(realm, thisValue, "get %TypedArray%.prototype.byteOffset");
    return o.lengthOrOutOfBounds() < 0 ? 0 : o.byteOffset;
  }

  static Object length(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return TypedArrayCreation.require(realm, thisValue, "get %TypedArray%.prototype.length").length();
  }

  /** get %TypedArray%.prototype [ @@toStringTag ]: the name, or undefined for anything else. */
  static Object toStringTag(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisValue instanceof TypedArrayObject o ? o.type.typedArrayName : Undefined.INSTANCE;
  }

  // ------------------------------------------------------------------ iterators

  static Object entries(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ArrayIteratorPrototype.createArrayIterator(realm, validate(realm, thisValue, "%TypedArray%.prototype.entries"), ArrayIteratorPrototype.ENTRIES);
  }

  static Object keys(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ArrayIteratorPrototype.createArrayIterator(realm, validate(realm, thisValue, "%TypedArray%.prototype.keys"), ArrayIteratorPrototype.KEYS);
  }

  static Object values(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ArrayIteratorPrototype.createArrayIterator(realm, validate(realm, thisValue, "%TypedArray%.prototype.values"), ArrayIteratorPrototype.VALUES);
  }

  // ------------------------------------------------------------------ reading

  /** %TypedArray%.prototype.at ( index ) */
  static Object at(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.at");
    int len = o.length();
    double rel = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) {
      return Undefined.INSTANCE;
    }
    return o.getElement(k);
  }

  /** %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] ) */
  static Object includes(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.includes");
    long len = o.length();
    if (len == 0) {
      return false;
    }
    double n = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 1));
    if (n == Double.POSITIVE_INFINITY || n >= len) {
      return false;
    }
    Object target = Args.get(args, 0);
    for (long k = ArrayElements.clampRelative(n, len); k < len; k++) {
      // Get: an index past a shrunk buffer reads as undefined.
      if (SameValue.sameValueZero(o.getElement(k), target)) {
        return true;
      }
      chargeStep(realm, k);
    }
    return false;
  }

  /** %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] ) */
  static Object indexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.indexOf");
    long len = o.length();
    if (len == 0) {
      return -1;
    }
    double n = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 1));
    if (n == Double.POSITIVE_INFINITY || n >= len) {
      return -1;
    }
    Object target = Args.get(args, 0);
    if (!isNumeric(target)) {
      return -1;
    }
    // HasProperty is false past the current length: nothing below runs user code, so read it once.
    long end = Math.min(len, Math.max(0, o.lengthOrOutOfBounds()));
    for (long k = ArrayElements.clampRelative(n, len); k < end; k++) {
      if (SameValue.strictEquals(o.getValid((int) k), target)) {
        return (int) k;
      }
      chargeStep(realm, k);
    }
    return -1;
  }

  /** %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) */
  static Object lastIndexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.lastIndexOf");
    long len = o.length();
    if (len == 0) {
      return -1;
    }
    long k = ArraySearchMethods.backwardStart(realm, args, len);
    Object target = Args.get(args, 0);
    if (k < 0 || !isNumeric(target)) {
      return -1;
    }
    int current = o.lengthOrOutOfBounds();
    for (; k >= 0; k--) {
      if (k < current && SameValue.strictEquals(o.getValid((int) k), target)) {
        return (int) k;
      }
      chargeStep(realm, k);
    }
    return -1;
  }

  private static boolean isNumeric(Object v) {
    return v instanceof Integer || v instanceof Double || v instanceof java.math.BigInteger;
  }

  private static void chargeStep(Realm realm, long k) {
    if ((k & (ArrayElements.CHUNK - 1)) == 0) {
      realm.agent.budget.charge(ArrayElements.CHUNK);
    }
  }

  /** %TypedArray%.prototype.join ( separator ) */
  static Object join(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.join");
    long len = o.length();
    Object sepArg = Args.get(args, 0);
    String sep = sepArg == Undefined.INSTANCE ? "," : TypeConversion.toString(realm, sepArg);
    return ArrayElements.join(realm, len, sep, k -> {
      Object e = o.getElement(k);
      return e == Undefined.INSTANCE ? null : TypeConversion.toString(realm, e);
    });
  }

  /** %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — without ECMA-402. */
  static Object toLocaleString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.toLocaleString");
    long len = o.length();
    return ArrayElements.join(realm, len, ",", k -> {
      Object e = o.getElement(k);
      return e == Undefined.INSTANCE ? null : TypeConversion.toString(realm, ObjectOperations.invoke(realm, e, "toLocaleString"));
    });
  }

  // ------------------------------------------------------------------ in place

  /** %TypedArray%.prototype.fill ( value [ , start [ , end ] ] ) */
  static Object fill(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.fill");
    long len = o.length();
    Object value = o.type.toNumeric(realm, Args.get(args, 0));
    long k = ArrayElements.relativeIndex(realm, Args.get(args, 1), len, 0);
    long fin = ArrayElements.relativeIndex(realm, Args.get(args, 2), len, len);
    // The conversions may have shrunk or detached the buffer.
    int current = o.lengthOrOutOfBounds();
    if (current < 0) {
      throw Errors.typeError(realm, Msg.TYPED_ARRAY_OUT_OF_BOUNDS);
    }
    fin = Math.min(fin, current);
    realm.agent.budget.charge(1 + ((fin - k) >> 4));
    for (; k < fin; k++) {
      o.setValid((int) k, value);
    }
    return o;
  }

  /** %TypedArray%.prototype.reverse ( ) */
  static Object reverse(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TypedArrayObject o = validate(realm, thisValue, "%TypedArray%.prototype.reverse");
    int len = o.length();
    int size = o.type.size;
    byte[] d = o.buffer.data();
    realm.agent.budget.charge(1 + (len >> 4));
    for (int lo = 0, hi = len - 1; lo < hi; lo++, hi--) {
      int a = o.byteOffset + lo * size;
      int b = o.byteOffset + hi * size;
      for (int i = 0; i < size; i++) {
        byte t = d[a + i];
        d[a + i] = d[b + i];
        d[b + i] = t;
      }
    }
    return o;
  }
}
