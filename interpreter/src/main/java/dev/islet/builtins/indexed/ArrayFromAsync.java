package dev.islet.builtins.indexed;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import dev.islet.vm.AsyncFromSyncIterator;

/**
 * Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-array.fromasync.
 * The spec's async closure is written as a continuation-passing state machine: each Await
 * registers Java handlers on a promise, and every abrupt completion rejects the result promise.
 */
final class ArrayFromAsync {
  private final Realm realm;
  private final PromiseObject.Capability capability;
  private final Object constructor;
  private final Object mapfn;
  private final Object thisArg;
  private JsObject mapper;
  private JsObject target;
  private IteratorRecord iterator;
  private JsObject arrayLike;
  private long length;
  private long k;

  private ArrayFromAsync(Realm realm, PromiseObject.Capability capability, Object constructor, Object mapfn, Object thisArg) {
    this.realm = realm;
    this.capability = capability;
    this.constructor = constructor;
    this.mapfn = mapfn;
    this.thisArg = thisArg;
  }

  static Object fromAsync(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, realm.intrinsic(Intrinsic.PROMISE));
    ArrayFromAsync run = new ArrayFromAsync(realm, cap, thisValue, Args.get(args, 1), Args.get(args, 2));
    try {
      run.start(Args.get(args, 0));
    } catch (JsThrow t) {
      run.reject(t.value());
    }
    return cap.promise();
  }

  /** Steps 3.a–3.h/i up to the first Await. */
  private void start(Object asyncItems) {
    if (mapfn != Undefined.INSTANCE) {
      if (!(mapfn instanceof JsObject f) || !f.isCallable()) {
        throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(mapfn));
      }
      mapper = f;
    }
    Object usingAsyncIterator = ObjectOperations.getMethod(realm, asyncItems, Symbol.ASYNC_ITERATOR);
    Object usingSyncIterator = Undefined.INSTANCE;
    if (usingAsyncIterator == Undefined.INSTANCE) {
      usingSyncIterator = ObjectOperations.getMethod(realm, asyncItems, Symbol.ITERATOR);
    }
    if (usingAsyncIterator != Undefined.INSTANCE) {
      iterator = IteratorOperations.getIteratorFromMethod(realm, asyncItems, usingAsyncIterator);
    } else if (usingSyncIterator != Undefined.INSTANCE) {
      JsObject wrapped = AsyncFromSyncIterator.create(realm, IteratorOperations.getIteratorFromMethod(realm, asyncItems, usingSyncIterator));
      iterator = new IteratorRecord(wrapped, wrapped.get(realm, "next", wrapped));
    }
    if (iterator != null) {
      target = ArrayConstructor.constructOrCreate(realm, constructor, JsObject.NO_ARGS, 0);
      iteratorStep();
      return;
    }
    arrayLike = TypeConversion.toObject(realm, asyncItems);
    length = ArrayElements.lengthOf(realm, arrayLike);
    target = ArrayConstructor.constructOrCreate(realm, constructor, new Object[] {ArrayElements.number(length)}, length);
    arrayLikeStep();
  }

  // ------------------------------------------------------------------ iterables (3.h)

  private void iteratorStep() {
    if (k >= ArrayElements.MAX_SAFE_INTEGER) {
      closeIterator(Errors.typeError(realm, Msg.ARRAY_LENGTH_OVERFLOW).value());
      return;
    }
    Object nextResult = ObjectOperations.call(realm, iterator.nextMethod, iterator.iterator);
    await(nextResult, this::onNextResult, this::reject);
  }

  private void onNextResult(Object result) {
    if (!(result instanceof JsObject r)) {
      throw Errors.typeError(realm, Msg.ITERATOR_RESULT_NOT_OBJECT, Describe.value(result));
    }
    if (TypeConversion.toBoolean(r.get(realm, "done", r))) {
      ArrayElements.setLength(realm, target, k);
      resolve(target);
      return;
    }
    Object nextValue = r.get(realm, "value", r);
    if (mapper == null) {
      defineFromIterator(nextValue);
      return;
    }
    Object mapped;
    try {
      mapped = mapper.call(thisArg, new Object[] {nextValue, ArrayElements.number(k)});
    } catch (JsThrow t) {
      closeIterator(t.value());
      return;
    }
    awaitOrClose(mapped);
  }

  private void awaitOrClose(Object mapped) {
    PromiseObject p;
    try {
      p = PromiseOperations.promiseResolveIntrinsic(realm, mapped);
    } catch (JsThrow t) {
      closeIterator(t.value());
      return;
    }
    PromiseOperations.then(realm, p, v -> guarded(() -> defineFromIterator(v)), e -> guarded(() -> closeIterator(e)));
  }

  private void defineFromIterator(Object value) {
    try {
      ArrayElements.create(realm, target, k, value);
    } catch (JsThrow t) {
      closeIterator(t.value());
      return;
    }
    k++;
    iteratorStep();
  }

  /** AsyncIteratorClose ( iteratorRecord, completion ) for a throw completion: the original error wins. */
  private void closeIterator(Object error) {
    Object ret;
    Object inner;
    try {
      ret = ObjectOperations.getMethod(realm, iterator.iterator, "return");
      if (ret == Undefined.INSTANCE) {
        reject(error);
        return;
      }
      inner = ((JsObject) ret).call(iterator.iterator, JsObject.NO_ARGS);
      PromiseObject p = PromiseOperations.promiseResolveIntrinsic(realm, inner);
      PromiseOperations.then(realm, p, v -> guarded(() -> reject(error)), e -> guarded(() -> reject(error)));
    } catch (JsThrow t) {
      reject(error);
    }
  }

  // ------------------------------------------------------------------ array-likes (3.i)

  private void arrayLikeStep() {
    if (k >= length) {
      ArrayElements.setLength(realm, target, length);
      resolve(target);
      return;
    }
    Object kValue = ArrayElements.get(realm, arrayLike, k);
    await(kValue, this::onArrayLikeValue, this::reject);
  }

  private void onArrayLikeValue(Object kValue) {
    if (mapper == null) {
      defineFromArrayLike(kValue);
      return;
    }
    Object mapped = mapper.call(thisArg, new Object[] {kValue, ArrayElements.number(k)});
    await(mapped, this::defineFromArrayLike, this::reject);
  }

  private void defineFromArrayLike(Object value) {
    ArrayElements.create(realm, target, k, value);
    k++;
    arrayLikeStep();
  }

  // ------------------------------------------------------------------ plumbing

  @FunctionalInterface
  private interface Step {
    void run(Object value);
  }

  /** Await ( value ), continuing with {@code onFulfilled} or {@code onRejected} in a later job. */
  private void await(Object value, Step onFulfilled, Step onRejected) {
    PromiseObject p = PromiseOperations.promiseResolveIntrinsic(realm, value);
    PromiseOperations.then(realm, p, v -> guarded(() -> onFulfilled.run(v)), e -> guarded(() -> onRejected.run(e)));
  }

  /** Runs a continuation; a JS exception it throws rejects the result promise. */
  private Object guarded(Runnable body) {
    try {
      body.run();
    } catch (JsThrow t) {
      reject(t.value());
    }
    return Undefined.INSTANCE;
  }

  private void resolve(Object value) {
    ObjectOperations.call(realm, capability.resolve(), Undefined.INSTANCE, value);
  }

  private void reject(Object reason) {
    ObjectOperations.call(realm, capability.reject(), Undefined.INSTANCE, reason);
  }
}
