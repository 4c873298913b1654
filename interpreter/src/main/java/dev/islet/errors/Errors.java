package dev.islet.errors;

import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;

/**
 * Makes JS-visible errors: {@code throw Errors.typeError(realm, Msg.NOT_CALLABLE, name)} creates a
 * TypeError object in {@code realm} and wraps it in a {@link JsThrow}.
 */
public final class Errors {
  private Errors() {}

  public static JsThrow typeError(Realm realm, Msg msg, Object... args) {
    return error(realm, msg, args);
  }

  public static JsThrow rangeError(Realm realm, Msg msg, Object... args) {
    return error(realm, msg, args);
  }

  public static JsThrow referenceError(Realm realm, Msg msg, Object... args) {
    return error(realm, msg, args);
  }

  public static JsThrow syntaxError(Realm realm, Msg msg, Object... args) {
    return error(realm, msg, args);
  }

  /** An error of the message's own kind. */
  public static JsThrow error(Realm realm, Msg msg, Object... args) {
    return new JsThrow(create(realm, msg.kind(), msg.format(args)));
  }

  /** A new error object of {@code kind} in {@code realm} with {@code message}, capturing the JS stack. */
  public static ErrorObject create(Realm realm, ErrorKind kind, String message) {
    JsObject proto = realm.intrinsic(prototypeOf(kind));
    ErrorObject e = new ErrorObject(realm, JsObject.rootShape(realm, proto));
    if (message != null) {
      e.defineDirect(realm, "message", message, Attributes.HIDDEN);
    }
    realm.agent.captureStack(e);
    return e;
  }

  public static Intrinsic prototypeOf(ErrorKind kind) {
    return switch (kind) {
      case ERROR -> Intrinsic.ERROR_PROTOTYPE;
      case EVAL_ERROR -> Intrinsic.EVAL_ERROR_PROTOTYPE;
      case RANGE_ERROR -> Intrinsic.RANGE_ERROR_PROTOTYPE;
      case REFERENCE_ERROR -> Intrinsic.REFERENCE_ERROR_PROTOTYPE;
      case SYNTAX_ERROR -> Intrinsic.SYNTAX_ERROR_PROTOTYPE;
      case TYPE_ERROR -> Intrinsic.TYPE_ERROR_PROTOTYPE;
      case URI_ERROR -> Intrinsic.URI_ERROR_PROTOTYPE;
    };
  }
}
