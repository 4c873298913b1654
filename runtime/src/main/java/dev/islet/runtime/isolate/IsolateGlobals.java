package dev.islet.runtime.isolate;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.CloneReader;
import dev.islet.runtime.bindings.WebBridge;
import dev.islet.runtime.eventloop.Timers;
import dev.islet.runtime.tail.TraceValues;
import dev.islet.runtime.webapi.console.Console;
import dev.islet.vm.HostHooks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

/**
 * A worker's global scope and host hooks: {@code console} into the trace, timers and
 * {@code queueMicrotask} on the isolate's loop, {@code fetch} through the worker's outbound, the
 * {@code cloudflare:workers} module, the {@code env} object, and the Workers rules (no code generation
 * from strings after startup, no timers or I/O in global scope, unhandled rejections reported to the
 * trace).
 */
final class IsolateGlobals implements HostHooks, Timers.Host, Console.ValuesSink {
  /** workerd's error for I/O, timers and random values in global scope. */
  static final String GLOBAL_SCOPE = "Disallowed operation called within global scope. Asynchronous I/O (ex: fetch() or "
      + "connect()), setting a timeout, and generating random values are not allowed within global scope. To fix this "
      + "error, perform this operation within a handler. https://developers.cloudflare.com/workers/runtime-apis/handlers/";

  private final WorkerIsolate worker;
  private final Realm realm;
  final IsolateBindings bindings;
  private final WorkersModule workersModule;
  private final Timers timers;
  private final WebBridge web;
  /** Promises rejected with no handler yet, in order (HostPromiseRejectionTracker). */
  private final Map<JsObject, Boolean> rejected = new LinkedHashMap<>();
  private JsObject env;
  private JsObject exports;

  private IsolateGlobals(WorkerIsolate worker) {
    this.worker = worker;
    this.realm = worker.realm;
    this.bindings = new IsolateBindings(worker);
    this.workersModule = new WorkersModule(worker, this);
    this.web = WebGlobals.install(worker, this);
    realm.agent.setHostHooks(this);
    Console.install(realm, this);
    this.timers = Timers.install(realm, this);
  }

  static IsolateGlobals install(WorkerIsolate worker) {
    IsolateGlobals g = new IsolateGlobals(worker);
    dev.islet.modules.Modules.setHost(worker.realm, new dev.islet.runtime.modules.WorkerModuleHost(worker.code.modules(),
        Map.of(WorkersModule.SPECIFIER, g.workersModule)));
    return g;
  }

  WebBridge web() {
    return web;
  }

  // ================================================================== env

  /** The worker's {@code env}, made on first use from its code's bindings. */
  JsObject env() {
    if (env == null) {
      env = Env.build(worker, bindings);
    }
    return env;
  }

  /**
   * {@code ctx.exports}: a loopback stub for each WorkerEntrypoint class the main module exports (and the
   * default export when it is a handler object), made once the main module is evaluated.
   */
  JsObject exportsObject() {
    if (exports != null) {
      return exports;
    }
    JsObject out = JsObject.ordinary(realm, realm.objectPrototype());
    JsObject ns = worker.mainNamespace;
    if (ns == null) {
      return out; // module evaluation is still running: nothing to loop back to yet
    }
    for (Object key : ns.ownPropertyKeys(realm)) {
      if (!(key instanceof String name)) {
        continue;
      }
      Object value = ns.get(realm, name);
      boolean entrypoint = value instanceof JsObject cls && workersModule.isWorkerEntrypointClass(realm, cls)
          || name.equals("default") && value instanceof JsObject o && !o.isCallable();
      if (entrypoint) {
        JsObject stub = bindings.stubs.loopback(worker.services.loopback(worker, name, dev.islet.runtime.bindings.Cloned.UNDEFINED),
            props -> worker.services.loopback(worker, name, props));
        dev.islet.ops.ObjectOperations.createDataPropertyOrThrow(realm, out, name, stub);
      }
    }
    exports = out;
    return out;
  }

