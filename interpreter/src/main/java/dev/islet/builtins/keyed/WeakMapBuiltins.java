package dev.islet.builtins.keyed;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** The WeakMap constructor and WeakMap.prototype — https://tc39.es/ecma262/#sec-weakmap-objects. */
public final class WeakMapBuiltins {
  private WeakMapBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "WeakMap", WeakMapBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("WeakMap", 0, realm.intrinsic(Intrinsic.WEAK_MAP_PROTOTYPE)));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.WEAK_MAP))
        .method("delete", 1, WeakMapBuiltins::delete)
        .method("get", 1, WeakMapBuiltins::get)
        .method("getOrInsert", 2, WeakMapBuiltins::getOrInsert)
        .method("getOrInsertComputed", 2, WeakMapBuiltins::getOrInsertComputed)
        .method("has", 1, WeakMapBuiltins::has)
        .method("set", 2, WeakMapBuiltins::set)
        .toStringTag("WeakMap")));
  }

  /** RequireInternalSlot ( M, [[WeakMapData]] ) */
  private static WeakCollectionObject thisWeakMap(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof WeakCollectionObject w && w.isMap) {
      return w;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** WeakMap ( [ iterable ] ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject proto = CollectionConstructors.prototype(realm, newTarget, "WeakMap", Intrinsic.WEAK_MAP_PROTOTYPE);
    return CollectionConstructors.fill(realm, new WeakCollectionObject(realm, JsObject.rootShape(realm, proto), true), Args.get(args, 0), true);
  }

  private static Object requireKey(Realm realm, Object key) {
    if (!WeakKeys.canBeHeldWeakly(realm, key)) {
      throw Errors.typeError(realm, Msg.INVALID_WEAK_KEY, Describe.value(key));
    }
    return key;
  }

  /** WeakMap.prototype.delete ( key ) */
  static Object delete(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject m = thisWeakMap(realm, thisValue, "WeakMap.prototype.delete");
    Object key = Args.get(args, 0);
    return WeakKeys.canBeHeldWeakly(realm, key) && WeakSlots.remove(m, key);
  }

  /** WeakMap.prototype.get ( key ) */
  static Object get(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject m = thisWeakMap(realm, thisValue, "WeakMap.prototype.get");
    Object key = Args.get(args, 0);
    Object v = WeakKeys.canBeHeldWeakly(realm, key) ? WeakSlots.get(m, key) : null;
    return v == null ? Undefined.INSTANCE : v;
  }

  /** WeakMap.prototype.getOrInsert ( key, value ) */
  static Object getOrInsert(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject m = thisWeakMap(realm, thisValue, "WeakMap.prototype.getOrInsert");
    Object key = requireKey(realm, Args.get(args, 0));
    Object v = WeakSlots.get(m, key);
    if (v != null) {
      return v;
    }
    Object value = Args.get(args, 1);
    WeakSlots.put(realm, m, key, value);
    return value;
  }

  /** WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) */
  static Object getOrInsertComputed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject m = thisWeakMap(realm, thisValue, "WeakMap.prototype.getOrInsertComputed");
    Object key = requireKey(realm, Args.get(args, 0));
    Object callback = Args.get(args, 1);
    if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callback));
    }
    Object v = WeakSlots.get(m, key);
    if (v != null) {
      return v;
    }
    Object value = fn.call(Undefined.INSTANCE, new Object[] {key});
    WeakSlots.put(realm, m, key, value);
    return value;
  }

  /** WeakMap.prototype.has ( key ) */
  static Object has(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject m = thisWeakMap(realm, thisValue, "WeakMap.prototype.has");
    Object key = Args.get(args, 0);
    return WeakKeys.canBeHeldWeakly(realm, key) && WeakSlots.get(m, key) != null;
  }

  /** WeakMap.prototype.set ( key, value ) */
  static Object set(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject m = thisWeakMap(realm, thisValue, "WeakMap.prototype.set");
    WeakSlots.put(realm, m, requireKey(realm, Args.get(args, 0)), Args.get(args, 1));
    return thisValue;
  }
}
