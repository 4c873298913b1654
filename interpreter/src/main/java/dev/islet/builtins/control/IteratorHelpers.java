package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * The lazy methods of %Iterator.prototype% that return an Iterator Helper: map, filter, take,
 * drop, flatMap — https://tc39.es/ecma262/#sec-iterator.prototype.map and the clauses after it.
 * The eager ones are in {@link IteratorReducers}, chunks and windows in {@link IteratorChunking}.
 */
final class IteratorHelpers {
  private IteratorHelpers() {}

  /** Steps 1–2: the this value must be an object. */
  static JsObject thisObject(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof JsObject o) {
      return o;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /**
   * The argument check of the helpers that take a function: if it is not callable, close the
   * receiver (IteratorClose with a throw completion: errors of return() are dropped) and throw.
   */
  static JsObject callableOrClose(Realm realm, JsObject o, Object fn) {
    if (fn instanceof JsObject f && f.isCallable()) {
      return f;
    }
    throw closeAndThrow(realm, o, Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(fn)));
  }

  /** IteratorClose ( { [[Iterator]]: o }, error ): for argument errors before GetIteratorDirect. */
  static JsThrow closeAndThrow(Realm realm, JsObject o, JsThrow error) {
    return IteratorRecords.closeAndThrow(realm, new IteratorRecord(o, Undefined.INSTANCE), error);
  }

