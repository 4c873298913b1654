package dev.islet.runtime.bindings;

import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;

/**
 * The DataCloneError of structured clone, with workerd's wording for objects that are not data:
 * {@code Could not serialize object of type "Foo". This type does not support serialization.}
 */
final class DataClone {
  private DataClone() {}

  // TODO(conform): a DOMException named DataCloneError once dev.islet.api.host.DomException is on main;
  // until then an Error whose name is DataCloneError.
  static JsThrow error(Realm realm, String message) {
    ErrorObject e = Errors.create(realm, ErrorKind.ERROR, message);
    e.defineDirect(realm, "name", "DataCloneError", Attributes.HIDDEN);
    return new JsThrow(e);
  }

  static JsThrow notSerializable(Realm realm, JsObject o) {
    return error(realm, "Could not serialize object of type \"" + constructorName(realm, o)
        + "\". This type does not support serialization.");
  }

  static String describe(Realm realm, JsObject o) {
    String n = constructorName(realm, o);
    return o.isCallable() ? "function " + n : n;
  }

  /** The name of {@code o}'s constructor, read without running JS (data properties only). */
  static String constructorName(Realm realm, JsObject o) {
    if (o.isCallable()) {
      Object name = dataProperty(realm, o, "name");
      return JsStrings.isString(name) && !JsStrings.flat(name).isEmpty() ? JsStrings.flat(name) : "anonymous";
    }
    JsObject proto = o.getPrototypeOf(realm);
    if (proto == null) {
      return "Object";
    }
    Object ctor = dataProperty(realm, proto, "constructor");
    if (ctor instanceof JsObject c) {
      Object name = dataProperty(realm, c, "name");
      if (JsStrings.isString(name)) {
        return JsStrings.flat(name);
      }
    }
    return o.className();
  }

  private static Object dataProperty(Realm realm, JsObject o, String key) {
    if (!o.isOrdinaryForNamedKeys()) {
      return null;
    }
    dev.islet.objects.PropertyDescriptor d = o.getOwnProperty(realm, key);
    return d == null || d.isAccessorDescriptor() ? null : d.value();
  }
}
