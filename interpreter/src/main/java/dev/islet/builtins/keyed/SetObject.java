package dev.islet.builtins.keyed;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/** A Set instance: an ordinary object with a [[SetData]] slot — https://tc39.es/ecma262/#sec-properties-of-set-instances. */
public final class SetObject extends JsObject {
  /** [[SetData]]: public so structured clone and the host can read and build sets. */
  public final OrderedHashTable data;

  public SetObject(Realm realm, Shape shape) {
    this(realm, shape, new OrderedHashTable(false));
  }

  SetObject(Realm realm, Shape shape, OrderedHashTable data) {
    super(realm, shape);
    this.data = data;
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(data);
  }

  @Override
  public String className() {
    return "Set";
  }
}
