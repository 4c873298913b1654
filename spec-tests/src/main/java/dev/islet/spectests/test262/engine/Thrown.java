package dev.islet.spectests.test262.engine;

import dev.islet.errors.ErrorDescriptions;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;

/**
 * Reads what a test needs from a thrown value without running any JS (no getters, no proxy traps, no
 * toString): the name of its constructor, which a negative test's {@code type} must match
 * (INTERPRETING.md, "negative"), and a description for the report.
 */
final class Thrown {
  private static final int MAX_CHAIN = 32;

  private Thrown() {}

  /**
   * {@code value.constructor.name} when both are plain data properties (the constructor found on the
   * object or its ordinary prototypes); else the error's own {@code name}; null for primitives.
   */
  static String constructorName(Realm realm, Object value) {
    if (!(value instanceof JsObject o)) {
      return null;
    }
    if (findData(realm, o, "constructor") instanceof JsObject ctor && ctor.isOrdinaryForNamedKeys()) {
      PropertyDescriptor name = ctor.getOwnProperty(realm, "name");
      if (name != null && name.isDataDescriptor() && JsStrings.isString(name.value())) {
        return JsStrings.flat(name.value());
      }
    }
    return ErrorDescriptions.dataString(o, "name");
  }

  /**
   * "TypeError: message" for errors (named by their constructor, so a {@code Test262Error}, whose name is
   * not a property, reads as one), the text of strings, a short form of anything else.
   */
  static String describe(Realm realm, Object value) {
    if (value instanceof JsObject o) {
      String name = constructorName(realm, o);
      String message = ErrorDescriptions.dataString(o, "message");
      if (name != null && message != null) {
        return message.isEmpty() ? name : name + ": " + message;
      }
    }
    return ErrorDescriptions.describe(value);
  }

  /**
   * Where an error was created: the innermost frame of its JS stack ("f (test.js:3:7)"), or "" for
   * values that are not error objects.
   */
  static String where(Object value) {
    if (value instanceof ErrorObject e) {
      String frames = e.stackFrames().strip();
      int nl = frames.indexOf('\n');
      String first = nl < 0 ? frames : frames.substring(0, nl);
      return first.startsWith("at ") ? first.substring(3) : first;
    }
    return "";
  }

  /** The value of data property {@code key} on {@code o} or its prototypes; null if absent or not plain data. */
  private static Object findData(Realm realm, JsObject o, String key) {
    int depth = 0;
    for (JsObject p = o; p != null && depth < MAX_CHAIN; p = p.shape.proto(), depth++) {
      if (!p.isOrdinaryForNamedKeys()) {
        return null;
      }
      PropertyDescriptor d = p.getOwnProperty(realm, key);
      if (d != null) {
        return d.isDataDescriptor() ? d.value() : null;
      }
    }
    return null;
  }
}
