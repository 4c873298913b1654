package dev.islet.builtins.keyed;

import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/** GroupBy ( items, callback, keyCoercion ) — https://tc39.es/ecma262/#sec-groupby, shared by Map.groupBy and Object.groupBy. */
public final class GroupBy {
  private static final double MAX_SAFE_INTEGER = 9007199254740991d;

  private GroupBy() {}

  /**
   * Groups the values of {@code items} by the key {@code callback} gives each. The result maps each
   * key (a property key when {@code propertyKeys}, else a value with -0 made +0), in first-seen
   * order, to an {@code ArrayList<Object>} of its values.
   */
  public static OrderedHashTable groupBy(Realm realm, Object items, Object callback, boolean propertyKeys) {
    if (items == Undefined.INSTANCE || items == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, Describe.value(items));
    }
    if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callback));
    }
    // Until it returns, what it collects is reachable only from here: charged as transient heap.
    OrderedHashTable groups = new OrderedHashTable(true).beginTransient();
    long held = 0;
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIterator(realm, items);
    try {
      double k = 0;
      while (true) {
        if (k >= MAX_SAFE_INTEGER) {
          JsThrow error = Errors.typeError(realm, Msg.GROUP_BY_TOO_MANY);
          IteratorOperations.closeOnThrow(realm, rec);
          throw error;
        }
        Object value = IteratorOperations.stepValue(realm, rec);
        if (value == JsObject.NOT_FOUND) {
          return groups;
        }
        realm.agent.budget.charge(1);
        Object key;
        try {
          Object index = k < Integer.MAX_VALUE ? (Object) (int) k : (Object) k;
          key = fn.call(Undefined.INSTANCE, new Object[] {value, index});
          if (propertyKeys) {
            key = TypeConversion.toPropertyKey(realm, key);
          }
        } catch (JsThrow t) {
          IteratorOperations.closeOnThrow(realm, rec);
          throw t;
        }
        int i = groups.find(key);
        ArrayList<Object> list;
        if (i >= 0) {
          @SuppressWarnings("unchecked")
          ArrayList<Object> existing = (ArrayList<Object>) groups.valueAt(i);
          list = existing;
        } else {
          list = new ArrayList<>();
          groups.put(realm, key, list);
        }
        realm.heap.chargeTransient(SizeEstimates.REFERENCE * 2);
        held += SizeEstimates.REFERENCE * 2;
        list.add(value);
        k++;
      }
    } finally {
      groups.settle(realm);
      realm.heap.releaseTransient(held);
    }
  }
}
