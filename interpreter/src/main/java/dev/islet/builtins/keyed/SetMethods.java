package dev.islet.builtins.keyed;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;

/**
 * The ES2025 Set methods: union, intersection, difference, symmetricDifference, isSubsetOf,
 * isSupersetOf, isDisjointFrom — https://tc39.es/ecma262/#sec-set.prototype.union and its siblings.
 * The argument is any set-like object, read through a Set Record (GetSetRecord).
 */
final class SetMethods {
  private SetMethods() {}

  /** A Set Record: [[SetObject]], [[Size]], [[Has]], [[Keys]] — https://tc39.es/ecma262/#sec-set-records */
  private record SetRecord(JsObject set, double size, JsObject has, JsObject keys) {}

  /** GetSetRecord ( obj ) — https://tc39.es/ecma262/#sec-getsetrecord */
  private static SetRecord getSetRecord(Realm realm, Object obj) {
    if (!(obj instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(obj));
    }
    Object rawSize = o.get(realm, "size", o);
    double numSize = TypeConversion.toNumber(realm, rawSize);
    if (Double.isNaN(numSize)) {
      throw Errors.typeError(realm, Msg.SET_LIKE_SIZE_NAN, Describe.value(rawSize));
    }
    double intSize = TypeConversion.toIntegerOrInfinity(realm, numSize);
    if (intSize < 0) {
      throw Errors.rangeError(realm, Msg.SET_LIKE_SIZE_NEGATIVE, Describe.value(rawSize));
    }
    Object has = o.get(realm, "has", o);
    if (!(has instanceof JsObject hasFn) || !hasFn.isCallable()) {
      throw Errors.typeError(realm, Msg.SET_LIKE_NOT_CALLABLE, "has", Describe.value(has));
    }
    Object keys = o.get(realm, "keys", o);
    if (!(keys instanceof JsObject keysFn) || !keysFn.isCallable()) {
      throw Errors.typeError(realm, Msg.SET_LIKE_NOT_CALLABLE, "keys", Describe.value(keys));
    }
    return new SetRecord(o, intSize, hasFn, keysFn);
  }

