package dev.islet.builtins.keyed;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * %MapIteratorPrototype% and %SetIteratorPrototype% with their iterator objects —
 * https://tc39.es/ecma262/#sec-map-iterator-objects, https://tc39.es/ecma262/#sec-set-iterator-objects.
 * The spec writes them as closures over a live index; here the index is an
 * {@link OrderedHashTable.Cursor}, which survives deletions and compaction of the table.
 */
public final class CollectionIterators {
  public static final int KEYS = 0;
  public static final int VALUES = 1;
  public static final int ENTRIES = 2;

  private CollectionIterators() {}

  /** A Map or Set iterator: its table, cursor and kind; the cursor is dropped once it is done. */
  static final class CollectionIterator extends JsObject {
    final boolean map;
    final int kind;
    OrderedHashTable table;
    OrderedHashTable.Cursor cursor;

    CollectionIterator(Realm realm, JsObject proto, boolean map, OrderedHashTable table, int kind) {
      super(realm, JsObject.rootShape(realm, proto));
      this.map = map;
      this.table = table;
      this.kind = kind;
      this.cursor = table.cursor();
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      super.traceReferences(v);
      v.visit(table);
    }
  }

  public static JsObject mapIteratorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, (r, t, a, nt) -> next(r, t, true))
        .toStringTag("Map Iterator")));
  }

  public static JsObject setIteratorPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, (r, t, a, nt) -> next(r, t, false))
        .toStringTag("Set Iterator")));
  }

  /** CreateMapIterator ( map, kind ) */
  static JsObject createMapIterator(Realm realm, Object map, int kind, String method) {
    MapObject m = MapBuiltins.thisMap(realm, map, method);
    return new CollectionIterator(realm, realm.intrinsic(Intrinsic.MAP_ITERATOR_PROTOTYPE), true, m.data, kind);
  }

  /** CreateSetIterator ( set, kind ) */
  static JsObject createSetIterator(Realm realm, Object set, int kind, String method) {
    SetObject s = SetBuiltins.thisSet(realm, set, method);
    return new CollectionIterator(realm, realm.intrinsic(Intrinsic.SET_ITERATOR_PROTOTYPE), false, s.data, kind);
  }

  /** %MapIteratorPrototype%.next and %SetIteratorPrototype%.next */
  private static Object next(Realm realm, Object thisValue, boolean map) {
    if (!(thisValue instanceof CollectionIterator it) || it.map != map) {
      String name = map ? "%MapIteratorPrototype%.next" : "%SetIteratorPrototype%.next";
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, name, Describe.value(thisValue));
    }
    OrderedHashTable.Cursor c = it.cursor;
    int i = c == null ? -1 : c.next();
    if (i < 0) {
      it.cursor = null;
      it.table = null;
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    OrderedHashTable t = it.table;
    Object result = switch (it.kind) {
      case KEYS -> t.keyAt(i);
      case VALUES -> t.valueAt(i);
      default -> ObjectOperations.createArrayFromList(realm, new Object[] {t.keyAt(i), t.valueAt(i)});
    };
    return IteratorOperations.createIterResult(realm, result, false);
  }
}
