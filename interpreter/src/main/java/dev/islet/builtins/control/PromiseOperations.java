package dev.islet.builtins.control;

import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.jobs.JobQueue;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** Promise Abstract Operations — https://tc39.es/ecma262/#sec-promise-abstract-operations. */
public final class PromiseOperations {
  private PromiseOperations() {}

  /** A new pending promise with %Promise.prototype%. */
  public static PromiseObject newPromise(Realm realm) {
    return new PromiseObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.PROMISE_PROTOTYPE)));
  }

  /** CreateResolvingFunctions ( promise ): the resolve and reject functions, sharing "already resolved". */
  public static JsObject[] createResolvingFunctions(Realm realm, PromiseObject promise) {
    boolean[] alreadyResolved = {false};
    NativeFunction resolve = new NativeFunction(realm, "", 1, (r, t, args, nt) -> {
      if (alreadyResolved[0]) {
        return Undefined.INSTANCE;
      }
      alreadyResolved[0] = true;
      resolve(r, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
      return Undefined.INSTANCE;
    }, false);
    NativeFunction reject = new NativeFunction(realm, "", 1, (r, t, args, nt) -> {
      if (alreadyResolved[0]) {
        return Undefined.INSTANCE;
      }
      alreadyResolved[0] = true;
      rejectPromise(r, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
      return Undefined.INSTANCE;
    }, false);
    return new JsObject[] {resolve, reject};
  }

  /** The [[Resolve]] steps of a promise resolve function (steps 7–16). */
  public static void resolve(Realm realm, PromiseObject promise, Object resolution) {
    if (resolution == promise) {
      rejectPromise(realm, promise, Errors.typeError(realm, Msg.PROMISE_RESOLVE_SELF).value());
      return;
    }
    if (!(resolution instanceof JsObject res)) {
      fulfillPromise(realm, promise, resolution);
      return;
    }
    Object then;
    try {
      then = res.get(realm, "then", res);
    } catch (JsThrow t) {
      rejectPromise(realm, promise, t.value());
      return;
    }
    if (!(then instanceof JsObject thenFn) || !thenFn.isCallable()) {
      fulfillPromise(realm, promise, resolution);
      return;
    }
    // NewPromiseResolveThenableJob
    realm.agent.jobs.enqueue(() -> {
      JsObject[] fns = createResolvingFunctions(realm, promise);
      try {
        thenFn.call(res, new Object[] {fns[0], fns[1]});
      } catch (JsThrow t) {
        fns[1].call(Undefined.INSTANCE, new Object[] {t.value()});
      }
    });
  }

  static void fulfillPromise(Realm realm, PromiseObject p, Object value) {
    java.util.List<PromiseObject.Reaction> reactions = p.fulfillReactions;
    p.result = value;
    p.state = PromiseObject.FULFILLED;
    p.fulfillReactions = null;
    p.rejectReactions = null;
    triggerReactions(realm, reactions, value);
  }

  /** RejectPromise ( promise, reason ) */
  public static void rejectPromise(Realm realm, PromiseObject p, Object reason) {
    java.util.List<PromiseObject.Reaction> reactions = p.rejectReactions;
    p.result = reason;
    p.state = PromiseObject.REJECTED;
    p.fulfillReactions = null;
    p.rejectReactions = null;
    if (!p.isHandled) {
      realm.agent.hostHooks().promiseRejectionTracker(p, "reject");
    }
    triggerReactions(realm, reactions, reason);
  }

  private static void triggerReactions(Realm realm, java.util.List<PromiseObject.Reaction> reactions, Object argument) {
    for (PromiseObject.Reaction r : reactions) {
      enqueueReactionJob(realm, r, argument);
    }
  }

  /** NewPromiseReactionJob ( reaction, argument ) */
  private static void enqueueReactionJob(Realm realm, PromiseObject.Reaction reaction, Object argument) {
    realm.agent.jobs.enqueue(new ReactionJob(realm, reaction, argument));
  }

  /** A PromiseReactionJob; traced so the values it will pass on count in the live set while it waits. */
  private record ReactionJob(Realm realm, PromiseObject.Reaction reaction, Object argument) implements JobQueue.TracedJob {
    @Override
    public void run() {
      runReaction(realm, reaction, argument);
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      reaction.traceReferences(v);
      v.visit(argument);
    }
  }

  private static void runReaction(Realm realm, PromiseObject.Reaction reaction, Object argument) {
    Object handlerResult;
    boolean ok = true;
    try {
      if (reaction.javaHandler() != null) {
        handlerResult = reaction.javaHandler().handle(argument);
      } else if (reaction.handler() == null) {
        handlerResult = argument;
        ok = reaction.fulfill();
      } else {
        handlerResult = ((JsObject) reaction.handler()).call(Undefined.INSTANCE, new Object[] {argument});
      }
    } catch (JsThrow t) {
      handlerResult = t.value();
      ok = false;
    }
    PromiseObject.Capability cap = reaction.capability();
    if (cap == null) {
      return;
    }
    if (ok) {
      ObjectOperations.call(realm, cap.resolve(), Undefined.INSTANCE, handlerResult);
    } else {
      ObjectOperations.call(realm, cap.reject(), Undefined.INSTANCE, handlerResult);
    }
  }

  /** PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] ) */
  public static Object performPromiseThen(Realm realm, PromiseObject p, Object onFulfilled, Object onRejected,
      PromiseObject.Capability resultCapability) {
    Object f = onFulfilled instanceof JsObject fo && fo.isCallable() ? onFulfilled : null;
    Object r = onRejected instanceof JsObject ro && ro.isCallable() ? onRejected : null;
    PromiseObject.Reaction fulfill = new PromiseObject.Reaction(resultCapability, true, f, null, null);
    PromiseObject.Reaction reject = new PromiseObject.Reaction(resultCapability, false, r, null, null);
    addReactions(realm, p, fulfill, reject);
    return resultCapability == null ? Undefined.INSTANCE : resultCapability.promise();
  }

  /** PerformPromiseThen with Java handlers and no derived promise (await and the engine's own chaining). */
  public static void then(Realm realm, PromiseObject p, PromiseObject.JavaHandler onFulfilled, PromiseObject.JavaHandler onRejected) {
    then(realm, p, onFulfilled, onRejected, null);
  }

  /** The same, where {@code owner} is what the handlers keep alive (for the live-set meter). */
  public static void then(Realm realm, PromiseObject p, PromiseObject.JavaHandler onFulfilled, PromiseObject.JavaHandler onRejected,
      Object owner) {
    addReactions(realm, p, new PromiseObject.Reaction(null, true, null, onFulfilled, owner),
        new PromiseObject.Reaction(null, false, null, onRejected, owner));
  }

  private static void addReactions(Realm realm, PromiseObject p, PromiseObject.Reaction fulfill, PromiseObject.Reaction reject) {
    if (p.state == PromiseObject.PENDING) {
      realm.heap.charge(2L * PromiseObject.REACTION_BYTES);
      p.fulfillReactions.add(fulfill);
      p.rejectReactions.add(reject);
    } else if (p.state == PromiseObject.FULFILLED) {
      enqueueReactionJob(realm, fulfill, p.result);
    } else {
      if (!p.isHandled) {
        realm.agent.hostHooks().promiseRejectionTracker(p, "handle");
      }
      enqueueReactionJob(realm, reject, p.result);
    }
    p.isHandled = true;
  }

  /** NewPromiseCapability ( C ) — https://tc39.es/ecma262/#sec-newpromisecapability */
  public static PromiseObject.Capability newPromiseCapability(Realm realm, Object c) {
    if (c == realm.intrinsic(Intrinsic.PROMISE)) {
      PromiseObject p = newPromise(realm);
      JsObject[] fns = createResolvingFunctions(realm, p);
      return new PromiseObject.Capability(p, fns[0], fns[1]);
    }
    if (!(c instanceof JsObject ctor) || !ctor.isConstructor()) {
      throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(c));
    }
    Object[] slots = {Undefined.INSTANCE, Undefined.INSTANCE};
    NativeFunction executor = new NativeFunction(realm, "", 2, (r, t, args, nt) -> {
      if (slots[0] != Undefined.INSTANCE || slots[1] != Undefined.INSTANCE) {
        throw Errors.typeError(r, Msg.PROMISE_CAPABILITY_ALREADY_SET);
      }
      slots[0] = args.length > 0 ? args[0] : Undefined.INSTANCE;
      slots[1] = args.length > 1 ? args[1] : Undefined.INSTANCE;
      return Undefined.INSTANCE;
    }, false);
    JsObject promise = ObjectOperations.construct(realm, ctor, new Object[] {executor}, null);
    for (int i = 0; i < 2; i++) {
      if (!(slots[i] instanceof JsObject fn) || !fn.isCallable()) {
        throw Errors.typeError(realm, Msg.PROMISE_EXECUTOR_NOT_CALLABLE, Describe.value(slots[i]));
      }
    }
    return new PromiseObject.Capability(promise, slots[0], slots[1]);
  }

  /** PromiseResolve ( C, x ) */
  public static JsObject promiseResolve(Realm realm, JsObject c, Object x) {
    if (x instanceof PromiseObject xp) {
      Object ctor = xp.get(realm, "constructor", xp);
      if (ctor == c) {
        return xp;
      }
    }
    PromiseObject.Capability cap = newPromiseCapability(realm, c);
    ObjectOperations.call(realm, cap.resolve(), Undefined.INSTANCE, x);
    return cap.promise();
  }

  /** PromiseResolve(%Promise%, value) for await: always a PromiseObject. */
  public static PromiseObject promiseResolveIntrinsic(Realm realm, Object value) {
    JsObject p = promiseResolve(realm, realm.intrinsic(Intrinsic.PROMISE), value);
    return (PromiseObject) p;
  }

  /** A key for messages. */
  static String describeKey(Object key) {
    return PropertyKey.describe(key);
  }
}
