package dev.islet.runtime.isolate;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Cloned;
import dev.islet.runtime.bindings.CloneReader;
import dev.islet.runtime.bindings.CloneWriter;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.tail.TraceItem;
import dev.islet.values.Undefined;
import java.util.List;

/**
 * How an invocation reaches the worker's code: the entrypoint (the default export or a named one, a
 * {@code WorkerEntrypoint} subclass instantiated per invocation or a plain object whose methods get
 * {@code (…args, env, ctx)}), the {@code ctx} object ({@code waitUntil}, {@code passThroughOnException},
 * {@code props}, {@code exports}), and the RPC rules: a {@code WorkerEntrypoint} or {@code RpcTarget}
 * exposes its prototype methods and accessors only, never its own fields or {@code #private} members.
 */
final class Entrypoints {
  private Entrypoints() {}

  /** A resolved entrypoint: what methods are called on, and whether they get (…args, env, ctx). */
  private record Handler(JsObject receiver, boolean plain, JsObject ctx, JsObject env) {}

  // ================================================================== fetch

  static void fetch(WorkerIsolate worker, RequestContext ctx, Request request) {
    Realm realm = worker.realm;
    Handler h = resolve(worker, ctx);
    Object fetch = rpcLookup(worker, h.receiver, "fetch", h.plain);
    if (!(fetch instanceof JsObject fn) || !fn.isCallable()) {
      throw typeError(realm, "Handler does not export a fetch() function.");
    }
    Object jsRequest = worker.globals.web().toJsRequest(realm, request);
    Object result = h.plain ? fn.call(h.receiver, new Object[] {jsRequest, h.env, h.ctx}) : fn.call(h.receiver, new Object[] {jsRequest});
    whenSettled(worker, ctx, result, value -> worker.globals.web().readResponse(realm, value, (response, error) -> {
      if (response == null) {
        worker.uncaught(ctx, error);
        return;
      }
      if (ctx.event() instanceof TraceItem.FetchEvent f) {
        ctx.setEvent(new TraceItem.FetchEvent(f.method(), f.url(), f.headers(), response.status()));
      }
      ctx.respond(response);
    }));
  }

  // ================================================================== RPC

  static void call(WorkerIsolate worker, RequestContext ctx, List<String> path, List<Object> args) {
    Handler h = resolve(worker, ctx);
    if (!path.isEmpty() && (path.get(0).equals("fetch") || path.get(0).equals("constructor"))) {
      throw typeError(worker.realm, "The RPC receiver does not implement the method \"" + path.get(0) + "\".");
    }
    invoke(worker, ctx, h.receiver, h.plain, h, path, args);
  }

  /** A call on a function or RpcTarget this isolate exported. */
  static void callExported(WorkerIsolate worker, RequestContext ctx, JsObject target, List<String> path, List<Object> args) {
    if (target == null) {
      throw new JsThrow(Errors.create(worker.realm, ErrorKind.ERROR, dev.islet.runtime.bindings.JsStubs.DISPOSED));
    }
    invoke(worker, ctx, target, false, null, path, args);
  }

  private static void invoke(WorkerIsolate worker, RequestContext ctx, JsObject start, boolean plain, Handler h,
      List<String> path, List<Object> args) {
    Realm realm = worker.realm;
    IsolateBindings b = worker.globals.bindings;
    Object[] jsArgs = args == null ? null : CloneReader.readAll(realm, args, b);
    Object cur = start;
    int last = args == null ? path.size() : path.size() - 1;
    for (int i = 0; i < last; i++) {
      if (!(cur instanceof JsObject o)) {
        throw typeError(realm, "Cannot read properties of " + cur + " (reading '" + path.get(i) + "')");
      }
      cur = rpcLookup(worker, o, path.get(i), plain && i == 0);
    }
    Object result;
    if (args == null) {
      result = cur;
    } else if (path.isEmpty()) {
      if (!(cur instanceof JsObject fn) || !fn.isCallable()) {
        throw typeError(realm, "The RPC receiver is not a function.");
      }
      result = fn.call(Undefined.INSTANCE, jsArgs);
    } else {
      String name = path.get(path.size() - 1);
      if (!(cur instanceof JsObject o)) {
        throw typeError(realm, "Cannot read properties of " + cur + " (reading '" + name + "')");
      }
      Object method = rpcLookup(worker, o, name, plain && path.size() == 1);
      if (!(method instanceof JsObject fn) || !fn.isCallable()) {
        throw typeError(realm, "The RPC receiver does not implement the method \"" + name + "\".");
      }
      Object[] callArgs = jsArgs;
      if (plain && path.size() == 1) {
        callArgs = java.util.Arrays.copyOf(jsArgs, jsArgs.length + 2);
        callArgs[jsArgs.length] = h.env;
        callArgs[jsArgs.length + 1] = h.ctx;
      }
      result = fn.call(o, callArgs);
    }
    whenSettled(worker, ctx, result, value -> ctx.respond(CloneWriter.write(realm, value, b)));
  }

