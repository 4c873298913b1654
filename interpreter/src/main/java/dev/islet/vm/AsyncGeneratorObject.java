package dev.islet.vm;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.bytecode.Op;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.ArrayDeque;

/**
 * An async generator instance — https://tc39.es/ecma262/#sec-asyncgenerator-objects: a queue of
 * next/throw/return requests, each answered with a promise, served one at a time by the frame.
 */
public final class AsyncGeneratorObject extends Generators.GeneratorObject {
  static final int AWAITING_RETURN = 4;

  private record Request(int mode, Object value, PromiseObject.Capability capability) {}

  private final ArrayDeque<Request> queue = new ArrayDeque<>();
  private final Realm realm;

  AsyncGeneratorObject(Realm realm, JsObject proto, Frame frame) {
    super(realm, proto, frame);
    this.realm = realm;
  }

  @Override
  public String className() {
    return "AsyncGenerator";
  }

  /** AsyncGenerator.prototype.next / return / throw: mode is Frame.MODE_NEXT, MODE_RETURN or MODE_THROW. */
  public static Object enqueue(Realm realm, Object thisValue, Object value, int mode, String method) {
    PromiseObject.Capability cap = PromiseOperations.newPromiseCapability(realm, realm.intrinsic(dev.islet.realm.Intrinsic.PROMISE));
    if (!(thisValue instanceof AsyncGeneratorObject g)) {
      JsThrow t = Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
      ((JsObject) cap.reject()).call(Undefined.INSTANCE, new Object[] {t.value()});
      return cap.promise();
    }
    int state = g.state;
    if (mode == Frame.MODE_THROW && state == SUSPENDED_START) {
      g.state = state = COMPLETED;
    }
    if (state == COMPLETED) {
      if (mode == Frame.MODE_NEXT) {
        resolveCap(cap, IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true));
        return cap.promise();
      }
      if (mode == Frame.MODE_THROW) {
        ((JsObject) cap.reject()).call(Undefined.INSTANCE, new Object[] {value});
        return cap.promise();
      }
    }
    g.queue.addLast(new Request(mode, value, cap));
    if (mode == Frame.MODE_RETURN && (state == SUSPENDED_START || state == COMPLETED)) {
      g.state = AWAITING_RETURN;
      g.awaitReturn();
    } else if (state == SUSPENDED_START || state == SUSPENDED_YIELD) {
      g.resumeWith(value, mode);
    }
    return cap.promise();
  }

  private static void resolveCap(PromiseObject.Capability cap, Object v) {
    ((JsObject) cap.resolve()).call(Undefined.INSTANCE, new Object[] {v});
  }

  /** AsyncGeneratorResume: runs the frame with the completion until it yields, awaits or completes. */
  private void resumeWith(Object value, int mode) {
    state = EXECUTING;
    Object r;
    try {
      if (mode < 0) {
        r = realm.agent.interpreter.run(frame);
      } else {
        r = realm.agent.interpreter.resume(frame, value, mode);
      }
    } catch (JsThrow t) {
      state = COMPLETED;
      completeStep(true, t.value(), true);
      drainQueue();
      return;
    }
    if (!frame.suspended) {
      state = COMPLETED;
      completeStep(false, r, true);
      drainQueue();
      return;
    }
    if (frame.suspendOp == Op.AWAIT) {
      Generators.await(realm, r, v -> {
        resumeWith(v, Frame.MODE_NEXT);
        return Undefined.INSTANCE;
      }, e -> {
        resumeWith(e, Frame.MODE_THROW);
        return Undefined.INSTANCE;
      }, this);
      return;
    }
    // AsyncGeneratorYield: answer the current request, then go on with the next one if queued.
    completeStep(false, r, false);
    if (!queue.isEmpty()) {
      Request next = queue.peekFirst();
      resumeWith(next.value(), next.mode());
      return;
    }
    state = SUSPENDED_YIELD;
  }

  /** AsyncGeneratorCompleteStep: settles the first request's promise. */
  private void completeStep(boolean isThrow, Object value, boolean done) {
    Request req = queue.pollFirst();
    if (req == null) {
      return;
    }
    if (isThrow) {
      ((JsObject) req.capability().reject()).call(Undefined.INSTANCE, new Object[] {value});
    } else {
      resolveCap(req.capability(), IteratorOperations.createIterResult(realm, value, done));
    }
  }

  /** AsyncGeneratorDrainQueue: after completion, answers the queued requests. */
  private void drainQueue() {
    while (!queue.isEmpty()) {
      Request next = queue.peekFirst();
      if (next.mode() == Frame.MODE_RETURN) {
        state = AWAITING_RETURN;
        awaitReturn();
        return;
      }
      if (next.mode() == Frame.MODE_THROW) {
        completeStep(true, next.value(), true);
      } else {
        completeStep(false, Undefined.INSTANCE, true);
      }
    }
  }

  /** AsyncGeneratorAwaitReturn: await the value of a return request on a completed generator. */
  private void awaitReturn() {
    Request next = queue.peekFirst();
    Generators.await(realm, next.value(), v -> {
      state = COMPLETED;
      completeStep(false, v, true);
      drainQueue();
      return Undefined.INSTANCE;
    }, e -> {
      state = COMPLETED;
      completeStep(true, e, true);
      drainQueue();
      return Undefined.INSTANCE;
    }, this);
  }
}
