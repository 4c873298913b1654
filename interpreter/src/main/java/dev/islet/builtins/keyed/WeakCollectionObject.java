package dev.islet.builtins.keyed;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import java.lang.ref.WeakReference;
import java.util.WeakHashMap;

/**
 * A WeakMap or WeakSet: the [[WeakMapData]] / [[WeakSetData]] slot is spread over the keys (see
 * {@link WeakSlots}); the collection itself is the identity those entries refer to.
 */
public final class WeakCollectionObject extends JsObject {
  /** True for a WeakMap, false for a WeakSet: the brand the prototype methods check. */
  final boolean isMap;
  /** The weak reference the keys' entries hold: one per collection, shared by all its entries. */
  final WeakReference<WeakCollectionObject> self = new WeakReference<>(this);
  /** Entries whose key is a symbol, created on first use. */
  WeakHashMap<Symbol, Object> symbols;

  WeakCollectionObject(Realm realm, Shape shape, boolean isMap) {
    super(realm, shape);
    this.isMap = isMap;
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    if (symbols != null) {
      for (Object value : symbols.values()) {
        v.visit(value);
      }
    }
  }

  @Override
  public String className() {
    return isMap ? "WeakMap" : "WeakSet";
  }
}
