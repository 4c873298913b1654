package dev.islet.builtins.support;

import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * Installs the properties of a built-in object from one visible list:
 * {@code BuiltinInstaller.on(realm, proto).method("at", 1, ArrayPrototype::at).method("push", 1, ArrayPrototype::push);}
 * Methods are writable, configurable and not enumerable, as the spec's default for built-ins says
 * (https://tc39.es/ecma262/#sec-ecmascript-standard-built-in-objects).
 */
public final class BuiltinInstaller {
  private final Realm realm;
  private final JsObject target;

  private BuiltinInstaller(Realm realm, JsObject target) {
    this.realm = realm;
    this.target = target;
  }

  public static BuiltinInstaller on(Realm realm, JsObject target) {
    return new BuiltinInstaller(realm, target);
  }

  /** A method named {@code name} with the given {@code length}. */
  public BuiltinInstaller method(String name, int length, NativeCode code) {
    target.defineDirect(realm, name, new NativeFunction(realm, name, length, code, false), Attributes.HIDDEN);
    return this;
  }

  /** A method keyed by a well-known symbol; its name is "[Symbol.x]". */
  public BuiltinInstaller method(Symbol key, int length, NativeCode code) {
    target.defineDirect(realm, key, new NativeFunction(realm, "[" + key.description() + "]", length, code, false), Attributes.HIDDEN);
    return this;
  }

  /** A method keyed by a symbol, with explicit attributes (e.g. Symbol.toPrimitive methods are not writable). */
  public BuiltinInstaller method(Symbol key, int length, NativeCode code, int attrs) {
    target.defineDirect(realm, key, new NativeFunction(realm, "[" + key.description() + "]", length, code, false), attrs);
    return this;
  }

  /** An existing function object as a method (e.g. the same function under two names). */
  public BuiltinInstaller function(Object key, JsObject fn) {
    target.defineDirect(realm, key, fn, Attributes.HIDDEN);
    return this;
  }

  /** An accessor with a getter only; configurable, not enumerable. */
  public BuiltinInstaller getter(String name, NativeCode getter) {
    NativeFunction g = new NativeFunction(realm, "get " + name, 0, getter, false);
    target.defineAccessorDirect(realm, name, g, Undefined.INSTANCE, Attributes.CONFIGURABLE);
    return this;
  }

  /** An accessor with a getter only, keyed by a symbol. */
  public BuiltinInstaller getter(Symbol key, NativeCode getter) {
    NativeFunction g = new NativeFunction(realm, "get [" + key.description() + "]", 0, getter, false);
    target.defineAccessorDirect(realm, key, g, Undefined.INSTANCE, Attributes.CONFIGURABLE);
    return this;
  }

  /** An accessor with a getter and a setter; configurable, not enumerable. */
  public BuiltinInstaller accessor(String name, NativeCode getter, NativeCode setter) {
    NativeFunction g = new NativeFunction(realm, "get " + name, 0, getter, false);
    NativeFunction s = new NativeFunction(realm, "set " + name, 1, setter, false);
    target.defineAccessorDirect(realm, name, g, s, Attributes.CONFIGURABLE);
    return this;
  }

  /** A value property with explicit attributes. */
  public BuiltinInstaller value(Object key, Object value, int attrs) {
    target.defineDirect(realm, key, value, attrs);
    return this;
  }

  /** A value property that is neither writable, enumerable nor configurable (Math.PI, Symbol.iterator). */
  public BuiltinInstaller constant(Object key, Object value) {
    target.defineDirect(realm, key, value, Attributes.FROZEN);
    return this;
  }

  /** The [Symbol.toStringTag] property: configurable only. */
  public BuiltinInstaller toStringTag(String tag) {
    target.defineDirect(realm, Symbol.TO_STRING_TAG, tag, Attributes.CONFIGURABLE);
    return this;
  }

  /** A built-in constructor's own {@code length}, {@code name} and non-writable {@code prototype}. */
  public BuiltinInstaller constructorBasics(String name, int length, JsObject prototype) {
    target.defineDirect(realm, "length", length, Attributes.CONFIGURABLE);
    target.defineDirect(realm, "name", name, Attributes.CONFIGURABLE);
    if (prototype != null) {
      target.defineDirect(realm, "prototype", prototype, Attributes.FROZEN);
    }
    return this;
  }
}
