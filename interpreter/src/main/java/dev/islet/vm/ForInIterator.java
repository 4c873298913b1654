package dev.islet.vm;

import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.HashSet;
import java.util.List;

/**
 * EnumerateObjectProperties ( O ) — https://tc39.es/ecma262/#sec-enumerate-object-properties —
 * following the spec's informative algorithm: own string keys in [[OwnPropertyKeys]] order, then
 * the prototype's, skipping keys already seen (even non-enumerable ones shadow) and keys deleted
 * before they are reached. Never a JS value: it lives only on the interpreter's operand stack.
 */
final class ForInIterator {
  private JsObject object;
  private List<Object> keys;
  private int index;
  private final HashSet<Object> visited = new HashSet<>();

  ForInIterator(Realm realm, Object value) {
    if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
      object = null;
    } else {
      object = TypeConversion.toObject(realm, value);
    }
  }

  /** The next key as a string, or null when done. */
  Object next(Realm realm) {
    while (object != null) {
      if (keys == null) {
        keys = object.ownPropertyKeys(realm);
        index = 0;
      }
      while (index < keys.size()) {
        Object key = keys.get(index++);
        if (key instanceof Symbol || visited.contains(key)) {
          continue;
        }
        realm.agent.budget.charge(1);
        PropertyDescriptor d = object.getOwnProperty(realm, key);
        if (d == null) {
          continue;
        }
        visited.add(key);
        if (d.enumerable()) {
          return PropertyKey.toValue(key);
        }
      }
      object = object.getPrototypeOf(realm);
      keys = null;
    }
    return null;
  }
}
