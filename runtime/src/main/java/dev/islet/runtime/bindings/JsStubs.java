package dev.islet.runtime.bindings;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.builtins.reflection.ProxyObject;
import dev.islet.builtins.support.Args;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Stubs: the JS face of a {@link Capability}, as workerd's RPC stubs behave.
 *
 * <ul>
 *   <li>{@code stub.method(...args)} calls the method remotely and returns an RPC promise;</li>
 *   <li>{@code stub.prop} is a property stub: calling it calls {@code prop}, awaiting it reads
 *       {@code prop}, and {@code stub.a.b(...)} reaches further (promise pipelining);</li>
 *   <li>an RPC promise is a thenable whose properties pipeline onto the value it will have, so
 *       {@code await stub.getCounter().increment()} takes no extra await;</li>
 *   <li>{@code stub.fetch(input, init)} sends an HTTP request when the target is a fetcher;</li>
 *   <li>{@code stub[Symbol.dispose]()} (and {@code using}) releases the target; {@code stub.dup()}
 *       copies the stub with a lifetime of its own.</li>
 * </ul>
 *
 * Each stub is a Proxy over a native function (so a stub of a function is callable, and
 * {@code typeof stub === "function"}), with traps that never run the worker's code.
 */
public final class JsStubs {
  /** workerd's message for a call on a disposed stub. */
  public static final String DISPOSED = "Attempted to use RPC stub after it has been disposed.";

  /**
   * The capability behind each stub of this realm. Weak both ways: a stub nobody holds is forgotten, and
   * its entry (removed only when the map is next touched) keeps nothing alive meanwhile; the stub's own
   * handler holds the capability while the stub lives.
   */
  private final WeakHashMap<JsObject, WeakReference<Capability>> capabilities = new WeakHashMap<>();
  private final StubHost host;

  public JsStubs(StubHost host) {
    this.host = host;
  }

  /** The capability {@code o} is a stub of (to pass it on without wrapping it twice), or null. */
  public Capability capabilityOf(JsObject o) {
    WeakReference<Capability> c = capabilities.get(o);
    return c == null ? null : c.get();
  }

  /** A stub of {@code capability}. */
  public JsObject stub(Capability capability) {
    return stub(new Ref(capability), List.of(), true);
  }

  /**
   * A loopback entrypoint of {@code ctx.exports}: a stub of {@code base} that can also be called with
   * {@code ({props})} to get a stub whose invocations see those props as {@code ctx.props}.
   */
  public JsObject loopback(Capability base, java.util.function.Function<Object, Capability> withProps) {
    Realm realm = host.realm();
    Ref ref = new Ref(base);
    NativeFunction target = new NativeFunction(realm, "", 1, (r, t, a, nt) -> Undefined.INSTANCE, false);
    JsObject handler = JsObject.ordinary(realm, null);
    define(realm, handler, "get", 3, (r, t, args, nt) -> stubGet(ref, List.of(), true, Args.get(args, 1)));
    define(realm, handler, "apply", 3, (r, t, args, nt) -> {
      Object[] callArgs = ObjectOperations.createListFromArrayLike(r, Args.get(args, 2));
      Object options = callArgs.length > 0 ? callArgs[0] : Undefined.INSTANCE;
      Object props = dev.islet.runtime.bindings.Cloned.UNDEFINED;
      if (options instanceof JsObject o) {
        Object p = o.get(r, "props");
        if (p != Undefined.INSTANCE) {
          props = CloneWriter.write(r, p, host.writerHooks());
        }
      }
      return stub(withProps.apply(props));
    });
    ProxyObject stub = ProxyObject.create(realm, target, handler);
    capabilities.put(stub, new WeakReference<>(base));
    return stub;
  }

  /** One capability seen by this realm, and whether it was disposed here. */
  private static final class Ref {
    final Capability capability;
    boolean disposed;

    Ref(Capability capability) {
      this.capability = capability;
    }
  }

  private JsObject stub(Ref ref, List<String> path, boolean root) {
    Realm realm = host.realm();
    NativeFunction target = new NativeFunction(realm, "", 0, (r, t, a, nt) -> Undefined.INSTANCE, false);
    JsObject handler = JsObject.ordinary(realm, null);
    define(realm, handler, "get", 3, (r, t, args, nt) -> stubGet(ref, path, root, Args.get(args, 1)));
    define(realm, handler, "apply", 3, (r, t, args, nt) -> call(ref, path, ObjectOperations.createListFromArrayLike(r, Args.get(args, 2))));
    define(realm, handler, "set", 4, (r, t, args, nt) -> Boolean.FALSE);
    define(realm, handler, "defineProperty", 3, (r, t, args, nt) -> Boolean.FALSE);
    ProxyObject stub = ProxyObject.create(realm, target, handler);
    if (root) {
      capabilities.put(stub, new WeakReference<>(ref.capability));
    }
    return stub;
  }

