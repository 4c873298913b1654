package dev.islet.vm;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** CreateAsyncFromSyncIterator and %AsyncFromSyncIteratorPrototype% — https://tc39.es/ecma262/#sec-async-from-sync-iterator-objects. */
public final class AsyncFromSyncIterator extends JsObject {
  private final IteratorOperations.IteratorRecord sync;

  private AsyncFromSyncIterator(Realm realm, IteratorOperations.IteratorRecord sync) {
    super(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE)));
    this.sync = sync;
  }

  public static JsObject create(Realm realm, IteratorOperations.IteratorRecord sync) {
    return new AsyncFromSyncIterator(realm, sync);
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ASYNC_ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 1, (r, t, a, nt) -> step(r, t, "next", a))
        .method("return", 1, (r, t, a, nt) -> step(r, t, "return", a))
        .method("throw", 1, (r, t, a, nt) -> step(r, t, "throw", a))));
  }

  /** %AsyncFromSyncIteratorPrototype%.next / return / throw. */
  private static Object step(Realm realm, Object thisValue, String method, Object[] args) {
    AsyncFromSyncIterator o = (AsyncFromSyncIterator) thisValue;
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, realm.intrinsic(Intrinsic.PROMISE));
    JsObject syncIterator = o.sync.iterator;
    Object result;
    try {
      if (method.equals("next")) {
        result = args.length > 0 ? ObjectOperations.call(realm, o.sync.nextMethod, syncIterator, args[0])
            : ObjectOperations.call(realm, o.sync.nextMethod, syncIterator);
      } else {
        Object m = ObjectOperations.getMethod(realm, syncIterator, method);
        if (m == Undefined.INSTANCE) {
          if (method.equals("return")) {
            Object value = Args.get(args, 0);
            call(cap.resolve(), IteratorOperations.createIterResult(realm, value, true));
            return cap.promise();
          }
          // throw() without a sync throw method: close the iterator, then reject with a TypeError.
          o.sync.done = true;
          try {
            IteratorOperations.close(realm, o.sync);
          } catch (JsThrow t) {
            call(cap.reject(), t.value());
            return cap.promise();
          }
          call(cap.reject(), Errors.typeError(realm, Msg.CUSTOM_TYPE, "The iterator does not provide a 'throw' method").value());
          return cap.promise();
        }
        result = args.length > 0 ? ((JsObject) m).call(syncIterator, new Object[] {args[0]})
            : ((JsObject) m).call(syncIterator, JsObject.NO_ARGS);
      }
      if (!(result instanceof JsObject)) {
        throw Errors.typeError(realm, Msg.ITERATOR_RESULT_NOT_OBJECT, Describe.value(result));
      }
    } catch (JsThrow t) {
      call(cap.reject(), t.value());
      return cap.promise();
    }
    continuation(realm, (JsObject) result, cap, o.sync, !method.equals("return"));
    return cap.promise();
  }

  /** AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord, closeOnRejection ) */
  private static void continuation(Realm realm, JsObject result, PromiseObject.Capability cap,
      IteratorOperations.IteratorRecord sync, boolean closeOnRejection) {
    boolean done;
    Object value;
    PromiseObject valueWrapper;
    try {
      done = TypeConversion.toBoolean(result.get(realm, "done", result));
      value = result.get(realm, "value", result);
      try {
        valueWrapper = PromiseOperations.promiseResolveIntrinsic(realm, value);
      } catch (JsThrow t) {
        if (!done && closeOnRejection) {
          IteratorOperations.closeOnThrow(realm, sync);
        }
        throw t;
      }
    } catch (JsThrow t) {
      call(cap.reject(), t.value());
      return;
    }
    PromiseOperations.then(realm, valueWrapper, v -> {
      call(cap.resolve(), IteratorOperations.createIterResult(realm, v, done));
      return Undefined.INSTANCE;
    }, e -> {
      if (!done && closeOnRejection) {
        IteratorOperations.closeOnThrow(realm, sync);
      }
      call(cap.reject(), e);
      return Undefined.INSTANCE;
    });
  }

  private static void call(Object fn, Object arg) {
    ((JsObject) fn).call(Undefined.INSTANCE, new Object[] {arg});
  }
}
