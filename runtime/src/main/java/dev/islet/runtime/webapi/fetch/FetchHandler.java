package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.HostErrors;
import dev.islet.realm.Realm;

/**
 * The outbound hook of {@code fetch()}: the runtime's outbound policy (a service binding, a gateway
 * worker, the JDK's HTTP client, or nothing). {@code fetch(input, init)} builds the Request as the
 * Request constructor does, then calls the handler.
 */
@FunctionalInterface
public interface FetchHandler {
  /**
   * Handles one request; returns a Response object, or a promise (any thenable) of one. Throwing a
   * JS exception (a {@code JsThrow}) rejects the promise {@code fetch()} returned with it.
   */
  Object fetch(Realm realm, RequestClass.RequestObject request);

  /** The default: every request fails with a TypeError. */
  FetchHandler REJECT = (realm, request) -> {
    throw HostErrors.typeError(realm, "fetch failed: this worker has no outbound network access (" + request.url() + ")");
  };
}