  /** GetIteratorFromMethod on the set-like's keys(), with a callable next — GetKeysIterator ( setRec ). */
  private static IteratorOperations.IteratorRecord getKeysIterator(Realm realm, SetRecord rec) {
    Object it = rec.keys.call(rec.set, JsObject.NO_ARGS);
    if (!(it instanceof JsObject iterator)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(it));
    }
    Object next = iterator.get(realm, "next", iterator);
    if (!(next instanceof JsObject n) || !n.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(next));
    }
    return new IteratorOperations.IteratorRecord(iterator, next);
  }

  /** The next key of the set-like's iterator with -0 made +0, or NOT_FOUND. */
  private static Object nextKey(Realm realm, IteratorOperations.IteratorRecord keys) {
    Object v = IteratorOperations.stepValue(realm, keys);
    realm.agent.budget.charge(1);
    return v == JsObject.NOT_FOUND ? v : OrderedHashTable.normalize(v);
  }

  private static boolean otherHas(Realm realm, SetRecord rec, Object e) {
    realm.agent.budget.charge(1);
    return TypeConversion.toBoolean(rec.has.call(rec.set, new Object[] {e}));
  }

  /** Set.prototype.union ( other ) */
  static Object union(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.union");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    IteratorOperations.IteratorRecord keys = getKeysIterator(realm, rec);
    OrderedHashTable result = o.data.copy(realm);
    try {
      for (Object k = nextKey(realm, keys); k != JsObject.NOT_FOUND; k = nextKey(realm, keys)) {
        if (!result.has(k)) {
          result.append(realm, k, null);
        }
      }
      return SetBuiltins.create(realm, result);
    } finally {
      result.settle(realm); // also when a callback throws: the table is dropped
    }
  }

  /** Set.prototype.intersection ( other ) */
  static Object intersection(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.intersection");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    OrderedHashTable result = new OrderedHashTable(false).beginTransient();
    try {
      OrderedHashTable data = o.data;
      if (data.size() <= rec.size) {
        OrderedHashTable.Cursor c = data.cursor();
        for (int i = c.next(); i >= 0; i = c.next()) {
          Object e = data.keyAt(i);
          // The has() call may delete and re-add e: it is added to the result at most once.
          if (otherHas(realm, rec, e) && !result.has(e)) {
            result.append(realm, e, null);
          }
        }
      } else {
        IteratorOperations.IteratorRecord keys = getKeysIterator(realm, rec);
        for (Object k = nextKey(realm, keys); k != JsObject.NOT_FOUND; k = nextKey(realm, keys)) {
          if (data.has(k) && !result.has(k)) {
            result.append(realm, k, null);
          }
        }
      }
      return SetBuiltins.create(realm, result);
    } finally {
      result.settle(realm); // also when a callback throws: the table is dropped
    }
  }

  /** Set.prototype.difference ( other ) */
  static Object difference(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.difference");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    OrderedHashTable result = o.data.copy(realm);
    try {
      if (o.data.size() <= rec.size) {
        // Walk the private copy: only this loop removes from it, so its indices stay put.
        int n = result.usedSlots();
        for (int i = 0; i < n; i++) {
          Object e = result.keyAt(i);
          if (e != null && otherHas(realm, rec, e)) {
            result.remove(e);
          }
        }
      } else {
        IteratorOperations.IteratorRecord keys = getKeysIterator(realm, rec);
        for (Object k = nextKey(realm, keys); k != JsObject.NOT_FOUND; k = nextKey(realm, keys)) {
          result.remove(k);
        }
      }
      return SetBuiltins.create(realm, result);
    } finally {
      result.settle(realm); // also when a callback throws: the table is dropped
    }
  }

  /** Set.prototype.symmetricDifference ( other ) */
  static Object symmetricDifference(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.symmetricDifference");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    IteratorOperations.IteratorRecord keys = getKeysIterator(realm, rec);
    OrderedHashTable result = o.data.copy(realm);
    try {
      for (Object k = nextKey(realm, keys); k != JsObject.NOT_FOUND; k = nextKey(realm, keys)) {
        boolean alreadyInResult = result.has(k);
        if (o.data.has(k)) {
          if (alreadyInResult) {
            result.remove(k);
          }
        } else if (!alreadyInResult) {
          result.append(realm, k, null);
        }
      }
      return SetBuiltins.create(realm, result);
    } finally {
      result.settle(realm); // also when a callback throws: the table is dropped
    }
  }

  /** Set.prototype.isSubsetOf ( other ) */
  static Object isSubsetOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.isSubsetOf");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    if (o.data.size() > rec.size) {
      return false;
    }
    OrderedHashTable.Cursor c = o.data.cursor();
    for (int i = c.next(); i >= 0; i = c.next()) {
      if (!otherHas(realm, rec, o.data.keyAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Set.prototype.isSupersetOf ( other ) */
  static Object isSupersetOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.isSupersetOf");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    if (o.data.size() < rec.size) {
      return false;
    }
    IteratorOperations.IteratorRecord keys = getKeysIterator(realm, rec);
    for (Object k = nextKey(realm, keys); k != JsObject.NOT_FOUND; k = nextKey(realm, keys)) {
      if (!o.data.has(k)) {
        IteratorOperations.close(realm, keys);
        return false;
      }
    }
    return true;
  }

  /** Set.prototype.isDisjointFrom ( other ) */
  static Object isDisjointFrom(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject o = SetBuiltins.thisSet(realm, thisValue, "Set.prototype.isDisjointFrom");
    SetRecord rec = getSetRecord(realm, Args.get(args, 0));
    if (o.data.size() <= rec.size) {
      OrderedHashTable.Cursor c = o.data.cursor();
      for (int i = c.next(); i >= 0; i = c.next()) {
        if (otherHas(realm, rec, o.data.keyAt(i))) {
          return false;
        }
      }
    } else {
      IteratorOperations.IteratorRecord keys = getKeysIterator(realm, rec);
      for (Object k = nextKey(realm, keys); k != JsObject.NOT_FOUND; k = nextKey(realm, keys)) {
        if (o.data.has(k)) {
          IteratorOperations.close(realm, keys);
          return false;
        }
      }
    }
    return true;
  }
}
