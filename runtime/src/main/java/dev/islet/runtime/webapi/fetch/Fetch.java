package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostPromises;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.AbortClasses;
import dev.islet.values.Undefined;

/**
 * The {@code fetch()} global — https://fetch.spec.whatwg.org/#fetch-method: builds the Request, then
 * hands it to the realm's {@link FetchHandler}; the returned promise settles with the handler's
 * Response, or rejects when the request's signal aborts first.
 */
public final class Fetch {
  private Fetch() {}

  /** fetch(input, init) */
  public static Object fetch(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject promise = HostPromises.create(realm);
    RequestClass.RequestObject request;
    try {
      JsObject init = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Failed to execute 'fetch'");
      request = RequestClass.create(realm, args.length > 0 ? args[0] : Undefined.INSTANCE, init,
          RequestClass.REQUEST.prototype(realm));
    } catch (JsThrow t) {
      HostPromises.reject(realm, promise, t.value());
      return promise;
    }
    AbortClasses.AbortSignalObject signal = (AbortClasses.AbortSignalObject) request.signal;
    if (signal.aborted()) {
      HostPromises.reject(realm, promise, signal.reason());
      return promise;
    }
    signal.addAlgorithm(r -> HostPromises.reject(r, promise, signal.reason()));
    Object result;
    try {
      result = FetchContext.of(realm).handler().fetch(realm, request);
    } catch (JsThrow t) {
      HostPromises.reject(realm, promise, t.value());
      return promise;
    }
    HostPromises.then(realm, result, v -> {
      if (v instanceof ResponseClass.ResponseObject) {
        HostPromises.resolve(realm, promise, v);
      } else {
        HostPromises.reject(realm, promise, HostErrors.typeError(realm, "fetch: the outbound handler did not produce a Response").value());
      }
      return Undefined.INSTANCE;
    }, e -> {
      HostPromises.reject(realm, promise, e);
      return Undefined.INSTANCE;
    });
    return promise;
  }
}
