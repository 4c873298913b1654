package dev.islet.api.host;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.function.Function;

/**
 * Promises for host APIs (https://webidl.spec.whatwg.org/#es-promise): create, settle and react to
 * %Promise% objects from Java. Reactions run as the isolate's microtasks.
 */
public final class HostPromises {
  private HostPromises() {}

  /** A new pending promise. */
  public static JsObject create(Realm realm) {
    return PromiseOperations.newPromise(realm);
  }

  /** A promise resolved with {@code value} (adopting it if it is a thenable). */
  public static JsObject resolved(Realm realm, Object value) {
    return PromiseOperations.promiseResolveIntrinsic(realm, value);
  }

  /** A promise rejected with {@code reason}. */
  public static JsObject rejected(Realm realm, Object reason) {
    PromiseObject p = PromiseOperations.newPromise(realm);
    PromiseOperations.rejectPromise(realm, p, reason);
    return p;
  }

  /** Resolves a pending promise made by {@link #create} (a no-op once it is settled). */
  public static void resolve(Realm realm, JsObject promise, Object value) {
    PromiseObject p = (PromiseObject) promise;
    if (p.state() == PromiseObject.PENDING) {
      PromiseOperations.resolve(realm, p, value);
    }
  }

  /** Rejects a pending promise made by {@link #create} (a no-op once it is settled). */
  public static void reject(Realm realm, JsObject promise, Object reason) {
    PromiseObject p = (PromiseObject) promise;
    if (p.state() == PromiseObject.PENDING) {
      PromiseOperations.rejectPromise(realm, p, reason);
    }
  }

  /**
   * Reacts to {@code value} (a promise or any value, resolved as {@code Promise.resolve} would) with
   * Java handlers; either may be null. The handlers' results are ignored: use {@link #create} and
   * settle it from a handler to chain.
   */
  public static void then(Realm realm, Object value, Function<Object, Object> onFulfilled, Function<Object, Object> onRejected) {
    PromiseObject p = PromiseOperations.promiseResolveIntrinsic(realm, value);
    PromiseOperations.then(realm, p,
        onFulfilled == null ? v -> Undefined.INSTANCE : onFulfilled::apply,
        onRejected == null ? v -> Undefined.INSTANCE : onRejected::apply);
  }

  /**
   * Reacts to a promise object exactly as PerformPromiseThen does (no Promise.resolve step, so no
   * user-visible {@code then} lookup): for promises the host created itself.
   */
  public static void react(Realm realm, JsObject promise, Function<Object, Object> onFulfilled, Function<Object, Object> onRejected) {
    PromiseOperations.then(realm, (PromiseObject) promise,
        onFulfilled == null ? v -> Undefined.INSTANCE : onFulfilled::apply,
        onRejected == null ? v -> Undefined.INSTANCE : onRejected::apply);
  }

  /** Marks a promise as handled, so its rejection is never reported as unhandled. */
  public static void markHandled(Realm realm, JsObject promise) {
    if (promise instanceof PromiseObject p && !p.isHandled()) {
      PromiseOperations.then(realm, p, v -> Undefined.INSTANCE, v -> Undefined.INSTANCE);
    }
  }

  /** Sets [[PromiseIsHandled]] without adding a reaction, as WebIDL and the Streams spec do. */
  public static void setHandled(Realm realm, JsObject promise) {
    ((PromiseObject) promise).setHandled(realm);
  }

  public static boolean isPromise(Object v) {
    return v instanceof PromiseObject;
  }

  public static boolean isPending(JsObject promise) {
    return ((PromiseObject) promise).state() == PromiseObject.PENDING;
  }

  public static boolean isRejected(JsObject promise) {
    return ((PromiseObject) promise).state() == PromiseObject.REJECTED;
  }

  /** The value or reason of a settled promise. */
  public static Object result(JsObject promise) {
    return ((PromiseObject) promise).result();
  }
}
