package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/**
 * Promise.all, allSettled, any, race, withResolvers and try —
 * https://tc39.es/ecma262/#sec-promise.all and the clauses after it. Each combinator follows the
 * spec's shape: NewPromiseCapability, GetPromiseResolve, GetIterator, then a Perform… loop; an
 * abrupt completion closes the iterator (unless the iterator itself failed) and rejects the
 * capability instead of throwing.
 */
final class PromiseCombinators {
  private static final int ALL = 0;
  private static final int ALL_SETTLED = 1;
  private static final int ANY = 2;
  private static final int RACE = 3;

  private PromiseCombinators() {}

  static Object all(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return combine(realm, thisValue, Args.get(args, 0), ALL);
  }

  static Object allSettled(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return combine(realm, thisValue, Args.get(args, 0), ALL_SETTLED);
  }

  static Object any(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return combine(realm, thisValue, Args.get(args, 0), ANY);
  }

  static Object race(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return combine(realm, thisValue, Args.get(args, 0), RACE);
  }

  /** Steps 1–8 shared by Promise.all, allSettled, any and race. */
  private static Object combine(Realm realm, Object c, Object iterable, int kind) {
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, c);
    JsObject promiseResolve;
    IteratorOperations.IteratorRecord rec;
    try {
      promiseResolve = getPromiseResolve(realm, (JsObject) c);
      rec = IteratorOperations.getIterator(realm, iterable);
    } catch (JsThrow t) {
      return rejectCapability(realm, cap, t);
    }
    try {
      if (kind == RACE) {
        return performRace(realm, rec, (JsObject) c, cap, promiseResolve);
      }
      return performCollect(realm, rec, (JsObject) c, cap, promiseResolve, kind);
    } catch (JsThrow t) {
      if (!rec.done) {
        IteratorOperations.closeOnThrow(realm, rec);
      }
      return rejectCapability(realm, cap, t);
    }
  }

  /** IfAbruptRejectPromise: reject the capability with the thrown value and return its promise. */
  private static Object rejectCapability(Realm realm, PromiseObject.Capability cap, JsThrow t) {
    ObjectOperations.call(realm, cap.reject(), Undefined.INSTANCE, t.value());
    return cap.promise();
  }

  /** GetPromiseResolve ( promiseConstructor ) */
  private static JsObject getPromiseResolve(Realm realm, JsObject c) {
    Object resolve = c.get(realm, "resolve", c);
    if (!(resolve instanceof JsObject fn) || !fn.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(resolve));
    }
    return fn;
  }

  /** The shared state of one Promise.all / allSettled / any call: values (or errors) and the remaining count. */
  private static final class Collection {
    final ArrayList<Object> values = new ArrayList<>();
    int remaining = 1;
  }

  /** PerformPromiseAll, PerformPromiseAllSettled and PerformPromiseAny. */
  private static Object performCollect(Realm realm, IteratorOperations.IteratorRecord rec, JsObject c,
      PromiseObject.Capability cap, JsObject promiseResolve, int kind) {
    Collection state = new Collection();
    int index = 0;
    while (true) {
      Object next = IteratorOperations.stepValue(realm, rec);
      if (next == JsObject.NOT_FOUND) {
        if (--state.remaining == 0) {
          finish(realm, cap, state, kind);
        }
        return cap.promise();
      }
      realm.agent.budget.charge(1);
      realm.heap.charge(SizeEstimates.REFERENCE + 2L * SizeEstimates.FUNCTION);
      state.values.add(Undefined.INSTANCE);
      Object nextPromise = promiseResolve.call(c, new Object[] {next});
      boolean[] alreadyCalled = {false};
      Object onFulfilled;
      Object onRejected;
      switch (kind) {
        case ALL -> {
          onFulfilled = element(realm, cap, state, index, alreadyCalled, kind, null);
          onRejected = cap.reject();
        }
        case ALL_SETTLED -> {
          onFulfilled = element(realm, cap, state, index, alreadyCalled, kind, "fulfilled");
          onRejected = element(realm, cap, state, index, alreadyCalled, kind, "rejected");
        }
        default -> {
          onFulfilled = cap.resolve();
          onRejected = element(realm, cap, state, index, alreadyCalled, kind, null);
        }
      }
      state.remaining++;
      ObjectOperations.invoke(realm, nextPromise, "then", onFulfilled, onRejected);
      index++;
    }
  }

  /**
   * A Promise.all Resolve Element, Promise.allSettled Resolve/Reject Element or Promise.any Reject
   * Element function: records its argument at {@code index} once, and settles the capability when
   * it is the last one. allSettled's pair shares {@code alreadyCalled}.
   */
  private static JsObject element(Realm realm, PromiseObject.Capability cap, Collection state, int index,
      boolean[] alreadyCalled, int kind, String status) {
    return new NativeFunction(realm, "", 1, (r, t, a, nt) -> {
      if (alreadyCalled[0]) {
        return Undefined.INSTANCE;
      }
      alreadyCalled[0] = true;
      Object x = Args.get(a, 0);
      if (kind == ALL_SETTLED) {
        JsObject obj = JsObject.ordinary(r, r.objectPrototype());
        ObjectOperations.createDataPropertyOrThrow(r, obj, "status", status);
        ObjectOperations.createDataPropertyOrThrow(r, obj, "fulfilled".equals(status) ? "value" : "reason", x);
        x = obj;
      }
      state.values.set(index, x);
      if (--state.remaining == 0) {
        try {
          finish(r, cap, state, kind);
        } catch (JsThrow e) {
          if (kind == ANY) {
            return ObjectOperations.call(r, cap.reject(), Undefined.INSTANCE, e.value());
          }
          throw e;
        }
      }
      return Undefined.INSTANCE;
    }, false);
  }

  /** All elements are in: resolve with the values array, or for any, throw the AggregateError of the errors. */
  private static void finish(Realm realm, PromiseObject.Capability cap, Collection state, int kind) {
    JsObject list = ObjectOperations.createArrayFromList(realm, state.values.toArray());
    if (kind == ANY) {
      throw new JsThrow(aggregateError(realm, list));
    }
    ObjectOperations.call(realm, cap.resolve(), Undefined.INSTANCE, list);
  }

  /** A newly created AggregateError with an own "errors" property (Promise.any's rejection). */
  private static JsObject aggregateError(Realm realm, JsObject errors) {
    ErrorObject e = new ErrorObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.AGGREGATE_ERROR_PROTOTYPE)));
    realm.agent.captureStack(e);
    ObjectOperations.definePropertyOrThrow(realm, e, "errors", PropertyDescriptor.data(errors, Attributes.HIDDEN));
    return e;
  }

  /** PerformPromiseRace ( iteratorRecord, constructor, resultCapability, promiseResolve ) */
  private static Object performRace(Realm realm, IteratorOperations.IteratorRecord rec, JsObject c,
      PromiseObject.Capability cap, JsObject promiseResolve) {
    while (true) {
      Object next = IteratorOperations.stepValue(realm, rec);
      if (next == JsObject.NOT_FOUND) {
        return cap.promise();
      }
      realm.agent.budget.charge(1);
      Object nextPromise = promiseResolve.call(c, new Object[] {next});
      ObjectOperations.invoke(realm, nextPromise, "then", cap.resolve(), cap.reject());
    }
  }

  /** Promise.withResolvers ( ) */
  static Object withResolvers(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, thisValue);
    JsObject obj = JsObject.ordinary(realm, realm.objectPrototype());
    ObjectOperations.createDataPropertyOrThrow(realm, obj, "promise", cap.promise());
    ObjectOperations.createDataPropertyOrThrow(realm, obj, "resolve", cap.resolve());
    ObjectOperations.createDataPropertyOrThrow(realm, obj, "reject", cap.reject());
    return obj;
  }

  /** Promise.try ( callbackfn, ...args ) */
  static Object try_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(thisValue));
    }
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, thisValue);
    Object[] rest = args.length <= 1 ? JsObject.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length);
    Object result;
    try {
      result = ObjectOperations.call(realm, Args.get(args, 0), Undefined.INSTANCE, rest);
    } catch (JsThrow t) {
      return rejectCapability(realm, cap, t);
    }
    ObjectOperations.call(realm, cap.resolve(), Undefined.INSTANCE, result);
    return cap.promise();
  }
}
