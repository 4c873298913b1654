package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/**
 * The eager methods of %Iterator.prototype%: reduce, toArray, forEach, some, every, find —
 * https://tc39.es/ecma262/#sec-iterator.prototype.reduce and its siblings — and includes
 * (https://tc39.es/proposal-iterator-includes/, standard in test262).
 */
final class IteratorReducers {
  private static final int FOR_EACH = 0;
  private static final int SOME = 1;
  private static final int EVERY = 2;
  private static final int FIND = 3;
  private static final double MAX_SAFE_INTEGER = 9007199254740991d;

  private IteratorReducers() {}

  /** Iterator.prototype.reduce ( reducer [ , initialValue ] ) */
  static Object reduce(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = IteratorHelpers.thisObject(realm, thisValue, "Iterator.prototype.reduce");
    JsObject reducer = IteratorHelpers.callableOrClose(realm, o, Args.get(args, 0));
    IteratorRecord iterated = IteratorRecords.getIteratorDirect(realm, o);
    Object accumulator;
    long counter;
    if (args.length < 2) {
      accumulator = IteratorOperations.stepValue(realm, iterated);
      if (accumulator == JsObject.NOT_FOUND) {
        throw Errors.typeError(realm, Msg.REDUCE_EMPTY_ITERATOR);
      }
      counter = 1;
    } else {
      accumulator = args[1];
      counter = 0;
    }
    while (true) {
      Object value = IteratorOperations.stepValue(realm, iterated);
      if (value == JsObject.NOT_FOUND) {
        return accumulator;
      }
      realm.agent.budget.charge(1);
      accumulator = IteratorHelpers.callClosing(realm, iterated, reducer,
          new Object[] {accumulator, value, IteratorHelpers.counter(counter++)});
    }
  }

  /** Iterator.prototype.toArray ( ) */
  static Object toArray(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = IteratorHelpers.thisObject(realm, thisValue, "Iterator.prototype.toArray");
    IteratorRecord iterated = IteratorRecords.getIteratorDirect(realm, o);
    ArrayList<Object> items = new ArrayList<>();
    long held = 0;
    try {
      while (true) {
        Object value = IteratorOperations.stepValue(realm, iterated);
        if (value == JsObject.NOT_FOUND) {
          return ObjectOperations.createArrayFromList(realm, items.toArray());
        }
        realm.agent.budget.charge(1);
        // Collected values are reachable only from this list until it returns: transient heap.
        realm.heap.chargeTransient(SizeEstimates.REFERENCE * 2);
        held += SizeEstimates.REFERENCE * 2;
        items.add(value);
      }
    } finally {
      realm.heap.releaseTransient(held);
    }
  }

  static Object forEach(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return walk(realm, thisValue, Args.get(args, 0), FOR_EACH, "Iterator.prototype.forEach");
  }

  static Object some(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return walk(realm, thisValue, Args.get(args, 0), SOME, "Iterator.prototype.some");
  }

  static Object every(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return walk(realm, thisValue, Args.get(args, 0), EVERY, "Iterator.prototype.every");
  }

  static Object find(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return walk(realm, thisValue, Args.get(args, 0), FIND, "Iterator.prototype.find");
  }

  /** forEach, some, every and find: call fn(value, counter) per value; the last three stop (and close) early. */
  private static Object walk(Realm realm, Object thisValue, Object callback, int kind, String method) {
    JsObject o = IteratorHelpers.thisObject(realm, thisValue, method);
    JsObject fn = IteratorHelpers.callableOrClose(realm, o, callback);
    IteratorRecord iterated = IteratorRecords.getIteratorDirect(realm, o);
    long counter = 0;
    while (true) {
      Object value = IteratorOperations.stepValue(realm, iterated);
      if (value == JsObject.NOT_FOUND) {
        return switch (kind) {
          case SOME -> false;
          case EVERY -> true;
          default -> Undefined.INSTANCE;
        };
      }
      realm.agent.budget.charge(1);
      Object result = IteratorHelpers.callClosing(realm, iterated, fn, new Object[] {value, IteratorHelpers.counter(counter++)});
      if (kind == FOR_EACH) {
        continue;
      }
      boolean b = TypeConversion.toBoolean(result);
      if (kind == EVERY ? !b : b) {
        IteratorOperations.close(realm, iterated);
        return kind == FIND ? value : kind == SOME;
      }
    }
  }

  /** Iterator.prototype.includes ( searchElement [ , skippedElements ] ) */
  static Object includes(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = IteratorHelpers.thisObject(realm, thisValue, "Iterator.prototype.includes");
    Object skipped = Args.get(args, 1);
    double toSkip = 0;
    if (skipped != Undefined.INSTANCE) {
      double d = skipped instanceof Integer i ? i : skipped instanceof Double x ? x : Double.NaN;
      if (Double.isNaN(d) || (!Double.isInfinite(d) && d != Math.rint(d))) {
        throw IteratorHelpers.closeAndThrow(realm, o, Errors.typeError(realm, Msg.ITERATOR_SKIP_NOT_INTEGRAL, dev.islet.ops.Describe.value(skipped)));
      }
      toSkip = d;
    }
    if (toSkip < 0 || (!Double.isInfinite(toSkip) && toSkip > MAX_SAFE_INTEGER)) {
      throw IteratorHelpers.closeAndThrow(realm, o, Errors.rangeError(realm, Msg.ITERATOR_LIMIT_RANGE, dev.islet.ops.Describe.value(skipped)));
    }
    Object search = Args.get(args, 0);
    double skippedCount = 0;
    IteratorRecord iterated = IteratorRecords.getIteratorDirect(realm, o);
    while (true) {
      Object value = IteratorOperations.stepValue(realm, iterated);
      if (value == JsObject.NOT_FOUND) {
        return false;
      }
      realm.agent.budget.charge(1);
      if (skippedCount < toSkip) {
        skippedCount++;
      } else if (SameValue.sameValueZero(value, search)) {
        IteratorOperations.close(realm, iterated);
        return true;
      }
    }
  }
}
