package dev.islet.vm;

import dev.islet.objects.JsObject;

/**
 * What a class constructor installs on each new instance: its private methods and accessors (with
 * the class's brand) and its field initializers, in order —
 * https://tc39.es/ecma262/#sec-initializeinstanceelements.
 */
public final class ClassDefinition {
  /** Field keys (property keys or PrivateName) and initializer functions (null: undefined). */
  public Object[] fieldKeys = new Object[0];
  public JsObject[] fieldInitializers = new JsObject[0];
  /** Private methods and accessors: PrivateName → PrivateElement. */
  public PrivateName[] methodNames = new PrivateName[0];
  public Object[] methodValues = new Object[0];
  /** The brand checked by private methods; null when the class has no private methods. */
  public Object brand;
}
