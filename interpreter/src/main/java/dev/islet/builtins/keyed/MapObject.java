package dev.islet.builtins.keyed;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/** A Map instance: an ordinary object with a [[MapData]] slot — https://tc39.es/ecma262/#sec-properties-of-map-instances. */
public final class MapObject extends JsObject {
  /** [[MapData]]: public so structured clone and the host can read and build maps. */
  public final OrderedHashTable data = new OrderedHashTable(true);

  public MapObject(Realm realm, Shape shape) {
    super(realm, shape);
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(data);
  }

  @Override
  public String className() {
    return "Map";
  }
}