  /**
   * Looks {@code name} up as RPC sees it: on a WorkerEntrypoint or RpcTarget instance, only on its class's
   * prototypes (stopping at the base class), so own fields stay private; on any other object, its own
   * and inherited properties up to (not including) Object.prototype.
   */
  static Object rpcLookup(WorkerIsolate worker, JsObject o, String name, boolean plain) {
    Realm realm = worker.realm;
    WorkersModule wm = worker.globals.workers();
    boolean target = !plain && wm.isRpcTarget(o);
    JsObject p = target ? o.getPrototypeOf(realm) : o;
    for (int guard = 0; p != null && guard < 10_000; p = p.getPrototypeOf(realm), guard++) {
      if (p == realm.objectPrototype() || wm.isRpcBase(p) || p == realm.intrinsic(dev.islet.realm.Intrinsic.FUNCTION_PROTOTYPE)) {
        break;
      }
      PropertyDescriptor d = p.getOwnProperty(realm, name);
      if (d != null) {
        if (d.isAccessorDescriptor()) {
          Object getter = d.getter();
          return getter instanceof JsObject g && g.isCallable() ? g.call(o, JsObject.NO_ARGS) : Undefined.INSTANCE;
        }
        return d.value();
      }
    }
    return Undefined.INSTANCE;
  }

  // ================================================================== entrypoints and ctx

  private static Handler resolve(WorkerIsolate worker, RequestContext ctx) {
    Realm realm = worker.realm;
    JsObject ctxObject = ctxObject(worker, ctx);
    JsObject env = worker.globals.env();
    String name = ctx.entrypoint;
    Object value = worker.mainNamespace.get(realm, name);
    if (value instanceof JsObject cls && cls.isConstructor() && worker.globals.workers().isWorkerEntrypointClass(realm, cls)) {
      return new Handler(WorkersModule.construct(realm, cls, ctxObject, env), false, ctxObject, env);
    }
    if (value instanceof JsObject o && !o.isCallable()) {
      return new Handler(o, true, ctxObject, env);
    }
    if (value == Undefined.INSTANCE) {
      throw typeError(realm, "Worker has no entrypoint named \"" + name + "\".");
    }
    throw typeError(realm, "The entrypoint \"" + name + "\" is not a WorkerEntrypoint class or an object with handler methods.");
  }

  /** The {@code ctx} of an invocation: waitUntil, passThroughOnException, props, exports. */
  static JsObject ctxObject(WorkerIsolate worker, RequestContext ctx) {
    Realm realm = worker.realm;
    JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
    o.defineOwnProperty(realm, "waitUntil", PropertyDescriptor.data(new NativeFunction(realm, "waitUntil", 1,
        (r, t, args, nt) -> waitUntil(worker, ctx, args.length > 0 ? args[0] : Undefined.INSTANCE), false), Attributes.DEFAULT));
    // No origin stands behind a worker run by islet: passing through on exception has nothing to pass to.
    o.defineOwnProperty(realm, "passThroughOnException", PropertyDescriptor.data(new NativeFunction(realm,
        "passThroughOnException", 0, (r, t, args, nt) -> Undefined.INSTANCE, false), Attributes.DEFAULT));
    Object props = ctx.props == Cloned.UNDEFINED ? JsObject.ordinary(realm, realm.objectPrototype())
        : CloneReader.read(realm, ctx.props, worker.globals.bindings);
    o.defineOwnProperty(realm, "props", PropertyDescriptor.data(props, Attributes.DEFAULT));
    o.defineOwnProperty(realm, "exports", PropertyDescriptor.data(worker.globals.exportsObject(), Attributes.DEFAULT));
    return o;
  }

  /** ctx.waitUntil(promise): the invocation stays open until it settles; a rejection is logged as an exception. */
  static Object waitUntil(WorkerIsolate worker, RequestContext ctx, Object value) {
    if (ctx == null || ctx.isDone() || ctx.isGlobalScope()) {
      return Undefined.INSTANCE;
    }
    Realm realm = worker.realm;
    ctx.waitUntilStarted();
    PromiseObject p = PromiseOperations.promiseResolveIntrinsic(realm, value);
    PromiseOperations.then(realm, p, v -> {
      ctx.waitUntilSettled();
      return Undefined.INSTANCE;
    }, e -> {
      var err = Errs.fromJs(realm, e, true);
      ctx.reportException(err.errorName(), err.errorMessage(), err.errorStack());
      ctx.waitUntilSettled();
      return Undefined.INSTANCE;
    });
    return Undefined.INSTANCE;
  }

  /** Runs {@code onValue} with {@code result}'s value once it settles; a rejection fails the invocation. */
  private static void whenSettled(WorkerIsolate worker, RequestContext ctx, Object result, java.util.function.Consumer<Object> onValue) {
    Realm realm = worker.realm;
    if (!(result instanceof JsObject)) {
      onValue.accept(result);
      return;
    }
    PromiseObject p = PromiseOperations.promiseResolveIntrinsic(realm, result);
    PromiseOperations.then(realm, p, v -> {
      try {
        onValue.accept(v);
      } catch (JsThrow t) {
        worker.uncaught(ctx, t.value());
      }
      return Undefined.INSTANCE;
    }, e -> {
      worker.uncaught(ctx, e);
      return Undefined.INSTANCE;
    });
  }

  static JsThrow typeError(Realm realm, String message) {
    return new JsThrow(Errors.create(realm, ErrorKind.TYPE_ERROR, message));
  }
}
