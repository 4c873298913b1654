package dev.islet.runtime.isolate;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.bindings.CloneReader;
import dev.islet.runtime.bindings.CloneWriter;
import dev.islet.runtime.bindings.ExportedCapability;
import dev.islet.runtime.bindings.JsStubs;
import dev.islet.runtime.bindings.StubHost;
import dev.islet.runtime.bindings.WebBridge;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How values cross this isolate's boundary: the stubs it holds ({@link JsStubs}), the functions and
 * {@code RpcTarget}s it exports (a handle table; each call on one runs as an RPC invocation here), and
 * the clone hooks that turn one into the other.
 */
final class IsolateBindings implements StubHost, ExportedCapability.Owner, CloneWriter.Hooks, CloneReader.Hooks {
  private final WorkerIsolate worker;
  final JsStubs stubs;
  /** Exported objects by handle; touched on the loop thread only. */
  private final HashMap<Integer, JsObject> exported = new HashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger nextHandle = new java.util.concurrent.atomic.AtomicInteger(1);

  IsolateBindings(WorkerIsolate worker) {
    this.worker = worker;
    this.stubs = new JsStubs(this);
  }

  // ================================================================== StubHost

  @Override
  public Realm realm() {
    return worker.realm;
  }

  @Override
  public Object currentContext() {
    return worker.current;
  }

  @Override
  public void resume(Object context, Runnable js) {
    worker.post((RequestContext) context, js);
  }

  @Override
  public void disposeAtEnd(Capability c) {
    RequestContext ctx = worker.current;
    if (ctx != null && !ctx.isGlobalScope()) {
      ctx.onDone(c::dispose);
    }
  }

  @Override
  public String countSubrequest() {
    RequestContext ctx = worker.current;
    return ctx == null || ctx.countSubrequest() ? null : "Too many subrequests.";
  }

  @Override
  public CloneWriter.Hooks writerHooks() {
    return this;
  }

  @Override
  public CloneReader.Hooks readerHooks() {
    return this;
  }

  @Override
  public WebBridge web() {
    return worker.globals.web();
  }

  // ================================================================== CloneWriter.Hooks

  @Override
  public Capability capabilityFor(Realm realm, JsObject o) {
    Capability c = stubs.capabilityOf(o);
    if (c != null) {
      return c.dup();
    }
    if (o.isCallable() && !worker.globals.isClass(o) || worker.globals.isRpcTarget(o)) {
      return new ExportedCapability(this, export(o));
    }
    return null;
  }

  @Override
  public boolean includeStacks() {
    return worker.options.shareErrorStacks();
  }

  // ================================================================== CloneReader.Hooks

  @Override
  public Object stubFor(Realm realm, Capability capability) {
    disposeAtEnd(capability);
    return stubs.stub(capability);
  }

  @Override
  public Object hostObject(Realm realm, Object value) {
    if (value instanceof Request r) {
      return web().toJsRequest(realm, r);
    }
    if (value instanceof Response r) {
      return web().toJsResponse(realm, r);
    }
    return worker.globals.bindingObject(value);
  }

  // ================================================================== exports

  int export(JsObject o) {
    int h = nextHandle.getAndIncrement();
    exported.put(h, o);
    return h;
  }

  JsObject exported(int handle) {
    return exported.get(handle);
  }

  @Override
  public CompletableFuture<Object> callExported(int handle, List<String> path, List<Object> args) {
    return worker.callExported(handle, path, args).result();
  }

  @Override
  public int duplicate(int handle) {
    // Never blocks (two isolates duplicating each other's stubs must not wait on each other): the new
    // handle is taken now and filled in by a task, which runs before any call that uses it.
    int h = nextHandle.getAndIncrement();
    if (worker.inLoop()) {
      JsObject o = exported.get(handle);
      if (o != null) {
        exported.put(h, o);
      }
    } else {
      worker.loop.post(() -> {
        JsObject o = exported.get(handle);
        if (o != null) {
          exported.put(h, o);
        }
      });
    }
    return h;
  }

  @Override
  public void release(int handle) {
    if (worker.inLoop()) {
      exported.remove(handle);
    } else {
      worker.loop.post(() -> exported.remove(handle));
    }
  }

  /** Forgets every export (the isolate ended). */
  void clear() {
    exported.clear();
  }
}
