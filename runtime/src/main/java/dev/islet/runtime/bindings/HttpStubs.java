package dev.islet.runtime.bindings;

import dev.islet.api.Outcome;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.loader.WorkerException;

/** {@code stub.fetch(input, init)} on a stub of a fetcher: the request is read into Java, sent, and the response read back. */
final class HttpStubs {
  private HttpStubs() {}

  static Object fetch(StubHost host, Capability target, boolean disposed, Object input, Object init) {
    Realm realm = host.realm();
    PromiseObject p = PromiseOperations.newPromise(realm);
    if (disposed) {
      PromiseOperations.rejectPromise(realm, p, JsStubs.errorValue(realm,
          new WorkerException(Outcome.EXCEPTION, "Error", JsStubs.DISPOSED, "")));
      return p;
    }
    String over = host.countSubrequest();
    if (over != null) {
      PromiseOperations.rejectPromise(realm, p, JsStubs.errorValue(realm, WorkerException.ended(Outcome.EXCEPTION, over)));
      return p;
    }
    host.web().readRequest(realm, input, init, (request, error) -> {
      if (request == null) {
        PromiseOperations.rejectPromise(realm, p, error);
        return;
      }
      JsStubs.settle(host, p, target.fetch(request), response -> host.web().toJsResponse(realm, response));
    });
    return p;
  }
}
