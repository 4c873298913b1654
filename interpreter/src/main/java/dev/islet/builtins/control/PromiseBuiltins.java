package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
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
 * The Promise constructor and Promise.prototype — https://tc39.es/ecma262/#sec-promise-objects.
 * The combinators, withResolvers and try are in {@link PromiseCombinators}.
 */
public final class PromiseBuiltins {
  private PromiseBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Promise", PromiseBuiltins::construct, true, c -> {
      BuiltinInstaller.on(realm, c)
          .constructorBasics("Promise", 1, realm.intrinsic(Intrinsic.PROMISE_PROTOTYPE))
          .method("all", 1, PromiseCombinators::all)
          .method("allSettled", 1, PromiseCombinators::allSettled)
          .method("any", 1, PromiseCombinators::any)
          .method("race", 1, PromiseCombinators::race)
          .method("reject", 1, PromiseBuiltins::reject)
          .method("resolve", 1, PromiseBuiltins::resolve)
          .method("try", 1, PromiseCombinators::try_)
          .method("withResolvers", 0, PromiseCombinators::withResolvers)
          .getter(Symbol.SPECIES, (r, t, a, nt) -> t);
    });
  }

  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.PROMISE))
        .method("catch", 1, PromiseBuiltins::catch_)
        .method("finally", 1, PromiseBuiltins::finally_)
        .method("then", 2, PromiseBuiltins::then)
        .toStringTag("Promise")));
  }

  /** Promise ( executor ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "Promise");
    }
    Object executor = Args.get(args, 0);
    if (!(executor instanceof JsObject ex) || !ex.isCallable()) {
      throw Errors.typeError(realm, Msg.PROMISE_EXECUTOR_NOT_CALLABLE, Describe.value(executor));
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.PROMISE_PROTOTYPE);
    PromiseObject p = new PromiseObject(realm, JsObject.rootShape(realm, proto));
    JsObject[] fns = PromiseOperations.createResolvingFunctions(realm, p);
    try {
      ex.call(Undefined.INSTANCE, new Object[] {fns[0], fns[1]});
    } catch (JsThrow t) {
      fns[1].call(Undefined.INSTANCE, new Object[] {t.value()});
    }
    return p;
  }

  /** Promise.prototype.then ( onFulfilled, onRejected ) */
  static Object then(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof PromiseObject p)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "Promise.prototype.then", Describe.value(thisValue));
    }
    JsObject c = ObjectOperations.speciesConstructor(realm, p, realm.intrinsic(Intrinsic.PROMISE));
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, c);
    return PromiseOperations.performPromiseThen(realm, p, Args.get(args, 0), Args.get(args, 1), cap);
  }

  /** Promise.prototype.catch ( onRejected ) */
  static Object catch_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ObjectOperations.invoke(realm, thisValue, "then", Undefined.INSTANCE, Args.get(args, 0));
  }

  /** Promise.prototype.finally ( onFinally ) — https://tc39.es/ecma262/#sec-promise.prototype.finally */
  static Object finally_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject promise)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "Promise.prototype.finally", Describe.value(thisValue));
    }
    JsObject c = ObjectOperations.speciesConstructor(realm, promise, realm.intrinsic(Intrinsic.PROMISE));
    Object onFinally = Args.get(args, 0);
    Object thenFinally;
    Object catchFinally;
    if (!(onFinally instanceof JsObject of) || !of.isCallable()) {
      thenFinally = onFinally;
      catchFinally = onFinally;
    } else {
      thenFinally = new NativeFunction(realm, "", 1, (r, t, a, n) -> {
        Object result = of.call(Undefined.INSTANCE, JsObject.NO_ARGS);
        JsObject p = PromiseOperations.promiseResolve(r, c, result);
        Object value = Args.get(a, 0);
        NativeFunction valueThunk = new NativeFunction(r, "", 0, (r2, t2, a2, n2) -> value, false);
        return ObjectOperations.invoke(r, p, "then", valueThunk);
      }, false);
      catchFinally = new NativeFunction(realm, "", 1, (r, t, a, n) -> {
        Object result = of.call(Undefined.INSTANCE, JsObject.NO_ARGS);
        JsObject p = PromiseOperations.promiseResolve(r, c, result);
        Object reason = Args.get(a, 0);
        NativeFunction thrower = new NativeFunction(r, "", 0, (r2, t2, a2, n2) -> {
          throw new JsThrow(reason);
        }, false);
        return ObjectOperations.invoke(r, p, "then", thrower);
      }, false);
    }
    return ObjectOperations.invoke(realm, promise, "then", thenFinally, catchFinally);
  }

  /** Promise.resolve ( x ) */
  static Object resolve(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject c)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(thisValue));
    }
    return PromiseOperations.promiseResolve(realm, c, Args.get(args, 0));
  }

  /** Promise.reject ( r ) */
  static Object reject(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, thisValue);
    ObjectOperations.call(realm, cap.reject(), Undefined.INSTANCE, Args.get(args, 0));
    return cap.promise();
  }
}
