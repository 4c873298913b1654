package dev.islet.runtime.script;

import dev.islet.objects.JsObject;

/**
 * A JS object that is not plain data (a function, a class instance with methods…) handed to Java by an
 * {@link IsletScriptEngine}. Opaque: Java can only give it back to the same engine, as an argument or as
 * the receiver of {@link javax.script.Invocable#invokeMethod}; nothing of it is reachable otherwise.
 */
public final class ScriptObject {
  final IsletScriptEngine owner;
  final JsObject object;
  private final String description;

  ScriptObject(IsletScriptEngine owner, JsObject object, String description) {
    this.owner = owner;
    this.object = object;
    this.description = description;
  }

  /** Whether the object is a function ({@code invokeMethod(obj, "call", …)} calls it). */
  public boolean isFunction() {
    return object.isCallable();
  }

  /** How console.log shows the object, taken when it crossed. */
  @Override
  public String toString() {
    return description;
  }
}
