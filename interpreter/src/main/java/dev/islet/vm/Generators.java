package dev.islet.vm;

import dev.islet.bytecode.FunctionTemplate;
import dev.islet.bytecode.Op;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.IteratorOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * Generators and async functions on top of suspendable frames: a suspended frame keeps its
 * registers, stack and pc; resuming pushes the sent value and continues after the suspending
 * instruction. Generator objects — https://tc39.es/ecma262/#sec-generator-objects; async functions —
 * https://tc39.es/ecma262/#sec-async-function-objects.
 */
public final class Generators {
  private Generators() {}

  /** The suspending opcodes: GENERATOR_START makes the generator object; YIELD and AWAIT hand a value out. */
  static Object suspend(Realm realm, Frame f, int op) {
    if (op == Op.GENERATOR_START) {
      ScriptFunction fn = f.function;
      boolean async = fn.template.is(FunctionTemplate.ASYNC);
      Intrinsic dflt = async ? Intrinsic.ASYNC_GENERATOR_PROTOTYPE : Intrinsic.GENERATOR_PROTOTYPE;
      Object p = fn.get(realm, "prototype", fn);
      JsObject proto = p instanceof JsObject po ? po : fn.realm.intrinsic(dflt);
      GeneratorObject g = async ? new AsyncGeneratorObject(realm, proto, f) : new GeneratorObject(realm, proto, f);
      f.driver = g;
      f.suspended = true;
      f.suspendOp = op;
      return g;
    }
    Object v = f.regs[--f.sp];
    f.suspended = true;
    f.suspendOp = op;
    return v;
  }

  /** The rarely used opcodes of generators, disposal and modules. */
  static int execute(Realm realm, Frame f, int op, Object[] r, int sp, int[] ops, int pc, Object[] k) {
    throw new IllegalStateException("opcode " + Op.name(op) + " is not supported yet");
  }

  // ------------------------------------------------------------------ generator objects

  /** A generator instance: its frame and [[GeneratorState]]. */
  public static class GeneratorObject extends JsObject {
    static final int SUSPENDED_START = 0;
    static final int SUSPENDED_YIELD = 1;
    static final int EXECUTING = 2;
    static final int COMPLETED = 3;

    final Frame frame;
    int state = SUSPENDED_START;

    GeneratorObject(Realm realm, JsObject proto, Frame frame) {
      super(realm, JsObject.rootShape(realm, proto));
      this.frame = frame;
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      super.traceReferences(v);
      v.visit(frame);
    }

    @Override
    public String className() {
      return "Generator";
    }
  }

  /** GeneratorResume / GeneratorResumeAbrupt: {@code mode} is Frame.MODE_NEXT, MODE_THROW or MODE_RETURN. */
  public static Object resume(Realm realm, Object thisValue, Object value, int mode, String method) {
    if (!(thisValue instanceof GeneratorObject g) || g instanceof AsyncGeneratorObject) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, dev.islet.ops.Describe.value(thisValue));
    }
    if (g.state == GeneratorObject.EXECUTING) {
      throw Errors.typeError(realm, Msg.GENERATOR_RUNNING);
    }
    if (g.state == GeneratorObject.SUSPENDED_START && mode != Frame.MODE_NEXT) {
      g.state = GeneratorObject.COMPLETED;
    }
    if (g.state == GeneratorObject.COMPLETED) {
      if (mode == Frame.MODE_THROW) {
        throw new JsThrow(value);
      }
      return IteratorOperations.createIterResult(realm, mode == Frame.MODE_RETURN ? value : Undefined.INSTANCE, true);
    }
    g.state = GeneratorObject.EXECUTING;
    Object result;
    Frame frame = g.frame;
    try {
      result = realm.agent.interpreter.resume(frame, value, mode);
    } catch (JsThrow t) {
      g.state = GeneratorObject.COMPLETED;
      throw t;
    } catch (RuntimeException | Error e) {
      g.state = GeneratorObject.COMPLETED;
      throw e;
    }
    if (frame.suspended) {
      g.state = GeneratorObject.SUSPENDED_YIELD;
      if (frame.suspendOp == Op.YIELD_RAW) {
        // yield* hands the inner iterator's result object out unchanged.
        return result;
      }
      return IteratorOperations.createIterResult(realm, result, false);
    }
    g.state = GeneratorObject.COMPLETED;
    return IteratorOperations.createIterResult(realm, result, true);
  }

  // ------------------------------------------------------------------ async functions

  /** AsyncFunctionStart: runs the body until its first await; returns the function's promise. */
  static Object startAsyncFunction(Realm realm, Frame frame) {
    PromiseObject promise = PromiseOperations.newPromise(realm);
    AsyncFunctionDriver d = new AsyncFunctionDriver(realm, frame, promise);
    frame.driver = d;
    d.step(null, -1);
    return promise;
  }

  /** Runs an async body (a module with top-level await) that settles {@code promise} when it completes. */
  public static void runAsync(Realm realm, Frame frame, PromiseObject promise) {
    AsyncFunctionDriver d = new AsyncFunctionDriver(realm, frame, promise);
    frame.driver = d;
    d.step(null, -1);
  }

  /** Drives one async function activation across its awaits. */
  static final class AsyncFunctionDriver {
    private final Realm realm;
    private final Frame frame;
    private final PromiseObject promise;

    AsyncFunctionDriver(Realm realm, Frame frame, PromiseObject promise) {
      this.realm = realm;
      this.frame = frame;
      this.promise = promise;
    }

    /** Runs (mode -1: from the start) or resumes the body; on completion settles the promise, on await subscribes. */
    void step(Object value, int mode) {
      Object r;
      try {
        r = mode < 0 ? realm.agent.interpreter.run(frame) : realm.agent.interpreter.resume(frame, value, mode);
      } catch (JsThrow t) {
        PromiseOperations.rejectPromise(realm, promise, t.value());
        return;
      }
      if (!frame.suspended) {
        PromiseOperations.resolve(realm, promise, r);
        return;
      }
      await(realm, r, v -> {
        step(v, Frame.MODE_NEXT);
        return Undefined.INSTANCE;
      }, e -> {
        step(e, Frame.MODE_THROW);
        return Undefined.INSTANCE;
      }, frame);
    }
  }

  /**
   * Await ( value ) from the engine's side: PromiseResolve(%Promise%, value), then resume through
   * {@code onFulfilled} / {@code onRejected}. An abrupt PromiseResolve resumes with a throw at once.
   */
  static void await(Realm realm, Object value, PromiseObject.JavaHandler onFulfilled, PromiseObject.JavaHandler onRejected,
      Object owner) {
    PromiseObject p;
    try {
      p = PromiseOperations.promiseResolveIntrinsic(realm, value);
    } catch (JsThrow t) {
      onRejected.handle(t.value());
      return;
    }
    PromiseOperations.then(realm, p, onFulfilled, onRejected, owner);
  }
}
