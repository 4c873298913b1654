package dev.islet.runtime.isolate;

import dev.islet.api.host.HostPromises;
import dev.islet.api.host.HostScheduler;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.WebBridge;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.runtime.webapi.fetch.Fetch;
import dev.islet.runtime.webapi.fetch.RequestClass;
import dev.islet.runtime.webapi.global.GlobalOptions;
import dev.islet.runtime.webapi.global.WorkerGlobals;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Web API globals of a worker ({@link WorkerGlobals}) and the global {@code fetch()} through its
 * outbound: refused in global scope; blocked ({@code globalOutbound: null}) rejects with workerd's
 * error; otherwise each request goes, with its full URL, to the worker's outbound
 * {@link dev.islet.runtime.loader.Fetcher} (its {@code globalOutbound} stub, or what it inherited).
 */
final class WebGlobals {
  /** workerd's error for fetch() when globalOutbound is null. */
  static final String NO_OUTBOUND = "This worker is not permitted to access the internet via global functions like fetch(). "
      + "It must use capabilities (such as bindings in 'env') to talk to the outside world.";

  private WebGlobals() {}

  static WebBridge install(WorkerIsolate worker, IsolateGlobals globals) {
    Realm realm = worker.realm;
    HostScheduler scheduler = (delay, task) -> {
      var c = globals.schedule(delay, task, () -> {});
      return c == null ? () -> {} : c::cancel;
    };
    WorkerGlobals.install(realm, GlobalOptions.defaults()
        .withFetchHandler((r, request) -> outbound(worker, globals, r, request))
        .withScheduler(scheduler)
        .withErrorReporter((r, e) -> globals.reportError(e)));
    // No random values in global scope either, as workerd.
    dev.islet.api.host.HostState.put(realm, dev.islet.runtime.webapi.crypto.CryptoClasses.RandomValuesGuard.class,
        globals::checkNotGlobalScope);
    JsObject global = realm.globalObject();
    // fetch() in global scope throws at once, as workerd's does; otherwise it is the Fetch standard's.
    BuiltinInstaller.on(realm, global).method("fetch", 1, (r, t, args, nt) -> {
      globals.checkNotGlobalScope(r);
      return Fetch.fetch(r, t, args, nt);
    });
    return new FetchBridge();
  }

  /** The fetch handler: the request goes to the worker's outbound; the result is a promise of a Response. */
  private static Object outbound(WorkerIsolate worker, IsolateGlobals globals, Realm realm, RequestClass.RequestObject jsRequest) {
    if (worker.outbound == null) {
      throw new JsThrow(Errors.create(realm, ErrorKind.ERROR, NO_OUTBOUND));
    }
    String over = globals.bindings.countSubrequest();
    if (over != null) {
      throw new JsThrow(Errors.create(realm, ErrorKind.ERROR, over));
    }
    Request request = FetchBridge.toJava(realm, jsRequest);
    JsObject promise = HostPromises.create(realm);
    RequestContext context = worker.current;
    CompletableFuture<Response> f;
    try {
      f = worker.outbound.fetch(request);
    } catch (RuntimeException e) {
      f = CompletableFuture.failedFuture(e);
    }
    f.whenComplete((response, e) -> worker.post(context, () -> {
      if (e != null) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        Object err = c instanceof WorkerException w ? globals.errorValue(w)
            : Errors.create(realm, ErrorKind.TYPE_ERROR, "fetch failed: " + (c.getMessage() == null ? c : c.getMessage()));
        HostPromises.reject(realm, promise, err);
        return;
      }
      try {
        HostPromises.resolve(realm, promise, globals.web().toJsResponse(realm, response));
      } catch (JsThrow t) {
        HostPromises.reject(realm, promise, t.value());
      }
    }));
    return promise;
  }
}
