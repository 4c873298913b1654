package dev.islet.builtins.indexed;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** The Array constructor — https://tc39.es/ecma262/#sec-array-constructor. */
public final class ArrayConstructor {
  private ArrayConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "Array", ArrayConstructor::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Array", 1, realm.arrayPrototype())
        .method("from", 1, ArrayConstructor::from)
        .method("fromAsync", 1, ArrayFromAsync::fromAsync)
        .method("isArray", 1, ArrayConstructor::isArray)
        .method("of", 0, ArrayConstructor::of)
        .getter(Symbol.SPECIES, ArrayConstructor::species));
  }

  /** Array ( ...values ) — https://tc39.es/ecma262/#sec-array */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    // 1.–2. The prototype comes from NewTarget (the active function when called).
    JsObject proto = newTarget == null || newTarget == realm.intrinsic(Intrinsic.ARRAY)
        ? realm.arrayPrototype()
        : ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.ARRAY_PROTOTYPE);
    ArrayObject a = ArraySpecies.arrayCreate(realm, 0, proto);
    if (args.length == 1) {
      Object len = args[0];
      // 4.c–d. A non-Number single argument is the one element.
      if (!(len instanceof Integer || len instanceof Double)) {
        a.append(realm, len);
        return a;
      }
      // 4.e. ToUint32 must give back the same number, else RangeError.
      long n = TypeConversion.toUint32(realm, len);
      if (n != ((Number) len).doubleValue()) {
        throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
      }
      a.setLengthUnchecked(n);
      return a;
    }
    if (args.length > 0) {
      // 5. A list of elements: one dense block.
      realm.heap.charge(dev.islet.heap.SizeEstimates.refArray(args.length));
      a.dense = args.clone();
      a.setLengthUnchecked(args.length);
    }
    return a;
  }

  /** Array.isArray ( arg ) */
  static Object isArray(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ObjectOperations.isArray(realm, Args.get(args, 0));
  }

  /** get Array [ @@species ] */
  static Object species(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisValue;
  }

  /** Construct ( C, « len » ) when C is a constructor, else ArrayCreate ( len ) (from, of). */
  static JsObject constructOrCreate(Realm realm, Object c, Object[] ctorArgs, long len) {
    if (c instanceof JsObject ctor && ctor.isConstructor()) {
      return ObjectOperations.construct(realm, ctor, ctorArgs, null);
    }
    return ArraySpecies.arrayCreate(realm, len);
  }

  /** Array.of ( ...items ) — https://tc39.es/ecma262/#sec-array.of */
  static Object of(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    int len = args.length;
    JsObject a = constructOrCreate(realm, thisValue, new Object[] {len}, len);
    for (int k = 0; k < len; k++) {
      ArrayElements.create(realm, a, k, args[k]);
    }
    ArrayElements.setLength(realm, a, len);
    return a;
  }

  /** Array.from ( items [ , mapfn [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-array.from */
  static Object from(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object items = Args.get(args, 0);
    Object mapfn = Args.get(args, 1);
    Object thisArg = Args.get(args, 2);
    JsObject mapper = mapfn == Undefined.INSTANCE ? null : ArrayElements.callable(realm, mapfn);
    // 4. Iterables first.
    Object usingIterator = ObjectOperations.getMethod(realm, items, Symbol.ITERATOR);
    if (usingIterator != Undefined.INSTANCE) {
      JsObject a = constructOrCreate(realm, thisValue, JsObject.NO_ARGS, 0);
      IteratorRecord rec = IteratorOperations.getIteratorFromMethod(realm, items, usingIterator);
      long k = 0;
      while (true) {
        if (k >= ArrayElements.MAX_SAFE_INTEGER) {
          JsThrow error = Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW);
          IteratorOperations.closeOnThrow(realm, rec);
          throw error;
        }
        Object next = IteratorOperations.stepValue(realm, rec);
        if (next == JsObject.NOT_FOUND) {
          ArrayElements.setLength(realm, a, k);
          return a;
        }
        try {
          Object mapped = mapper == null ? next : mapper.call(thisArg, new Object[] {next, ArrayElements.number(k)});
          ArrayElements.create(realm, a, k, mapped);
        } catch (JsThrow t) {
          IteratorOperations.closeOnThrow(realm, rec);
          throw t;
        }
        k++;
      }
    }
    // 5.–13. An array-like.
    JsObject arrayLike = TypeConversion.toObject(realm, items);
    long len = ArrayElements.lengthOf(realm, arrayLike);
    JsObject a = constructOrCreate(realm, thisValue, new Object[] {ArrayElements.number(len)}, len);
    for (long k = 0; k < len; k++) {
      Object v = ArrayElements.get(realm, arrayLike, k);
      Object mapped = mapper == null ? v : mapper.call(thisArg, new Object[] {v, ArrayElements.number(k)});
      ArrayElements.create(realm, a, k, mapped);
    }
    ArrayElements.setLength(realm, a, len);
    return a;
  }
}
