package dev.islet.runtime.isolate;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.WebBridge;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.util.function.BiConsumer;

/**
 * The Web API globals of a worker and the global {@code fetch()} through its outbound: blocked
 * ({@code globalOutbound: null}) rejects with workerd's error; otherwise each request goes, with its full
 * URL, to the worker's outbound {@link dev.islet.runtime.loader.Fetcher} (its {@code globalOutbound}
 * stub, or what it inherited).
 */
final class WebGlobals {
  /** workerd's error for fetch() when globalOutbound is null. */
  static final String NO_OUTBOUND = "This worker is not permitted to access the internet via global functions like fetch(). "
      + "It must use capabilities (such as bindings in 'env') to talk to the outside world.";

  private WebGlobals() {}

  static WebBridge install(WorkerIsolate worker, IsolateGlobals globals) {
    Realm realm = worker.realm;
    WebBridge web = new PendingWebBridge();
    JsObject global = realm.globalObject();
    global.materialize();
    BuiltinInstaller.on(realm, global).method("fetch", 1,
        (r, t, args, nt) -> fetch(worker, globals, web, Args.get(args, 0), Args.get(args, 1)));
    return web;
  }

  private static Object fetch(WorkerIsolate worker, IsolateGlobals globals, WebBridge web, Object input, Object init) {
    Realm realm = worker.realm;
    globals.checkNotGlobalScope(realm);
    PromiseObject p = PromiseOperations.newPromise(realm);
    if (worker.outbound == null) {
      PromiseOperations.rejectPromise(realm, p, Errors.create(realm, ErrorKind.ERROR, NO_OUTBOUND));
      return p;
    }
    String over = globals.bindings.countSubrequest();
    if (over != null) {
      PromiseOperations.rejectPromise(realm, p, Errors.create(realm, ErrorKind.ERROR, over));
      return p;
    }
    Object context = worker.current;
    web.readRequest(realm, input, init, (request, error) -> {
      if (request == null) {
        PromiseOperations.rejectPromise(realm, p, error);
        return;
      }
      java.util.concurrent.CompletableFuture<Response> f;
      try {
        f = worker.outbound.fetch(request);
      } catch (RuntimeException e) {
        f = java.util.concurrent.CompletableFuture.failedFuture(e);
      }
      f.whenComplete((response, e) -> worker.post((RequestContext) context, () -> {
        if (e != null) {
          Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
          Object err = c instanceof dev.islet.runtime.loader.WorkerException w ? globals.errorValue(w)
              : Errors.create(realm, ErrorKind.TYPE_ERROR, "fetch failed: " + (c.getMessage() == null ? c : c.getMessage()));
          PromiseOperations.rejectPromise(realm, p, err);
          return;
        }
        PromiseOperations.resolve(realm, p, web.toJsResponse(realm, response));
      }));
    });
    return p;
  }

  /**
   * The bridge until the Fetch API's Request and Response (teammate webapi, issue 7) are on main: every
   * conversion fails with a clear error. TODO(conform): replace with the webapi classes.
   */
  private static final class PendingWebBridge implements WebBridge {
    private static final String MISSING = "Request and Response are not available in this build of islet yet.";

    @Override
    public Object toJsRequest(Realm realm, Request request) {
      throw new dev.islet.errors.JsThrow(Errors.create(realm, ErrorKind.TYPE_ERROR, MISSING));
    }

    @Override
    public Object toJsResponse(Realm realm, Response response) {
      throw new dev.islet.errors.JsThrow(Errors.create(realm, ErrorKind.TYPE_ERROR, MISSING));
    }

    @Override
    public void readRequest(Realm realm, Object input, Object init, BiConsumer<Request, Object> done) {
      done.accept(null, Errors.create(realm, ErrorKind.TYPE_ERROR, MISSING));
    }

    @Override
    public void readResponse(Realm realm, Object value, BiConsumer<Response, Object> done) {
      done.accept(null, Errors.create(realm, ErrorKind.TYPE_ERROR, MISSING));
    }
  }
}
