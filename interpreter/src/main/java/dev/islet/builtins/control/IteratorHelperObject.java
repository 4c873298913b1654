package dev.islet.builtins.control;

import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * An Iterator Helper object — https://tc39.es/ecma262/#sec-iterator-helper-objects. The spec makes
 * each helper a generator over an abstract closure (CreateIteratorFromClosure); here each helper
 * is a small state machine: {@link #resume} runs the closure up to its next Yield, and
 * {@link #resumeWithReturn} runs what the closure does when that Yield receives a return
 * completion (usually IteratorClose of the underlying iterator). The [[GeneratorState]] checks
 * (re-entrant next is a TypeError, a completed helper stays done) live here, once.
 */
public abstract class IteratorHelperObject extends JsObject {
  /** What {@link #resume} returns when the closure returns instead of yielding. */
  static final Object DONE = JsObject.NOT_FOUND;
  private static final int SUSPENDED_START = 0;
  private static final int SUSPENDED_YIELD = 1;
  private static final int EXECUTING = 2;
  private static final int COMPLETED = 3;

  private int state = SUSPENDED_START;
  /** [[UnderlyingIterators]]: closed by return() before the first next(). */
  final List<IteratorRecord> underlying;

  IteratorHelperObject(Realm realm, List<IteratorRecord> underlying) {
    super(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.ITERATOR_HELPER_PROTOTYPE)));
    this.underlying = underlying;
  }

  IteratorHelperObject(Realm realm, IteratorRecord underlying) {
    this(realm, new ArrayList<>(List.of(underlying)));
  }

  /** Runs the closure to its next Yield and returns the yielded value, or {@link #DONE}. */
  abstract Object resume(Realm realm);

  /** The closure's handling of a return completion at its current Yield (it then returns). */
  void resumeWithReturn(Realm realm) {
    IteratorOperations.close(realm, underlying.get(0));
  }

  /** The JS values the closure holds besides the underlying iterators, for the live-set meter. */
  void traceState(HeapVisitor v) {}

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    for (IteratorRecord r : underlying) {
      v.visit(r.iterator);
      v.visit(r.nextMethod);
    }
    traceState(v);
  }

  /** %IteratorHelperPrototype% — https://tc39.es/ecma262/#sec-%iteratorhelperprototype%-object */
  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE), p -> BuiltinInstaller.on(realm, p)
        .method("next", 0, IteratorHelperObject::next)
        .method("return", 0, IteratorHelperObject::return_)
        .toStringTag("Iterator Helper")));
  }

  private static IteratorHelperObject validate(Realm realm, Object thisValue, String method) {
    if (!(thisValue instanceof IteratorHelperObject h)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
    }
    if (h.state == EXECUTING) {
      throw Errors.typeError(realm, Msg.GENERATOR_RUNNING);
    }
    return h;
  }

  /** %IteratorHelperPrototype%.next ( ): GeneratorResume ( this value, undefined, "Iterator Helper" ) */
  static Object next(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    IteratorHelperObject h = validate(realm, thisValue, "%IteratorHelperPrototype%.next");
    if (h.state == COMPLETED) {
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    h.state = EXECUTING;
    Object v;
    try {
      v = h.resume(realm);
    } catch (JsThrow t) {
      h.state = COMPLETED;
      throw t;
    }
    if (v == DONE) {
      h.state = COMPLETED;
      return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
    }
    h.state = SUSPENDED_YIELD;
    return IteratorOperations.createIterResult(realm, v, false);
  }

  /** %IteratorHelperPrototype%.return ( ) */
  static Object return_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    IteratorHelperObject h = validate(realm, thisValue, "%IteratorHelperPrototype%.return");
    int s = h.state;
    h.state = COMPLETED;
    if (s == SUSPENDED_START) {
      IteratorRecords.closeAll(realm, h.underlying, null);
    } else if (s == SUSPENDED_YIELD) {
      h.state = EXECUTING;
      try {
        h.resumeWithReturn(realm);
      } finally {
        h.state = COMPLETED;
      }
    }
    return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
  }
}
