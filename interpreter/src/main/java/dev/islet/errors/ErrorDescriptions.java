package dev.islet.errors;

import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.values.JsStrings;

/**
 * Describes a thrown JS value for the host ("TypeError: x is not a function") without running any
 * JS: only own data properties are read, so describing an error can never re-enter the engine.
 */
public final class ErrorDescriptions {
  private ErrorDescriptions() {}

  public static String describe(Object value) {
    if (value instanceof JsObject o) {
      String name = dataString(o, "name");
      String message = dataString(o, "message");
      if (name == null && o instanceof ErrorObject) {
        name = "Error";
      }
      if (name != null || message != null) {
        if (name == null) {
          name = "Error";
        }
        return message == null || message.isEmpty() ? name : name + ": " + message;
      }
      return "[object " + o.className() + "]";
    }
    if (JsStrings.isString(value)) {
      return JsStrings.flat(value);
    }
    return String.valueOf(value);
  }

  /** A string-valued data property found on {@code o} or its ordinary prototypes, or null. */
  public static String dataString(JsObject o, String key) {
    if (o instanceof ErrorLike e && (key.equals("name") || key.equals("message"))) {
      return key.equals("name") ? e.errorName() : e.errorMessage();
    }
    int depth = 0;
    for (JsObject p = o; p != null && depth < 32; p = p.shape.proto(), depth++) {
      if (p.shape.lazyInit() != null) {
        p.materialize();
      }
      PropertyDescriptor d = p.getClass() == JsObject.class || p instanceof ErrorObject ? ownData(p, key) : null;
      if (d != null) {
        return d.isDataDescriptor() && JsStrings.isString(d.value()) ? JsStrings.flat(d.value()) : null;
      }
    }
    return null;
  }

  private static PropertyDescriptor ownData(JsObject p, String key) {
    return p.getOwnProperty(null, key);
  }
}
