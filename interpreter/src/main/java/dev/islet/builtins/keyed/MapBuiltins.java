package dev.islet.builtins.keyed;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/** The Map constructor and Map.prototype — https://tc39.es/ecma262/#sec-map-objects. */
public final class MapBuiltins {
  private MapBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Map", MapBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Map", 0, realm.intrinsic(Intrinsic.MAP_PROTOTYPE))
        .method("groupBy", 2, MapBuiltins::groupBy)
        .getter(Symbol.SPECIES, (r, t, a, nt) -> t));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      NativeFunction entries = new NativeFunction(realm, "entries", 0,
          (r, t, a, nt) -> CollectionIterators.createMapIterator(r, t, CollectionIterators.ENTRIES, "Map.prototype.entries"), false);
      BuiltinInstaller.on(realm, p)
          .method("clear", 0, MapBuiltins::clear)
          .function("constructor", realm.intrinsic(Intrinsic.MAP))
          .method("delete", 1, MapBuiltins::delete)
          .function("entries", entries)
          .method("forEach", 1, MapBuiltins::forEach)
          .method("get", 1, MapBuiltins::get)
          .method("getOrInsert", 2, MapBuiltins::getOrInsert)
          .method("getOrInsertComputed", 2, MapBuiltins::getOrInsertComputed)
          .method("has", 1, MapBuiltins::has)
          .method("keys", 0, (r, t, a, nt) -> CollectionIterators.createMapIterator(r, t, CollectionIterators.KEYS, "Map.prototype.keys"))
          .method("set", 2, MapBuiltins::set)
          .getter("size", MapBuiltins::size)
          .method("values", 0, (r, t, a, nt) -> CollectionIterators.createMapIterator(r, t, CollectionIterators.VALUES, "Map.prototype.values"))
          .function(Symbol.ITERATOR, entries)
          .toStringTag("Map");
    }));
  }

  /** RequireInternalSlot ( M, [[MapData]] ) */
  static MapObject thisMap(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof MapObject m) {
      return m;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** Map ( [ iterable ] ) — https://tc39.es/ecma262/#sec-map-iterable */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject proto = CollectionConstructors.prototype(realm, newTarget, "Map", Intrinsic.MAP_PROTOTYPE);
    return CollectionConstructors.fill(realm, new MapObject(realm, JsObject.rootShape(realm, proto)), Args.get(args, 0), true);
  }

  /** Map.groupBy ( items, callback ) — https://tc39.es/ecma262/#sec-map.groupby */
  static Object groupBy(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    OrderedHashTable groups = GroupBy.groupBy(realm, Args.get(args, 0), Args.get(args, 1), false);
    MapObject map = new MapObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.MAP_PROTOTYPE)));
    int n = groups.usedSlots();
    for (int i = 0; i < n; i++) {
      @SuppressWarnings("unchecked")
      ArrayList<Object> values = (ArrayList<Object>) groups.valueAt(i);
      map.data.put(realm, groups.keyAt(i), ObjectOperations.createArrayFromList(realm, values.toArray()));
    }
    return map;
  }

  /** Map.prototype.clear ( ) */
  static Object clear(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    thisMap(realm, thisValue, "Map.prototype.clear").data.clear(realm);
    return Undefined.INSTANCE;
  }

  /** Map.prototype.delete ( key ) */
  static Object delete(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisMap(realm, thisValue, "Map.prototype.delete").data.remove(Args.get(args, 0));
  }

  /** Map.prototype.forEach ( callbackfn [ , thisArg ] ) */
  static Object forEach(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    MapObject m = thisMap(realm, thisValue, "Map.prototype.forEach");
    Object callback = Args.get(args, 0);
    if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callback));
    }
    Object thisArg = Args.get(args, 1);
    OrderedHashTable t = m.data;
    OrderedHashTable.Cursor c = t.cursor();
    for (int i = c.next(); i >= 0; i = c.next()) {
      realm.agent.budget.charge(1);
      fn.call(thisArg, new Object[] {t.valueAt(i), t.keyAt(i), m});
    }
    return Undefined.INSTANCE;
  }

  /** Map.prototype.get ( key ) */
  static Object get(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object v = thisMap(realm, thisValue, "Map.prototype.get").data.get(Args.get(args, 0));
    return v == null ? Undefined.INSTANCE : v;
  }

  /** Map.prototype.getOrInsert ( key, value ) — https://tc39.es/proposal-upsert/ */
  static Object getOrInsert(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    MapObject m = thisMap(realm, thisValue, "Map.prototype.getOrInsert");
    Object key = Args.get(args, 0);
    int i = m.data.find(key);
    if (i >= 0) {
      return m.data.valueAt(i);
    }
    Object value = Args.get(args, 1);
    m.data.put(realm, key, value);
    return value;
  }

  /** Map.prototype.getOrInsertComputed ( key, callbackfn ) */
  static Object getOrInsertComputed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    MapObject m = thisMap(realm, thisValue, "Map.prototype.getOrInsertComputed");
    Object callback = Args.get(args, 1);
    if (!(callback instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callback));
    }
    Object key = OrderedHashTable.normalize(Args.get(args, 0));
    int i = m.data.find(key);
    if (i >= 0) {
      return m.data.valueAt(i);
    }
    Object value = fn.call(Undefined.INSTANCE, new Object[] {key});
    // The callback may have added or removed the key: put() overwrites or appends as the spec says.
    m.data.put(realm, key, value);
    return value;
  }

  /** Map.prototype.has ( key ) */
  static Object has(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisMap(realm, thisValue, "Map.prototype.has").data.has(Args.get(args, 0));
  }

  /** Map.prototype.set ( key, value ) */
  static Object set(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    thisMap(realm, thisValue, "Map.prototype.set").data.put(realm, Args.get(args, 0), Args.get(args, 1));
    return thisValue;
  }

  /** get Map.prototype.size */
  static Object size(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisMap(realm, thisValue, "get Map.prototype.size").data.size();
  }
}
