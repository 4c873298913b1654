package dev.islet.api.host;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;

/**
 * An instance of a {@link HostClass}: an ordinary object whose Java fields are its internal slots.
 * JS reaches those fields only through the methods and accessors its class declares (the brand
 * check is a Java {@code instanceof}), never directly.
 *
 * <p>A subclass that keeps JS values or bytes in its fields overrides {@link #traceReferences} and
 * {@link #estimatedSize} (calling super), so the isolate's live-set meter counts them.
 */
public abstract class HostObject extends JsObject {
  /** A new instance whose [[Prototype]] is {@code proto} (see {@link HostClass#prototypeFor}). */
  protected HostObject(Realm realm, JsObject proto) {
    super(realm, JsObject.rootShape(realm, proto));
  }

  /** The interface name, for debugging output and error messages. */
  @Override
  public abstract String className();
}
