package dev.islet.builtins.control;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Undefined;
import java.util.ArrayDeque;

/**
 * Iterator.prototype.chunks and Iterator.prototype.windows —
 * https://tc39.es/proposal-iterator-chunking/ (standard in test262): helpers that yield arrays of
 * consecutive values, disjoint (chunks) or sliding (windows).
 */
final class IteratorChunking {
  private static final double MAX_SIZE = 4294967295d;

  private IteratorChunking() {}

  /**
   * The size argument: a TypeError unless it is an integral Number, a RangeError unless it is from
   * 1 to 2^32 - 1; either way the receiver is closed first.
   */
  private static int size(Realm realm, JsObject o, Object size) {
    double d = size instanceof Integer i ? i : size instanceof Double x ? x : Double.NaN;
    if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
      throw IteratorHelpers.closeAndThrow(realm, o, Errors.typeError(realm, Msg.ITERATOR_SIZE_NOT_INTEGRAL, Describe.value(size)));
    }
    if (d < 1 || d > MAX_SIZE) {
      throw IteratorHelpers.closeAndThrow(realm, o, Errors.rangeError(realm, Msg.ITERATOR_CHUNK_SIZE, Describe.value(size)));
    }
    // A buffer of more than 2^31 values cannot be built anyway; the heap limit stops it far earlier.
    return d > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) d;
  }

  /** Iterator.prototype.chunks ( chunkSize ) */
  static Object chunks(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = IteratorHelpers.thisObject(realm, thisValue, "Iterator.prototype.chunks");
    int size = size(realm, o, Args.get(args, 0));
    return new Chunker(realm, IteratorRecords.getIteratorDirect(realm, o), size, false, false);
  }

  /** Iterator.prototype.windows ( windowSize [ , undersized ] ) */
  static Object windows(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = IteratorHelpers.thisObject(realm, thisValue, "Iterator.prototype.windows");
    int size = size(realm, o, Args.get(args, 0));
    Object undersized = Args.get(args, 1);
    boolean allowPartial;
    if (undersized == Undefined.INSTANCE || (JsStrings.isString(undersized) && JsStrings.flat(undersized).equals("only-full"))) {
      allowPartial = false;
    } else if (JsStrings.isString(undersized) && JsStrings.flat(undersized).equals("allow-partial")) {
      allowPartial = true;
    } else {
      throw IteratorHelpers.closeAndThrow(realm, o, Errors.typeError(realm, Msg.ITERATOR_UNDERSIZED, Describe.value(undersized)));
    }
    return new Chunker(realm, IteratorRecords.getIteratorDirect(realm, o), size, true, allowPartial);
  }

  /** The closures of chunks and windows. */
  private static final class Chunker extends IteratorHelperObject {
    private final IteratorRecord iterated;
    private final int size;
    private final boolean windows;
    private final boolean allowPartial;
    private final ArrayDeque<Object> buffer = new ArrayDeque<>();
    /** Set once the underlying iterator is exhausted: the last yield ignores a return(). */
    private boolean exhausted;

    Chunker(Realm realm, IteratorRecord iterated, int size, boolean windows, boolean allowPartial) {
      super(realm, iterated);
      this.iterated = iterated;
      this.size = size;
      this.windows = windows;
      this.allowPartial = allowPartial;
    }

    @Override
    Object resume(Realm realm) {
      if (exhausted) {
        return DONE;
      }
      while (true) {
        Object value = IteratorOperations.stepValue(realm, iterated);
        if (value == JsObject.NOT_FOUND) {
          exhausted = true;
          boolean partial = windows ? allowPartial && !buffer.isEmpty() && buffer.size() < size : !buffer.isEmpty();
          return partial ? array(realm) : DONE;
        }
        realm.agent.budget.charge(1);
        if (windows && buffer.size() == size) {
          buffer.removeFirst();
        }
        realm.heap.charge(SizeEstimates.REFERENCE * 2);
        buffer.addLast(value);
        if (buffer.size() == size) {
          JsObject a = array(realm);
          if (!windows) {
            buffer.clear();
          }
          return a;
        }
      }
    }

    private JsObject array(Realm realm) {
      return ObjectOperations.createArrayFromList(realm, buffer.toArray());
    }

    @Override
    void resumeWithReturn(Realm realm) {
      if (!exhausted) {
        IteratorOperations.close(realm, iterated);
      }
    }

    @Override
    void traceState(HeapVisitor v) {
      for (Object o : buffer) {
        v.visit(o);
      }
    }
  }
}
