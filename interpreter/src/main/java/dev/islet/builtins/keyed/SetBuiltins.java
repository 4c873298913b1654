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
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** The Set constructor and Set.prototype — https://tc39.es/ecma262/#sec-set-objects. */
public final class SetBuiltins {
  private SetBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Set", SetBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Set", 0, realm.intrinsic(Intrinsic.SET_PROTOTYPE))
        .getter(Symbol.SPECIES, (r, t, a, nt) -> t));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      NativeFunction values = new NativeFunction(realm, "values", 0,
          (r, t, a, nt) -> CollectionIterators.createSetIterator(r, t, CollectionIterators.VALUES, "Set.prototype.values"), false);
      BuiltinInstaller.on(realm, p)
          .method("add", 1, SetBuiltins::add)
          .method("clear", 0, SetBuiltins::clear)
          .function("constructor", realm.intrinsic(Intrinsic.SET))
          .method("delete", 1, SetBuiltins::delete)
          .method("difference", 1, SetMethods::difference)
          .method("entries", 0, (r, t, a, nt) -> CollectionIterators.createSetIterator(r, t, CollectionIterators.ENTRIES, "Set.prototype.entries"))
          .method("forEach", 1, SetBuiltins::forEach)
          .method("has", 1, SetBuiltins::has)
          .method("intersection", 1, SetMethods::intersection)
          .method("isDisjointFrom", 1, SetMethods::isDisjointFrom)
          .method("isSubsetOf", 1, SetMethods::isSubsetOf)
          .method("isSupersetOf", 1, SetMethods::isSupersetOf)
          .function("keys", values)
          .getter("size", SetBuiltins::size)
          .method("symmetricDifference", 1, SetMethods::symmetricDifference)
          .method("union", 1, SetMethods::union)
          .function("values", values)
          .function(Symbol.ITERATOR, values)
          .toStringTag("Set");
    }));
  }

  /** RequireInternalSlot ( S, [[SetData]] ) */
  static SetObject thisSet(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof SetObject s) {
      return s;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** Set ( [ iterable ] ) — https://tc39.es/ecma262/#sec-set-iterable */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject proto = CollectionConstructors.prototype(realm, newTarget, "Set", Intrinsic.SET_PROTOTYPE);
    return CollectionConstructors.fill(realm, new SetObject(realm, JsObject.rootShape(realm, proto)), Args.get(args, 0), false);
  }

  /** A new Set with %Set.prototype% and the given [[SetData]] (the results of the Set methods, built transient). */
  static SetObject create(Realm realm, OrderedHashTable data) {
    data.settle(realm);
    return new SetObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.SET_PROTOTYPE)), data);
  }

  /** Set.prototype.add ( value ) */
  static Object add(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    OrderedHashTable t = thisSet(realm, thisValue, "Set.prototype.add").data;
    Object value = Args.get(args, 0);
    if (!t.has(value)) {
      t.append(realm, OrderedHashTable.normalize(value), null);
    }
    return thisValue;
  }

  /** Set.prototype.clear ( ) */
  static Object clear(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    thisSet(realm, thisValue, "Set.prototype.clear").data.clear(realm);
    return Undefined.INSTANCE;
  }

  /** Set.prototype.delete ( value ) */
  static Object delete(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisSet(realm, thisValue, "Set.prototype.delete").data.remove(Args.get(args, 0));
  }

  /** Set.prototype.forEach ( callbackfn [ , thisArg ] ) */
  static Object forEach(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    SetObject s = thisSet(realm, thisValue, "Set.prototype.forEach");
    Object callback = Args.get(args, 0);
    if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callback));
    }
    Object thisArg = Args.get(args, 1);
    OrderedHashTable t = s.data;
    OrderedHashTable.Cursor c = t.cursor();
    for (int i = c.next(); i >= 0; i = c.next()) {
      realm.agent.budget.charge(1);
      Object v = t.keyAt(i);
      fn.call(thisArg, new Object[] {v, v, s});
    }
    return Undefined.INSTANCE;
  }

  /** Set.prototype.has ( value ) */
  static Object has(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisSet(realm, thisValue, "Set.prototype.has").data.has(Args.get(args, 0));
  }

  /** get Set.prototype.size */
  static Object size(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisSet(realm, thisValue, "get Set.prototype.size").data.size();
  }
}
