package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostPromises;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.function.Consumer;

/**
 * The promise vocabulary of the Streams spec (https://webidl.spec.whatwg.org/#es-promise-manipulation):
 * "a promise resolved with", "upon fulfillment", "invoke a callback function and return a promise".
 */
final class Promises {
  private Promises() {}

  static final Object UNDEFINED = Undefined.INSTANCE;

  static JsObject create(Realm realm) {
    return HostPromises.create(realm);
  }

  static JsObject resolved(Realm realm, Object v) {
    return HostPromises.resolved(realm, v);
  }

  static JsObject rejected(Realm realm, Object reason) {
    return HostPromises.rejected(realm, reason);
  }

  static void resolve(Realm realm, JsObject p, Object v) {
    HostPromises.resolve(realm, p, v);
  }

  static void reject(Realm realm, JsObject p, Object reason) {
    HostPromises.reject(realm, p, reason);
  }

  static void setHandled(Realm realm, JsObject p) {
    HostPromises.setHandled(realm, p);
  }

  /** A promise rejected with {@code reason}, already marked as handled. */
  static JsObject rejectedHandled(Realm realm, Object reason) {
    JsObject p = rejected(realm, reason);
    setHandled(realm, p);
    return p;
  }

  /** "React to promise": upon fulfillment / upon rejection (either may be null). */
  static void upon(Realm realm, JsObject p, Consumer<Object> onFulfilled, Consumer<Object> onRejected) {
    HostPromises.react(realm, p,
        onFulfilled == null ? null : v -> {
          onFulfilled.accept(v);
          return UNDEFINED;
        },
        onRejected == null ? null : e -> {
          onRejected.accept(e);
          return UNDEFINED;
        });
  }

  /** A promise for the result of a reaction: transform a promise's value or reason with Java steps. */
  interface Step {
    Object apply(Object v);
  }

  /** "The result of reacting to p": a new promise settled with the steps' result (or their throw). */
  static JsObject transform(Realm realm, JsObject p, Step onFulfilled, Step onRejected) {
    JsObject out = create(realm);
    HostPromises.react(realm, p,
        v -> settleWith(realm, out, onFulfilled, v, false),
        e -> settleWith(realm, out, onRejected, e, true));
    return out;
  }

  private static Object settleWith(Realm realm, JsObject out, Step step, Object v, boolean rejected) {
    if (step == null) {
      if (rejected) {
        reject(realm, out, v);
      } else {
        resolve(realm, out, v);
      }
      return UNDEFINED;
    }
    try {
      resolve(realm, out, step.apply(v));
    } catch (JsThrow t) {
      reject(realm, out, t.value());
    }
    return UNDEFINED;
  }

  /**
   * Invoke a callback function and return a promise: call {@code method} with {@code thisArg}; a throw
   * becomes a rejected promise; a missing method gives a promise resolved with undefined.
   */
  static JsObject invoke(Realm realm, Object method, Object thisArg, Object... args) {
    if (method == null || method == Undefined.INSTANCE) {
      return resolved(realm, UNDEFINED);
    }
    try {
      return resolved(realm, ObjectOperations.call(realm, method, thisArg, args));
    } catch (JsThrow t) {
      return rejected(realm, t.value());
    }
  }

  static boolean isPending(JsObject p) {
    return HostPromises.isPending(p);
  }
}
