package dev.islet.runtime.isolate;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Cloned;
import dev.islet.runtime.bindings.CloneWriter;
import dev.islet.runtime.loader.Loader;
import dev.islet.runtime.loader.Worker;
import dev.islet.runtime.loader.WorkerCode;
import dev.islet.runtime.loader.WorkerLimits;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@code env.LOADER}, a host worker's Worker Loader binding (workerd's {@code WorkerLoader}):
 * {@code get(id, getCode)} and {@code load(code)} return a {@code WorkerStub} at once;
 * {@code stub.getEntrypoint(name?, {props?, limits?})} returns a stub of that entrypoint. The worker is
 * loaded on the first call through one; {@code getCode} runs then, in the host, only when no warm worker
 * has the id. A loaded worker inherits the host's outbound unless its code says otherwise. Anonymous
 * workers end once the host invocation that made them is done.
 */
public final class LoaderBinding {
  private LoaderBinding() {}

  public static JsObject create(Loader loader, WorkerIsolate host, Realm realm) {
    JsObject binding = JsObject.ordinary(realm, realm.objectPrototype());
    BuiltinInstaller.on(realm, binding)
        .method("get", 2, (r, t, args, nt) -> get(loader, host, Args.get(args, 0), Args.get(args, 1)))
        .method("load", 1, (r, t, args, nt) -> load(loader, host, Args.get(args, 0)));
    return binding;
  }

  private static Object get(Loader loader, WorkerIsolate host, Object idValue, Object getCode) {
    Realm realm = host.realm;
    String id = idValue == Undefined.INSTANCE || idValue == Null.INSTANCE ? null : TypeConversion.toString(realm, idValue);
    if (!(getCode instanceof JsObject fn) || !fn.isCallable()) {
      throw Entrypoints.typeError(realm, "LOADER.get(id, getCode): getCode must be a function.");
    }
    Supplier<CompletableFuture<WorkerCode>> code = () -> runGetCode(host, fn);
    return stub(host, loader.getAsync(id, code, host.outbound), id == null);
  }

  private static Object load(Loader loader, WorkerIsolate host, Object codeValue) {
    // As workerd: load() reads and checks the code now, so a mistake throws here, not at the first call.
    WorkerCode code = JsWorkerCode.parse(host, codeValue);
    return stub(host, loader.getAsync(null, () -> CompletableFuture.completedFuture(code), host.outbound), true);
  }

  /** Calls getCode in the host (in the invocation that needs the worker) and reads the code it gives. */
  private static CompletableFuture<WorkerCode> runGetCode(WorkerIsolate host, JsObject getCode) {
    CompletableFuture<WorkerCode> out = new CompletableFuture<>();
    Runnable run = () -> {
      Realm realm = host.realm;
      Object v;
      try {
        v = getCode.call(Undefined.INSTANCE, JsObject.NO_ARGS);
      } catch (JsThrow t) {
        out.completeExceptionally(Errs.fromJs(realm, t.value(), host.options.shareErrorStacks()));
        return;
      }
      PromiseObject p = PromiseOperations.promiseResolveIntrinsic(realm, v);
      PromiseOperations.then(realm, p, value -> {
        try {
          out.complete(JsWorkerCode.parse(host, value));
        } catch (JsThrow t) {
          out.completeExceptionally(Errs.fromJs(realm, t.value(), host.options.shareErrorStacks()));
        }
        return Undefined.INSTANCE;
      }, e -> {
        out.completeExceptionally(Errs.fromJs(realm, e, host.options.shareErrorStacks()));
        return Undefined.INSTANCE;
      });
    };
    if (host.inLoop()) {
      run.run(); // the first call through the stub is running in the host right now
    } else {
      host.post(host.current, run);
    }
    return out;
  }

  /** The WorkerStub: {@code getEntrypoint(name?, {props?, limits?})}. */
  private static JsObject stub(WorkerIsolate host, Worker worker, boolean anonymous) {
    Realm realm = host.realm;
    RequestContext ctx = host.current;
    if (anonymous && ctx != null && !ctx.isGlobalScope()) {
      ctx.onDone(worker::closeWhenIdle);
    }
    JsObject stub = JsObject.ordinary(realm, realm.objectPrototype());
    BuiltinInstaller.on(realm, stub)
        .method("getEntrypoint", 2, (r, t, args, nt) -> entrypoint(host, worker, Args.get(args, 0), Args.get(args, 1)))
        .method("getDurableObjectClass", 2, (r, t, args, nt) -> {
          throw Entrypoints.typeError(r, "Durable Objects are not supported by islet.");
        });
    return stub;
  }

  private static Object entrypoint(WorkerIsolate host, Worker worker, Object nameValue, Object options) {
    Realm realm = host.realm;
    String name = nameValue == Undefined.INSTANCE || nameValue == Null.INSTANCE ? null : TypeConversion.toString(realm, nameValue);
    Object props = Cloned.UNDEFINED;
    WorkerLimits limits = WorkerLimits.NONE;
    if (options instanceof JsObject o) {
      Object p = o.get(realm, "props");
      if (p != Undefined.INSTANCE) {
        props = CloneWriter.write(realm, p, host.globals.bindings);
      }
      if (o.get(realm, "limits") instanceof JsObject l) {
        limits = JsWorkerCode.limits(realm, l);
      }
    }
    return host.globals.bindings.stubs.stub(worker.getEntrypoint(name, props, limits).capability());
  }
}
