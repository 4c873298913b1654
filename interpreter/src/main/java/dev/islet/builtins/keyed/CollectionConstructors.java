package dev.islet.builtins.keyed;

import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** The steps the Map, Set, WeakMap and WeakSet constructors share. */
final class CollectionConstructors {
  private CollectionConstructors() {}

  /** Steps 1–2: a TypeError without new, else the prototype from NewTarget (OrdinaryCreateFromConstructor). */
  static JsObject prototype(Realm realm, JsObject newTarget, String name, Intrinsic defaultProto) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, name);
    }
    return ObjectOperations.getPrototypeFromConstructor(realm, newTarget, defaultProto);
  }

  /**
   * The remaining steps: unless {@code iterable} is undefined or null, look up the adder
   * ({@code "set"} for maps, {@code "add"} for sets) on the new collection and call it for each
   * entry or value of the iterable.
   */
  static <T extends JsObject> T fill(Realm realm, T collection, Object iterable, boolean entries) {
    if (iterable == Undefined.INSTANCE || iterable == Null.INSTANCE) {
      return collection;
    }
    Object adder = collection.get(realm, entries ? "set" : "add", collection);
    if (!(adder instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(adder));
    }
    if (entries) {
      addEntriesFromIterable(realm, collection, iterable, fn);
    } else {
      addValuesFromIterable(realm, collection, iterable, fn);
    }
    return collection;
  }

  /** AddEntriesFromIterable ( target, iterable, adder ) — https://tc39.es/ecma262/#sec-add-entries-from-iterable */
  static void addEntriesFromIterable(Realm realm, JsObject target, Object iterable, JsObject adder) {
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIterator(realm, iterable);
    while (true) {
      Object next = IteratorOperations.stepValue(realm, rec);
      if (next == JsObject.NOT_FOUND) {
        return;
      }
      realm.agent.budget.charge(1);
      try {
        if (!(next instanceof JsObject item)) {
          throw Errors.typeError(realm, Msg.ITERATOR_VALUE_NOT_ENTRY, Describe.value(next));
        }
        Object k = item.get(realm, 0, item);
        Object v = item.get(realm, 1, item);
        adder.call(target, new Object[] {k, v});
      } catch (JsThrow t) {
        IteratorOperations.closeOnThrow(realm, rec);
        throw t;
      }
    }
  }

  /** Steps 7–8 of the Set and WeakSet constructors: call {@code adder} on {@code target} for each value. */
  private static void addValuesFromIterable(Realm realm, JsObject target, Object iterable, JsObject adder) {
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIterator(realm, iterable);
    while (true) {
      Object next = IteratorOperations.stepValue(realm, rec);
      if (next == JsObject.NOT_FOUND) {
        return;
      }
      realm.agent.budget.charge(1);
      try {
        adder.call(target, new Object[] {next});
      } catch (JsThrow t) {
        IteratorOperations.closeOnThrow(realm, rec);
        throw t;
      }
    }
  }
}
