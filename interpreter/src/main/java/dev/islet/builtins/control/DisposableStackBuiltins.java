package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * DisposableStack and AsyncDisposableStack — https://tc39.es/ecma262/#sec-disposablestack-objects,
 * https://tc39.es/ecma262/#sec-asyncdisposablestack-objects. One class serves both: the methods
 * differ only in the hint they record and in how the stack is disposed.
 */
public final class DisposableStackBuiltins {
  private DisposableStackBuiltins() {}

  /** A (Async)DisposableStack: [[DisposableState]] / [[AsyncDisposableState]] and [[DisposeCapability]]. */
  static final class StackObject extends JsObject {
    final boolean async;
    boolean disposed;
    DisposableResources.Capability capability = DisposableResources.newCapability();

    StackObject(Realm realm, JsObject proto, boolean async) {
      super(realm, JsObject.rootShape(realm, proto));
      this.async = async;
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      capability.traceReferences(v);
    }

    @Override
    public String className() {
      return async ? "AsyncDisposableStack" : "DisposableStack";
    }
  }

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "DisposableStack", (r, t, a, nt) -> construct(r, nt, false), true,
        c -> BuiltinInstaller.on(realm, c).constructorBasics("DisposableStack", 0, realm.intrinsic(Intrinsic.DISPOSABLE_STACK_PROTOTYPE)));
  }

  public static JsObject createAsyncConstructor(Realm realm) {
    return new NativeFunction(realm, "AsyncDisposableStack", (r, t, a, nt) -> construct(r, nt, true), true,
        c -> BuiltinInstaller.on(realm, c)
            .constructorBasics("AsyncDisposableStack", 0, realm.intrinsic(Intrinsic.ASYNC_DISPOSABLE_STACK_PROTOTYPE)));
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      NativeFunction dispose = new NativeFunction(realm, "dispose", 0, DisposableStackBuiltins::dispose, false);
      BuiltinInstaller.on(realm, p)
          .method("adopt", 2, (r, t, a, nt) -> adopt(r, t, a, false))
          .function("constructor", realm.intrinsic(Intrinsic.DISPOSABLE_STACK))
          .method("defer", 1, (r, t, a, nt) -> defer(r, t, a, false))
          .function("dispose", dispose)
          .getter("disposed", (r, t, a, nt) -> thisStack(r, t, false, "get DisposableStack.prototype.disposed").disposed)
          .method("move", 0, (r, t, a, nt) -> move(r, t, false))
          .method("use", 1, (r, t, a, nt) -> use(r, t, a, false))
          .function(Symbol.DISPOSE, dispose)
          .toStringTag("DisposableStack");
    }));
  }

  public static JsObject createAsyncPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> {
      NativeFunction disposeAsync = new NativeFunction(realm, "disposeAsync", 0, DisposableStackBuiltins::disposeAsync, false);
      BuiltinInstaller.on(realm, p)
          .method("adopt", 2, (r, t, a, nt) -> adopt(r, t, a, true))
          .function("constructor", realm.intrinsic(Intrinsic.ASYNC_DISPOSABLE_STACK))
          .method("defer", 1, (r, t, a, nt) -> defer(r, t, a, true))
          .function("disposeAsync", disposeAsync)
          .getter("disposed", (r, t, a, nt) -> thisStack(r, t, true, "get AsyncDisposableStack.prototype.disposed").disposed)
          .method("move", 0, (r, t, a, nt) -> move(r, t, true))
          .method("use", 1, (r, t, a, nt) -> use(r, t, a, true))
          .function(Symbol.ASYNC_DISPOSE, disposeAsync)
          .toStringTag("AsyncDisposableStack");
    }));
  }

  private static Object construct(Realm realm, JsObject newTarget, boolean async) {
    String name = async ? "AsyncDisposableStack" : "DisposableStack";
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, name);
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget,
        async ? Intrinsic.ASYNC_DISPOSABLE_STACK_PROTOTYPE : Intrinsic.DISPOSABLE_STACK_PROTOTYPE);
    return new StackObject(realm, proto, async);
  }

  /** RequireInternalSlot ( O, [[DisposableState]] ) or [[AsyncDisposableState]]. */
  private static StackObject thisStack(Realm realm, Object thisValue, boolean async, String method) {
    if (thisValue instanceof StackObject s && s.async == async) {
      return s;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** The receiver, which must not be disposed yet (a ReferenceError otherwise). */
  private static StackObject pendingStack(Realm realm, Object thisValue, boolean async, String method) {
    StackObject s = thisStack(realm, thisValue, async, method);
    if (s.disposed) {
      throw Errors.referenceError(realm, Msg.DISPOSABLE_STACK_DISPOSED, method);
    }
    return s;
  }

  private static String name(boolean async, String method) {
    return (async ? "AsyncDisposableStack.prototype." : "DisposableStack.prototype.") + method;
  }

  /** adopt ( value, onDispose ): register {@code onDispose(value)} as a disposer; returns value. */
  static Object adopt(Realm realm, Object thisValue, Object[] args, boolean async) {
    StackObject s = pendingStack(realm, thisValue, async, name(async, "adopt"));
    Object value = Args.get(args, 0);
    Object onDispose = Args.get(args, 1);
    if (!(onDispose instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(onDispose));
    }
    NativeFunction f = new NativeFunction(realm, "", 0, (r, t, a, nt) -> fn.call(Undefined.INSTANCE, new Object[] {value}), false);
    DisposableResources.addMethod(realm, s.capability, f, async);
    return value;
  }

  /** defer ( onDispose ) */
  static Object defer(Realm realm, Object thisValue, Object[] args, boolean async) {
    StackObject s = pendingStack(realm, thisValue, async, name(async, "defer"));
    DisposableResources.addMethod(realm, s.capability, Args.get(args, 0), async);
    return Undefined.INSTANCE;
  }

  /** use ( value ) */
  static Object use(Realm realm, Object thisValue, Object[] args, boolean async) {
    StackObject s = pendingStack(realm, thisValue, async, name(async, "use"));
    Object value = Args.get(args, 0);
    DisposableResources.add(realm, s.capability, value, async);
    return value;
  }

  /** move ( ): a new stack takes over the resources; this one is disposed without running them. */
  static Object move(Realm realm, Object thisValue, boolean async) {
    StackObject s = pendingStack(realm, thisValue, async, name(async, "move"));
    StackObject moved = new StackObject(realm,
        realm.intrinsic(async ? Intrinsic.ASYNC_DISPOSABLE_STACK_PROTOTYPE : Intrinsic.DISPOSABLE_STACK_PROTOTYPE), async);
    moved.capability = s.capability;
    s.capability = DisposableResources.newCapability();
    s.disposed = true;
    return moved;
  }

  /** DisposableStack.prototype.dispose ( ) */
  static Object dispose(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    StackObject s = thisStack(realm, thisValue, false, "DisposableStack.prototype.dispose");
    if (s.disposed) {
      return Undefined.INSTANCE;
    }
    s.disposed = true;
    DisposableResources.disposeSync(realm, s.capability, DisposableResources.NO_ERROR);
    return Undefined.INSTANCE;
  }

  /** AsyncDisposableStack.prototype.disposeAsync ( ): never throws; errors reject the returned promise. */
  static Object disposeAsync(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof StackObject s) || !s.async) {
      PromiseObject p = PromiseOperations.newPromise(realm);
      JsThrow error = Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "AsyncDisposableStack.prototype.disposeAsync",
          Describe.value(thisValue));
      PromiseOperations.rejectPromise(realm, p, error.value());
      return p;
    }
    if (s.disposed) {
      PromiseObject p = PromiseOperations.newPromise(realm);
      PromiseOperations.resolve(realm, p, Undefined.INSTANCE);
      return p;
    }
    s.disposed = true;
    return DisposableResources.disposeAsync(realm, s.capability, DisposableResources.NO_ERROR);
  }

  /** %AsyncIteratorPrototype% [ @@asyncDispose ] ( ): calls return() and awaits it. */
  public static Object asyncIteratorDispose(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    PromiseObject p = PromiseOperations.newPromise(realm);
    Object result;
    try {
      Object ret = ObjectOperations.getMethod(realm, thisValue, "return");
      if (ret == Undefined.INSTANCE) {
        PromiseOperations.resolve(realm, p, Undefined.INSTANCE);
        return p;
      }
      result = ObjectOperations.call(realm, ret, thisValue);
      PromiseObject wrapper = PromiseOperations.promiseResolveIntrinsic(realm, result);
      PromiseOperations.then(realm, wrapper, v -> {
        PromiseOperations.resolve(realm, p, Undefined.INSTANCE);
        return Undefined.INSTANCE;
      }, e -> {
        PromiseOperations.rejectPromise(realm, p, e);
        return Undefined.INSTANCE;
      });
    } catch (JsThrow t) {
      PromiseOperations.rejectPromise(realm, p, t.value());
    }
    return p;
  }
}
