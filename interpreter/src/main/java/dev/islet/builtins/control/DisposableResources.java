package dev.islet.builtins.control;

import dev.islet.builtins.fundamental.AggregateErrors;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/**
 * The runtime of explicit resource management — https://tc39.es/ecma262/#sec-disposable-resource-records
 * (NewDisposeCapability, AddDisposableResource, CreateDisposableResource, GetDisposeMethod,
 * DisposeResources), shared by DisposableStack, AsyncDisposableStack and the compiler's
 * {@code using} / {@code await using} declarations.
 *
 * <p>For the compiler: a block with {@code using} declarations keeps one {@link Capability}
 * ({@link #newCapability()}); each declaration calls {@link #add} with its value; when the block
 * exits, {@link #disposeSync} runs the disposers (pass the thrown value of an abrupt exit, or
 * {@link #NO_ERROR}), and for {@code await using} the function awaits the promise of
 * {@link #disposeAsync} instead.
 */
public final class DisposableResources {
  /** The completion of a block that exits normally (no thrown value). */
  public static final Object NO_ERROR = new Object();

  private DisposableResources() {}

  /** A DisposableResource Record: [[ResourceValue]], [[Hint]], [[DisposeMethod]]. */
  record Resource(Object value, boolean async, Object method) {}

  /** A DisposeCapability Record: its [[DisposableResourceStack]]. */
  public static final class Capability {
    ArrayList<Resource> stack = new ArrayList<>();

    void traceReferences(HeapVisitor v) {
      for (Resource r : stack) {
        v.visit(r.value());
        v.visit(r.method());
      }
    }
  }

  /** NewDisposeCapability ( ) */
  public static Capability newCapability() {
    return new Capability();
  }

  /** AddDisposableResource ( disposeCapability, V, hint ) for a {@code using} value: a TypeError if it is not disposable. */
  public static void add(Realm realm, Capability cap, Object value, boolean async) {
    if ((value == Undefined.INSTANCE || value == Null.INSTANCE)) {
      if (!async) {
        return;
      }
      push(realm, cap, new Resource(Undefined.INSTANCE, true, Undefined.INSTANCE));
      return;
    }
    if (!(value instanceof JsObject)) {
      throw Errors.typeError(realm, Msg.NOT_DISPOSABLE, Describe.value(value));
    }
    Object method = getDisposeMethod(realm, value, async);
    if (method == Undefined.INSTANCE) {
      throw Errors.typeError(realm, Msg.NOT_DISPOSABLE, Describe.value(value));
    }
    push(realm, cap, new Resource(value, async, method));
  }

  /** AddDisposableResource ( disposeCapability, undefined, hint, method ): a disposer function (defer, adopt). */
  static void addMethod(Realm realm, Capability cap, Object method, boolean async) {
    if (!(method instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(method));
    }
    push(realm, cap, new Resource(Undefined.INSTANCE, async, method));
  }

  private static void push(Realm realm, Capability cap, Resource r) {
    realm.heap.charge(SizeEstimates.OBJECT);
    cap.stack.add(r);
  }

  /**
   * GetDisposeMethod ( V, hint ): [Symbol.dispose], or for async disposal [Symbol.asyncDispose]
   * falling back to a wrapper of [Symbol.dispose] that returns a promise.
   */
  private static Object getDisposeMethod(Realm realm, Object value, boolean async) {
    if (!async) {
      return ObjectOperations.getMethod(realm, value, Symbol.DISPOSE);
    }
    Object method = ObjectOperations.getMethod(realm, value, Symbol.ASYNC_DISPOSE);
    if (method != Undefined.INSTANCE) {
      return method;
    }
    Object syncMethod = ObjectOperations.getMethod(realm, value, Symbol.DISPOSE);
    if (syncMethod == Undefined.INSTANCE) {
      return Undefined.INSTANCE;
    }
    return new NativeFunction(realm, "", 0, (r, t, a, nt) -> {
      PromiseObject.Capability pc = PromiseOperations.newPromiseCapability(r, r.intrinsic(dev.islet.realm.Intrinsic.PROMISE));
      try {
        ObjectOperations.call(r, syncMethod, t);
      } catch (JsThrow e) {
        ObjectOperations.call(r, pc.reject(), Undefined.INSTANCE, e.value());
        return pc.promise();
      }
      ObjectOperations.call(r, pc.resolve(), Undefined.INSTANCE, Undefined.INSTANCE);
      return pc.promise();
    }, false);
  }

