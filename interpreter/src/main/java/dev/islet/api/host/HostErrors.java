package dev.islet.api.host;

import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.realm.Realm;

/**
 * WebIDL-style errors of host APIs: {@code throw HostErrors.typeError(realm, "Failed to construct 'URL': Invalid URL: x")}.
 * The messages are free text (runtime APIs follow the platform's wording, not the engine's catalog).
 */
public final class HostErrors {
  private HostErrors() {}

  public static JsThrow typeError(Realm realm, String message) {
    return new JsThrow(Errors.create(realm, ErrorKind.TYPE_ERROR, message));
  }

  public static JsThrow rangeError(Realm realm, String message) {
    return new JsThrow(Errors.create(realm, ErrorKind.RANGE_ERROR, message));
  }

  public static JsThrow syntaxError(Realm realm, String message) {
    return new JsThrow(Errors.create(realm, ErrorKind.SYNTAX_ERROR, message));
  }

  /** A new {@code DOMException} of {@code name} (e.g. "AbortError") thrown as a JS exception. */
  public static JsThrow domException(Realm realm, String name, String message) {
    return new JsThrow(DomException.create(realm, message, name));
  }
}
