package dev.islet.builtins.keyed;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;

/** Which values WeakMap, WeakSet, WeakRef and FinalizationRegistry may hold weakly. */
public final class WeakKeys {
  private WeakKeys() {}

  /**
   * CanBeHeldWeakly ( v ) — https://tc39.es/ecma262/#sec-canbeheldweakly: objects, and symbols that
   * are not in the agent's Symbol.for registry (registered symbols can be recreated from their key,
   * so they are never observably collected).
   */
  public static boolean canBeHeldWeakly(Realm realm, Object v) {
    if (v instanceof JsObject) {
      return true;
    }
    return v instanceof Symbol s && realm.agent.keyFor(s) == null;
  }
}