  private Object stubGet(Ref ref, List<String> path, boolean root, Object key) {
    Realm realm = host.realm();
    if (key == Symbol.DISPOSE) {
      return fn(realm, "dispose", (r, t, a, nt) -> {
        if (!ref.disposed) {
          ref.disposed = true;
          ref.capability.dispose();
        }
        return Undefined.INSTANCE;
      });
    }
    if (key instanceof Symbol) {
      return Undefined.INSTANCE;
    }
    String name = JsStrings.flat(key);
    if (root && name.equals("then")) {
      return Undefined.INSTANCE; // a stub is not a promise: `await stub` gives the stub
    }
    if (!root && name.equals("then")) {
      JsObject promise = promiseOf(ref, ref.disposed ? null : ref.capability.get(path));
      return fn(realm, "then", (r, t, a, nt) -> ObjectOperations.invoke(r, promise, "then", Args.get(a, 0), Args.get(a, 1)));
    }
    if (root && name.equals("dup")) {
      return fn(realm, "dup", (r, t, a, nt) -> stub(new Ref(ref.capability.dup()), List.of(), true));
    }
    if (root && name.equals("fetch") && ref.capability.isFetcher()) {
      return fn(realm, "fetch", (r, t, a, nt) -> HttpStubs.fetch(host, ref.capability, ref.disposed, Args.get(a, 0), Args.get(a, 1)));
    }
    if (name.equals("constructor") || name.equals("toJSON")) {
      return Undefined.INSTANCE;
    }
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(name);
    return stub(ref, longer, false);
  }

  /** stub.path(...args): serializes the arguments, calls, and returns an RPC promise of the result. */
  private Object call(Ref ref, List<String> path, Object[] args) {
    Realm realm = host.realm();
    if (ref.disposed) {
      return rpcPromise(promiseOf(ref, null), null);
    }
    String over = host.countSubrequest();
    if (over != null) {
      return rpcPromise(rejected(realm, WorkerException.ended(dev.islet.api.Outcome.EXCEPTION, over)), null);
    }
    List<Object> cloned = CloneWriter.writeAll(realm, args, host.writerHooks());
    CompletableFuture<Object> f = ref.capability.call(path, cloned);
    return rpcPromise(promiseOf(ref, f), f);
  }

  /** A JS promise settled, in the current invocation, with the future's value (read into this realm) or error. */
  private JsObject promiseOf(Ref ref, CompletableFuture<Object> f) {
    Realm realm = host.realm();
    if (f == null) {
      return rejected(realm, new WorkerException(dev.islet.api.Outcome.EXCEPTION, "Error", DISPOSED, ""));
    }
    PromiseObject p = PromiseOperations.newPromise(realm);
    settle(host, p, f, v -> CloneReader.read(realm, v, host.readerHooks()));
    return p;
  }

  /** Settles {@code p} with the outcome of {@code f} on the isolate's loop, converting the value with {@code in}. */
  static <T> void settle(StubHost host, PromiseObject p, CompletableFuture<T> f, java.util.function.Function<T, Object> in) {
    Object context = host.currentContext();
    Realm realm = host.realm();
    f.whenComplete((v, e) -> host.resume(context, () -> {
      if (e != null) {
        PromiseOperations.rejectPromise(realm, p, errorValue(realm, e));
        return;
      }
      Object js;
      try {
        js = in.apply(v);
      } catch (JsThrow t) {
        PromiseOperations.rejectPromise(realm, p, t.value());
        return;
      }
      PromiseOperations.resolve(realm, p, js);
    }));
  }

  /** The JS error a failed call rejects with: the callee's error (same name and message), or the failure. */
  static Object errorValue(Realm realm, Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof WorkerException w) {
      return CloneReader.error(realm, new Cloned.ErrorValue(w.errorName(), w.errorMessage(), w.errorStack()));
    }
    return CloneReader.error(realm, new Cloned.ErrorValue("Error", "RPC failed: " + cause, ""));
  }

  private static PromiseObject rejected(Realm realm, WorkerException e) {
    PromiseObject p = PromiseOperations.newPromise(realm);
    PromiseOperations.rejectPromise(realm, p, errorValue(realm, e));
    return p;
  }

  /**
   * An RPC promise: {@code then}/{@code catch}/{@code finally} of {@code promise}, and properties that
   * pipeline onto the value {@code result} will have.
   */
  private JsObject rpcPromise(JsObject promise, CompletableFuture<Object> result) {
    Realm realm = host.realm();
    JsObject target = JsObject.ordinary(realm, null);
    JsObject handler = JsObject.ordinary(realm, null);
    define(realm, handler, "get", 3, (r, t, args, nt) -> {
      Object key = Args.get(args, 1);
      if (JsStrings.isString(key)) {
        String name = JsStrings.flat(key);
        if (name.equals("then") || name.equals("catch") || name.equals("finally")) {
          Object method = promise.get(r, name);
          return fn(r, name, (r2, t2, a2, nt2) -> ObjectOperations.call(r2, method, promise, a2));
        }
        if (result != null) {
          return stub(new Ref(new PipelineCapability(result, List.of())), List.of(name), false);
        }
        return Undefined.INSTANCE;
      }
      if (key == Symbol.DISPOSE && result != null) {
        return fn(r, "dispose", (r2, t2, a2, nt2) -> {
          result.thenAccept(v -> {
            if (v instanceof Capability c) {
              c.dispose();
            }
          });
          return Undefined.INSTANCE;
        });
      }
      return Undefined.INSTANCE;
    });
    return ProxyObject.create(realm, target, handler);
  }

  private static NativeFunction fn(Realm realm, String name, NativeCode code) {
    return new NativeFunction(realm, name, 0, code, false);
  }

  private static void define(Realm realm, JsObject o, String name, int length, NativeCode code) {
    o.defineOwnProperty(realm, name, PropertyDescriptor.data(new NativeFunction(realm, name, length, code, false), Attributes.DEFAULT));
  }
}
