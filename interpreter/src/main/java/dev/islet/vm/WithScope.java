package dev.islet.vm;

import dev.islet.objects.JsObject;

/** An Object Environment Record of a {@code with} statement — https://tc39.es/ecma262/#sec-object-environment-records. */
public final class WithScope extends Scope {
  public final JsObject object;

  public WithScope(Scope parent, JsObject object) {
    super(parent, null);
    this.object = object;
  }
}
