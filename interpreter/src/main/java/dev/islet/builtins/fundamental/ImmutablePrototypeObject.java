package dev.islet.builtins.fundamental;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * An immutable prototype exotic object — https://tc39.es/ecma262/#sec-immutable-prototype-exotic-objects:
 * %Object.prototype%, whose [[Prototype]] can never change.
 */
final class ImmutablePrototypeObject extends JsObject {
  ImmutablePrototypeObject(Realm realm, Shape shape) {
    super(realm, shape);
  }

  @Override
  public boolean setPrototypeOf(Realm realm, JsObject v) {
    return v == getPrototypeOf(realm);
  }
}
