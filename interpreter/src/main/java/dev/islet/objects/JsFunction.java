package dev.islet.objects;

import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * A function object: an object with a [[Call]] internal method. {@code realm} is the function's
 * [[Realm]]: built-ins run in it and errors they throw are created there.
 */
public abstract class JsFunction extends JsObject {
  public final Realm realm;

  protected JsFunction(Realm realm, Shape shape) {
    super(realm, shape);
    this.realm = realm;
  }

  @Override
  public final boolean isCallable() {
    return true;
  }

  @Override
  public String className() {
    return "Function";
  }
}