  /** A counter as a Number. */
  static Object counter(long n) {
    return n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) (double) n;
  }

  /** Call(fn, undefined, « value, counter ») closing {@code iterated} if it throws (IfAbruptCloseIterator). */
  static Object callClosing(Realm realm, IteratorRecord iterated, JsObject fn, Object[] args) {
    try {
      return fn.call(Undefined.INSTANCE, args);
    } catch (JsThrow t) {
      throw IteratorRecords.closeAndThrow(realm, iterated, t);
    }
  }

  // ------------------------------------------------------------------ map

  /** Iterator.prototype.map ( mapper ) */
  static Object map(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = thisObject(realm, thisValue, "Iterator.prototype.map");
    JsObject mapper = callableOrClose(realm, o, Args.get(args, 0));
    return new Mapper(realm, IteratorRecords.getIteratorDirect(realm, o), mapper, false);
  }

  /** Iterator.prototype.filter ( predicate ) */
  static Object filter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = thisObject(realm, thisValue, "Iterator.prototype.filter");
    JsObject predicate = callableOrClose(realm, o, Args.get(args, 0));
    return new Mapper(realm, IteratorRecords.getIteratorDirect(realm, o), predicate, true);
  }

  /** The closures of map (yield fn(value)) and filter (yield value if fn(value) is truthy). */
  private static final class Mapper extends IteratorHelperObject {
    private final IteratorRecord iterated;
    private final JsObject fn;
    private final boolean filter;
    private long counter;

    Mapper(Realm realm, IteratorRecord iterated, JsObject fn, boolean filter) {
      super(realm, iterated);
      this.iterated = iterated;
      this.fn = fn;
      this.filter = filter;
    }

    @Override
    Object resume(Realm realm) {
      while (true) {
        Object value = IteratorOperations.stepValue(realm, iterated);
        if (value == JsObject.NOT_FOUND) {
          return DONE;
        }
        realm.agent.budget.charge(1);
        Object r = callClosing(realm, iterated, fn, new Object[] {value, counter(counter++)});
        if (!filter) {
          return r;
        }
        if (TypeConversion.toBoolean(r)) {
          return value;
        }
      }
    }

    @Override
    void traceState(HeapVisitor v) {
      v.visit(fn);
    }
  }

  // ------------------------------------------------------------------ take, drop

  /**
   * Steps 3–8 of take and drop: ToNumber(limit) (closing the receiver if it throws), then a
   * RangeError for NaN or a limit outside 0 .. 2^53 - 1 (+Infinity is allowed).
   */
  private static double limit(Realm realm, JsObject o, Object limit) {
    double num;
    try {
      num = TypeConversion.toNumber(realm, limit);
    } catch (JsThrow t) {
      throw closeAndThrow(realm, o, t);
    }
    if (Double.isNaN(num)) {
      throw closeAndThrow(realm, o, Errors.rangeError(realm, Msg.ITERATOR_LIMIT_RANGE, Describe.value(limit)));
    }
    double integer = TypeConversion.toIntegerOrInfinity(realm, num);
    if (integer < 0 || (integer > 9007199254740991d && integer != Double.POSITIVE_INFINITY)) {
      throw closeAndThrow(realm, o, Errors.rangeError(realm, Msg.ITERATOR_LIMIT_RANGE, Describe.value(limit)));
    }
    return integer;
  }

  /** Iterator.prototype.take ( limit ) */
  static Object take(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = thisObject(realm, thisValue, "Iterator.prototype.take");
    double limit = limit(realm, o, Args.get(args, 0));
    return new Limiter(realm, IteratorRecords.getIteratorDirect(realm, o), limit, true);
  }

  /** Iterator.prototype.drop ( limit ) */
  static Object drop(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = thisObject(realm, thisValue, "Iterator.prototype.drop");
    double limit = limit(realm, o, Args.get(args, 0));
    return new Limiter(realm, IteratorRecords.getIteratorDirect(realm, o), limit, false);
  }

  /** The closures of take (yield at most limit values, then close) and drop (skip limit values). */
  private static final class Limiter extends IteratorHelperObject {
    private final IteratorRecord iterated;
    private final boolean take;
    private double remaining;

    Limiter(Realm realm, IteratorRecord iterated, double limit, boolean take) {
      super(realm, iterated);
      this.iterated = iterated;
      this.remaining = limit;
      this.take = take;
    }

    @Override
    Object resume(Realm realm) {
      if (take) {
        if (remaining == 0) {
          IteratorOperations.close(realm, iterated);
          return DONE;
        }
        if (remaining != Double.POSITIVE_INFINITY) {
          remaining--;
        }
      } else {
        while (remaining > 0) {
          if (remaining != Double.POSITIVE_INFINITY) {
            remaining--;
          }
          realm.agent.budget.charge(1);
          if (IteratorOperations.step(realm, iterated) == null) {
            return DONE;
          }
        }
      }
      Object value = IteratorOperations.stepValue(realm, iterated);
      return value == JsObject.NOT_FOUND ? DONE : value;
    }
  }

  // ------------------------------------------------------------------ flatMap

  /** Iterator.prototype.flatMap ( mapper ) */
  static Object flatMap(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = thisObject(realm, thisValue, "Iterator.prototype.flatMap");
    JsObject mapper = callableOrClose(realm, o, Args.get(args, 0));
    return new FlatMapper(realm, IteratorRecords.getIteratorDirect(realm, o), mapper);
  }

  /** The closure of flatMap: yield every value of each mapped iterable (strings are rejected). */
  private static final class FlatMapper extends IteratorHelperObject {
    private final IteratorRecord iterated;
    private final JsObject mapper;
    private IteratorRecord inner;
    private long counter;

    FlatMapper(Realm realm, IteratorRecord iterated, JsObject mapper) {
      super(realm, iterated);
      this.iterated = iterated;
      this.mapper = mapper;
    }

    @Override
    Object resume(Realm realm) {
      while (true) {
        if (inner == null) {
          Object value = IteratorOperations.stepValue(realm, iterated);
          if (value == JsObject.NOT_FOUND) {
            return DONE;
          }
          Object mapped = callClosing(realm, iterated, mapper, new Object[] {value, counter(counter++)});
          try {
            inner = IteratorRecords.getIteratorFlattenable(realm, mapped, true);
          } catch (JsThrow t) {
            throw IteratorRecords.closeAndThrow(realm, iterated, t);
          }
        }
        realm.agent.budget.charge(1);
        Object innerValue;
        try {
          innerValue = IteratorOperations.stepValue(realm, inner);
        } catch (JsThrow t) {
          throw IteratorRecords.closeAndThrow(realm, iterated, t);
        }
        if (innerValue != JsObject.NOT_FOUND) {
          return innerValue;
        }
        inner = null;
      }
    }

    @Override
    void resumeWithReturn(Realm realm) {
      try {
        IteratorOperations.close(realm, inner);
      } catch (JsThrow t) {
        throw IteratorRecords.closeAndThrow(realm, iterated, t);
      }
      IteratorOperations.close(realm, iterated);
    }

    @Override
    void traceState(HeapVisitor v) {
      v.visit(mapper);
      if (inner != null) {
        v.visit(inner.iterator);
        v.visit(inner.nextMethod);
      }
    }
  }
}
