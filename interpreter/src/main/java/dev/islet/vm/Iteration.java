package dev.islet.vm;

import dev.islet.bytecode.Op;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** The iteration opcodes: GetIterator, IteratorStep, IteratorClose, spread, for-in. */
final class Iteration {
  private Iteration() {}

  static int execute(Realm realm, int op, Object[] r, int sp, Object[] k, int[] ops, int pc) {
    switch (op) {
      case Op.GET_ITERATOR -> {
        IteratorOperations.IteratorRecord rec = IteratorOperations.getIterator(realm, r[sp - 1]);
        r[sp - 1] = rec.iterator;
        r[sp++] = rec.nextMethod;
      }
      case Op.GET_ASYNC_ITERATOR -> {
        Object obj = r[sp - 1];
        Object method = ObjectOperations.getMethod(realm, obj, Symbol.ASYNC_ITERATOR);
        JsObject iterator;
        Object next;
        if (method == Undefined.INSTANCE) {
          IteratorOperations.IteratorRecord sync = IteratorOperations.getIterator(realm, obj);
          JsObject wrapped = AsyncFromSyncIterator.create(realm, sync);
          iterator = wrapped;
          next = wrapped.get(realm, "next", wrapped);
        } else {
          Object it = ObjectOperations.call(realm, method, obj);
          if (!(it instanceof JsObject io)) {
            throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(it));
          }
          iterator = io;
          next = io.get(realm, "next", io);
        }
        r[sp - 1] = iterator;
        r[sp++] = next;
      }
      case Op.ITER_CALL_NEXT -> {
        Object v = r[sp - 1];
        r[sp - 1] = ObjectOperations.call(realm, r[sp - 2], r[sp - 3], v);
      }
      case Op.ITER_CALL_METHOD -> {
        Object v = r[sp - 1];
        JsObject iterator = (JsObject) r[sp - 3];
        Object m = ObjectOperations.getMethod(realm, iterator, k[ops[pc + 1]]);
        r[sp - 1] = m == Undefined.INSTANCE ? Undefined.INSTANCE : ((JsObject) m).call(iterator, new Object[] {v});
      }
      case Op.ITER_CLOSE -> {
        sp -= 2;
        IteratorOperations.close(realm, new IteratorOperations.IteratorRecord((JsObject) r[sp], r[sp + 1]));
      }
      case Op.ITER_RESULT_DONE -> {
        JsObject result = (JsObject) r[sp - 1];
        r[sp++] = TypeConversion.toBoolean(result.get(realm, "done", result));
      }
      case Op.ITER_RESULT_VALUE -> {
        JsObject result = (JsObject) r[sp - 1];
        r[sp - 1] = result.get(realm, "value", result);
      }
      case Op.FOR_IN_START -> r[sp - 1] = new ForInIterator(realm, r[sp - 1]);
      default -> throw new IllegalStateException(Op.name(op));
    }
    return sp;
  }

  /** IteratorStepValue on (iterator, next): the value, or NOT_FOUND when done. */
  static Object step(Realm realm, Object iterator, Object next) {
    Object result = ObjectOperations.call(realm, next, iterator);
    if (!(result instanceof JsObject res)) {
      throw Errors.typeError(realm, Msg.ITERATOR_RESULT_NOT_OBJECT, Describe.value(result));
    }
    if (TypeConversion.toBoolean(res.get(realm, "done", res))) {
      return JsObject.NOT_FOUND;
    }
    return res.get(realm, "value", res);
  }

  /** Array destructuring: the next value, or undefined once done (registers r: iterator, r+1: next, r+2: done). */
  static Object destructureStep(Realm realm, Object[] regs, int r) {
    if (regs[r + 2] == Boolean.TRUE) {
      return Undefined.INSTANCE;
    }
    Object v;
    try {
      v = step(realm, regs[r], regs[r + 1]);
    } catch (dev.islet.errors.JsThrow t) {
      regs[r + 2] = Boolean.TRUE;
      throw t;
    }
    if (v == JsObject.NOT_FOUND) {
      regs[r + 2] = Boolean.TRUE;
      return Undefined.INSTANCE;
    }
    return v;
  }

  /** Array destructuring rest element: an array of the remaining values. */
  static Object destructureRest(Realm realm, Object[] regs, int r) {
    ArrayObject a = ArrayObject.create(realm);
    while (regs[r + 2] != Boolean.TRUE) {
      Object v = destructureStep(realm, regs, r);
      if (regs[r + 2] == Boolean.TRUE) {
        break;
      }
      realm.agent.budget.charge(1);
      a.append(realm, v);
    }
    return a;
  }

  /** Array destructuring end: IteratorClose unless the iterator is done. */
  static void destructureClose(Realm realm, Object[] regs, int r, boolean onThrow) {
    if (regs[r + 2] == Boolean.TRUE) {
      return;
    }
    regs[r + 2] = Boolean.TRUE;
    IteratorOperations.IteratorRecord rec = new IteratorOperations.IteratorRecord((JsObject) regs[r], regs[r + 1]);
    if (onThrow) {
      IteratorOperations.closeOnThrow(realm, rec);
    } else {
      IteratorOperations.close(realm, rec);
    }
  }

  /** Spread of an iterable into an array literal or argument list. */
  static void spreadInto(Realm realm, ArrayObject target, Object iterable) {
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIterator(realm, iterable);
    while (true) {
      Object v = IteratorOperations.stepValue(realm, rec);
      if (v == JsObject.NOT_FOUND) {
        return;
      }
      realm.agent.budget.charge(1);
      target.append(realm, v);
    }
  }
}
