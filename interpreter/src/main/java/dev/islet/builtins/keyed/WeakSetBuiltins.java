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

/** The WeakSet constructor and WeakSet.prototype — https://tc39.es/ecma262/#sec-weakset-objects. */
public final class WeakSetBuiltins {
  private WeakSetBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "WeakSet", WeakSetBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("WeakSet", 0, realm.intrinsic(Intrinsic.WEAK_SET_PROTOTYPE)));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .method("add", 1, WeakSetBuiltins::add)
        .function("constructor", realm.intrinsic(Intrinsic.WEAK_SET))
        .method("delete", 1, WeakSetBuiltins::delete)
        .method("has", 1, WeakSetBuiltins::has)
        .toStringTag("WeakSet")));
  }

  /** RequireInternalSlot ( S, [[WeakSetData]] ) */
  private static WeakCollectionObject thisWeakSet(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof WeakCollectionObject w && !w.isMap) {
      return w;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** WeakSet ( [ iterable ] ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject proto = CollectionConstructors.prototype(realm, newTarget, "WeakSet", Intrinsic.WEAK_SET_PROTOTYPE);
    return CollectionConstructors.fill(realm, new WeakCollectionObject(realm, JsObject.rootShape(realm, proto), false), Args.get(args, 0), false);
  }

  /** WeakSet.prototype.add ( value ) */
  static Object add(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject s = thisWeakSet(realm, thisValue, "WeakSet.prototype.add");
    Object value = Args.get(args, 0);
    if (!WeakKeys.canBeHeldWeakly(realm, value)) {
      throw Errors.typeError(realm, Msg.INVALID_WEAK_SET_VALUE, Describe.value(value));
    }
    if (WeakSlots.get(s, value) == null) {
      WeakSlots.put(realm, s, value, Boolean.TRUE);
    }
    return thisValue;
  }

  /** WeakSet.prototype.delete ( value ) */
  static Object delete(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject s = thisWeakSet(realm, thisValue, "WeakSet.prototype.delete");
    Object value = Args.get(args, 0);
    return WeakKeys.canBeHeldWeakly(realm, value) && WeakSlots.remove(s, value);
  }

  /** WeakSet.prototype.has ( value ) */
  static Object has(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    WeakCollectionObject s = thisWeakSet(realm, thisValue, "WeakSet.prototype.has");
    Object value = Args.get(args, 0);
    return WeakKeys.canBeHeldWeakly(realm, value) && WeakSlots.get(s, value) != null;
  }
}
