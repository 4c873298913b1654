package dev.islet.objects;

import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/** A built-in function object — https://tc39.es/ecma262/#sec-built-in-function-objects. */
public final class NativeFunction extends JsFunction {
  private final NativeCode code;
  private final boolean constructor;
  /** The initial "name" (a String, or a Symbol-derived String): for stack traces. */
  private final String debugName;

  /**
   * A built-in with own {@code length} and {@code name} in the realm's shared function shape.
   * {@code name} is the property value ("get foo", "[Symbol.iterator]").
   */
  public NativeFunction(Realm realm, String name, int length, NativeCode code, boolean constructor) {
    super(realm, realm.nativeFunctionShape());
    this.code = code;
    this.constructor = constructor;
    this.debugName = name;
    slots[0] = length;
    slots[1] = name;
  }

  /** A built-in whose properties (length, name, prototype, statics) are installed on first touch. */
  public NativeFunction(Realm realm, String name, NativeCode code, boolean constructor, Shape.LazyInit init) {
    this(realm, realm.functionPrototype(), name, code, constructor, init);
  }

  /** A lazily installed built-in whose [[Prototype]] is not %Function.prototype% (e.g. %TypeError%'s is %Error%). */
  public NativeFunction(Realm realm, JsObject proto, String name, NativeCode code, boolean constructor, Shape.LazyInit init) {
    super(realm, Shape.lazy(proto, init));
    this.code = code;
    this.constructor = constructor;
    this.debugName = name;
  }

  /** A built-in with an explicit shape (for %Function.prototype%, whose own prototype is %Object.prototype%). */
  public NativeFunction(Realm realm, Shape shape, String name, NativeCode code) {
    super(realm, shape);
    this.code = code;
    this.constructor = false;
    this.debugName = name;
  }

  public String debugName() {
    return debugName;
  }

  public NativeCode code() {
    return code;
  }

  @Override
  public boolean isConstructor() {
    return constructor;
  }

  @Override
  public Object call(Object thisValue, Object[] args) {
    return realm.agent.callNative(this, code, thisValue, args, null);
  }

  @Override
  public Object construct(Object[] args, JsObject newTarget) {
    return realm.agent.callNative(this, code, dev.islet.values.Undefined.INSTANCE, args, newTarget);
  }
}