  /** The JS object for a binding that is not data (the loader binding), or null. */
  Object bindingObject(Object value) {
    return worker.services.bindingObject(worker, realm, value);
  }

  boolean isRpcTarget(JsObject o) {
    return workersModule.isRpcTarget(o);
  }

  boolean isClass(JsObject o) {
    return workersModule.isClassConstructor(o);
  }

  WorkersModule workers() {
    return workersModule;
  }

  // ================================================================== HostHooks

  @Override
  public boolean dynamicFunctionsAllowed(Realm r) {
    RequestContext ctx = worker.current;
    return worker.options.allowEval() || ctx == null || ctx.isGlobalScope();
  }

  @Override
  public void promiseRejectionTracker(JsObject promise, String operation) {
    if (operation.equals("reject")) {
      rejected.put(promise, Boolean.TRUE);
    } else {
      rejected.remove(promise);
    }
  }

  @Override
  public boolean agentCanSuspend(Realm r) {
    return false; // a loop thread is shared by many isolates: Atomics.wait must never block it
  }

  /** After a checkpoint: promises still rejected with no handler become exceptions of the running invocation. */
  void reportUnhandledRejections() {
    if (rejected.isEmpty()) {
      return;
    }
    List<JsObject> list = new ArrayList<>(rejected.keySet());
    rejected.clear();
    RequestContext ctx = worker.current;
    for (JsObject p : list) {
      if (ctx != null && p instanceof PromiseObject promise && promise.state() == PromiseObject.REJECTED && !promise.isHandled()) {
        var e = Errs.fromJs(realm, promise.result(), true);
        ctx.reportException(e.errorName(), "Uncaught (in promise) " + e.errorMessage(), e.errorStack());
      }
    }
  }

  // ================================================================== console

  @Override
  public void write(Realm r, Console.Level level, String text, Object[] values) {
    RequestContext ctx = worker.current;
    if (ctx == null) {
      return;
    }
    List<Object> message = r == null ? List.of(text) : TraceValues.of(r, values);
    ctx.trace.log(level.name().toLowerCase(Locale.ROOT), message, text.length() + 16L);
    worker.services.console(worker, level, text);
  }

  // ================================================================== timers

  @Override
  public void checkAllowed(Realm r, String operation) {
    checkNotGlobalScope(r);
  }

  /** Throws workerd's global-scope error when the running code is module evaluation (unless the host allows it). */
  void checkNotGlobalScope(Realm r) {
    RequestContext ctx = worker.current;
    if (!worker.options.allowGlobalScopeIo() && (ctx == null || ctx.isGlobalScope())) {
      throw new JsThrow(Errors.create(r, ErrorKind.ERROR, GLOBAL_SCOPE));
    }
  }

  @Override
  public Timers.Cancelable schedule(long delayMillis, Runnable callback, Runnable dropped) {
    RequestContext ctx = worker.current;
    if (ctx == null) {
      return null;
    }
    boolean[] over = {false};
    ScheduledFuture<?> f = worker.delay(delayMillis, () -> {
      if (!over[0]) {
        worker.runTask(ctx, callback);
      }
    });
    ctx.onDone(() -> {
      over[0] = true;
      f.cancel(false);
      dropped.run();
    });
    return () -> {
      over[0] = true;
      f.cancel(false);
    };
  }

  /** The isolate ended: drop timers and exports. */
  void shutdown() {
    timers.cancelAll();
    bindings.clear();
    rejected.clear();
  }

  /** An exception nobody can catch (a throwing event listener): the running invocation's trace gets it. */
  void reportError(Object thrown) {
    RequestContext ctx = worker.current;
    if (ctx != null) {
      var e = Errs.fromJs(realm, thrown, true);
      ctx.reportException(e.errorName(), e.errorMessage(), e.errorStack());
    }
  }

  /** A JS error of {@code e} in this realm (for failures crossing in). */
  Object errorValue(dev.islet.runtime.loader.WorkerException e) {
    return CloneReader.error(realm, new dev.islet.runtime.bindings.Cloned.ErrorValue(e.errorName(), e.errorMessage(), e.errorStack()));
  }
}
