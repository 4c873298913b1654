package dev.islet.runtime.isolate;

import dev.islet.ast.Program;
import dev.islet.bytecode.Code;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.compiler.Compiler;
import dev.islet.modules.ModuleHost;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.ObjectOperations;
import dev.islet.parser.Parser;
import dev.islet.realm.Realm;
import dev.islet.source.Source;
import dev.islet.values.Undefined;
import dev.islet.vm.FunctionInstance;
import dev.islet.vm.ScriptFunction;
import java.util.List;

/**
 * The {@code cloudflare:workers} module: {@code WorkerEntrypoint} (a named entrypoint's base class:
 * {@code this.ctx}, {@code this.env}), {@code RpcTarget} (instances cross RPC as stubs),
 * {@code DurableObject} (importable; Durable Objects are not supported as entrypoints), {@code env}
 * (the worker's env) and {@code waitUntil} (the current invocation's {@code ctx.waitUntil}).
 *
 * <p>The classes are ordinary JS classes (so {@code class X extends WorkerEntrypoint} works as usual),
 * made once per isolate when the module is first imported; the runtime recognizes them by identity.
 */
final class WorkersModule implements ModuleHost.Synthetic {
  static final String SPECIFIER = "cloudflare:workers";
  private static final List<String> EXPORTS = List.of("WorkerEntrypoint", "RpcTarget", "DurableObject", "env", "waitUntil");
  private static final String CLASSES = """
      (function () {
        class WorkerEntrypoint { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }
        class RpcTarget {}
        class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }
        return [WorkerEntrypoint, RpcTarget, DurableObject];
      })()""";
  /** Compiled once for every isolate: compiled code is immutable and shared. */
  private static final Code CLASSES_CODE = compile();

  private final WorkerIsolate worker;
  private final IsolateGlobals globals;
  private JsObject workerEntrypoint;
  private JsObject workerEntrypointPrototype;
  private JsObject rpcTargetPrototype;
  private JsObject durableObject;

  WorkersModule(WorkerIsolate worker, IsolateGlobals globals) {
    this.worker = worker;
    this.globals = globals;
  }

  private static Code compile() {
    Source src = new Source("cloudflare:workers", CLASSES);
    Program p = Parser.parseScript(src);
    return Compiler.compileScript(p, src);
  }

  @Override
  public List<String> exportNames() {
    return EXPORTS;
  }

  @Override
  public Object[] evaluate(Realm realm) {
    classes(realm);
    NativeFunction waitUntil = new NativeFunction(realm, "waitUntil", 1,
        (r, t, args, nt) -> Entrypoints.waitUntil(worker, worker.current, args.length > 0 ? args[0] : Undefined.INSTANCE), false);
    return new Object[] {workerEntrypoint, rpcTargetPrototype.get(realm, "constructor"), durableObject, globals.env(), waitUntil};
  }

  private void classes(Realm realm) {
    if (workerEntrypoint != null) {
      return;
    }
    Object list = realm.agent.interpreter.runTopLevel(realm, CLASSES_CODE, new FunctionInstance(CLASSES_CODE.template),
        Undefined.INSTANCE, null, null);
    JsObject a = (JsObject) list;
    workerEntrypoint = (JsObject) a.get(realm, 0);
    JsObject rpcTarget = (JsObject) a.get(realm, 1);
    durableObject = (JsObject) a.get(realm, 2);
    workerEntrypointPrototype = (JsObject) workerEntrypoint.get(realm, "prototype");
    rpcTargetPrototype = (JsObject) rpcTarget.get(realm, "prototype");
  }

  /** Whether {@code fn} is a class that extends this isolate's WorkerEntrypoint. */
  boolean isWorkerEntrypointClass(Realm realm, JsObject fn) {
    return workerEntrypoint != null && fn.isConstructor() && fn != workerEntrypoint
        && inChain(realm, fn.get(realm, "prototype"), workerEntrypointPrototype);
  }

  /** The prototype where RPC stops looking for methods: WorkerEntrypoint's or RpcTarget's. */
  boolean isRpcBase(JsObject proto) {
    return proto == workerEntrypointPrototype || proto == rpcTargetPrototype;
  }

  /** Whether {@code o} is an instance of RpcTarget or WorkerEntrypoint (crosses RPC as a stub). */
  boolean isRpcTarget(JsObject o) {
    if (rpcTargetPrototype == null) {
      return false;
    }
    Realm realm = worker.realm;
    return inChain(realm, o, rpcTargetPrototype) || inChain(realm, o, workerEntrypointPrototype);
  }

  /** Whether {@code o} is a class constructor (classes are not callable across RPC). */
  boolean isClassConstructor(JsObject o) {
    return o instanceof ScriptFunction f && f.template.is(FunctionTemplate.CLASS_CONSTRUCTOR);
  }

  private static boolean inChain(Realm realm, Object o, JsObject proto) {
    if (!(o instanceof JsObject start) || proto == null) {
      return false;
    }
    int guard = 0;
    for (JsObject p = start.getPrototypeOf(realm); p != null && guard < 10_000; p = p.getPrototypeOf(realm), guard++) {
      if (p == proto) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code o}'s prototype chain reaches {@code proto} (o itself excluded). */
  static boolean inheritsFrom(Realm realm, JsObject o, JsObject proto) {
    return inChain(realm, o, proto);
  }

  /** Creates an instance of a WorkerEntrypoint subclass: {@code new cls(ctx, env)}. */
  static JsObject construct(Realm realm, JsObject cls, JsObject ctx, JsObject env) {
    return ObjectOperations.construct(realm, cls, new Object[] {ctx, env}, null);
  }
}