  /** A disposal error joined with the completion so far: the new error, with the older one as suppressed. */
  private static Object suppress(Realm realm, Object completion, Object error) {
    return completion == NO_ERROR ? error : AggregateErrors.newSuppressedError(realm, error, completion);
  }

  /**
   * DisposeResources ( disposeCapability, completion ) for synchronous disposal: runs every
   * disposer in reverse order, then throws the resulting error (a SuppressedError chain when
   * several failed), if any. {@code completion} is the thrown value of the block, or NO_ERROR.
   */
  public static void disposeSync(Realm realm, Capability cap, Object completion) {
    ArrayList<Resource> stack = cap.stack;
    cap.stack = new ArrayList<>();
    for (int i = stack.size() - 1; i >= 0; i--) {
      Resource r = stack.get(i);
      realm.agent.budget.charge(1);
      if (r.method() == Undefined.INSTANCE) {
        continue;
      }
      try {
        ObjectOperations.call(realm, r.method(), r.value());
      } catch (JsThrow t) {
        completion = suppress(realm, completion, t.value());
      }
    }
    if (completion != NO_ERROR) {
      throw new JsThrow(completion);
    }
  }

  /**
   * DisposeResources for asynchronous disposal: returns a promise that settles when every
   * disposer has run and its result has been awaited, in the spec's order of turns (including
   * the single Await for null and undefined resources).
   */
  public static PromiseObject disposeAsync(Realm realm, Capability cap, Object completion) {
    PromiseObject promise = PromiseOperations.newPromise(realm);
    ArrayList<Resource> stack = cap.stack;
    cap.stack = new ArrayList<>();
    new AsyncDisposal(realm, stack, completion, promise).run();
    return promise;
  }

  /** The DisposeResources loop as a state machine that suspends at each Await. */
  private static final class AsyncDisposal {
    private final Realm realm;
    private final ArrayList<Resource> stack;
    private final PromiseObject promise;
    private Object completion;
    private int index;
    private boolean needsAwait;
    private boolean hasAwaited;

    AsyncDisposal(Realm realm, ArrayList<Resource> stack, Object completion, PromiseObject promise) {
      this.realm = realm;
      this.stack = stack;
      this.completion = completion;
      this.promise = promise;
      this.index = stack.size() - 1;
    }

    /** Runs until the next Await (which resumes here) or the end. */
    void run() {
      while (index >= 0) {
        Resource r = stack.get(index);
        realm.agent.budget.charge(1);
        if (!r.async() && needsAwait && !hasAwaited) {
          needsAwait = false;
          await(Undefined.INSTANCE);
          return;
        }
        index--;
        if (r.method() == Undefined.INSTANCE) {
          needsAwait = true;
          continue;
        }
        Object result;
        try {
          result = ObjectOperations.call(realm, r.method(), r.value());
        } catch (JsThrow t) {
          completion = suppress(realm, completion, t.value());
          continue;
        }
        if (r.async()) {
          hasAwaited = true;
          await(result);
          return;
        }
      }
      if (needsAwait && !hasAwaited) {
        needsAwait = false;
        hasAwaited = true;
        await(Undefined.INSTANCE);
        return;
      }
      if (completion == NO_ERROR) {
        PromiseOperations.resolve(realm, promise, Undefined.INSTANCE);
      } else {
        PromiseOperations.rejectPromise(realm, promise, completion);
      }
    }

    /** Await ( value ), then continue the loop; a rejection is a disposal error. */
    private void await(Object value) {
      PromiseObject p;
      try {
        p = PromiseOperations.promiseResolveIntrinsic(realm, value);
      } catch (JsThrow t) {
        completion = suppress(realm, completion, t.value());
        run();
        return;
      }
      PromiseOperations.then(realm, p, v -> {
        run();
        return Undefined.INSTANCE;
      }, e -> {
        completion = suppress(realm, completion, e);
        run();
        return Undefined.INSTANCE;
      });
    }
  }
}
