package dev.islet.builtins.indexed;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** ArrayCreate and ArraySpeciesCreate — https://tc39.es/ecma262/#sec-arrayspeciescreate. */
final class ArraySpecies {
  private ArraySpecies() {}

  /** ArrayCreate ( length ) with %Array.prototype%: a RangeError past 2^32 - 1. */
  static ArrayObject arrayCreate(Realm realm, long length) {
    if (length > PropertyKey.MAX_ARRAY_LENGTH) {
      throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
    }
    ArrayObject a = ArrayObject.create(realm);
    a.setLengthUnchecked(length);
    return a;
  }

  /** ArrayCreate ( length, proto ). */
  static ArrayObject arrayCreate(Realm realm, long length, JsObject proto) {
    if (length > PropertyKey.MAX_ARRAY_LENGTH) {
      throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
    }
    ArrayObject a = new ArrayObject(realm, JsObject.rootShape(realm, proto));
    a.setLengthUnchecked(length);
    return a;
  }

  /** ArraySpeciesCreate ( originalArray, length ) — https://tc39.es/ecma262/#sec-arrayspeciescreate */
  static JsObject create(Realm realm, JsObject original, long length) {
    // 1.–2. If IsArray(originalArray) is false, return ? ArrayCreate(length).
    if (!ObjectOperations.isArray(realm, original)) {
      return arrayCreate(realm, length);
    }
    // 3. Let C be ? Get(originalArray, "constructor").
    Object c = original.get(realm, "constructor", original);
    // 4. If IsConstructor(C): a constructor of another realm's %Array% means "a plain array here".
    if (c instanceof JsObject co && co.isConstructor()) {
      Realm cRealm = ObjectOperations.getFunctionRealm(realm, co);
      if (cRealm != realm && co == cRealm.intrinsic(Intrinsic.ARRAY)) {
        c = Undefined.INSTANCE;
      }
    }
    // 5. If C is an Object, set C to ? Get(C, @@species); null becomes undefined.
    if (c instanceof JsObject co) {
      c = co.get(realm, Symbol.SPECIES, co);
      if (c == Null.INSTANCE) {
        c = Undefined.INSTANCE;
      }
    }
    // 6. If C is undefined, return ? ArrayCreate(length).
    if (c == Undefined.INSTANCE) {
      return arrayCreate(realm, length);
    }
    // 7. If IsConstructor(C) is false, throw a TypeError exception.
    if (!(c instanceof JsObject ctor) || !ctor.isConstructor()) {
      throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(c));
    }
    // 8. Return ? Construct(C, « 𝔽(length) »).
    return ObjectOperations.construct(realm, ctor, new Object[] {ArrayElements.number(length)}, null);
  }
}
