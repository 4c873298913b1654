package dev.islet.ops;

import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.function.Consumer;

/** Operations on Iterator Objects — https://tc39.es/ecma262/#sec-operations-on-iterator-objects. */
public final class IteratorOperations {
  private IteratorOperations() {}

  /** An Iterator Record: the iterator, its next method, and whether it is done. */
  public static final class IteratorRecord {
    public final JsObject iterator;
    public final Object nextMethod;
    public boolean done;

    public IteratorRecord(JsObject iterator, Object nextMethod) {
      this.iterator = iterator;
      this.nextMethod = nextMethod;
    }
  }

  /** GetIterator ( obj, sync ) — https://tc39.es/ecma262/#sec-getiterator */
  public static IteratorRecord getIterator(Realm realm, Object obj) {
    Object method = ObjectOperations.getMethod(realm, obj, Symbol.ITERATOR);
    if (method == Undefined.INSTANCE) {
      throw Errors.typeError(realm, Msg.NOT_ITERABLE, Describe.value(obj));
    }
    return getIteratorFromMethod(realm, obj, method);
  }

  /** GetIteratorFromMethod ( obj, method ) */
  public static IteratorRecord getIteratorFromMethod(Realm realm, Object obj, Object method) {
    Object iterator = ObjectOperations.call(realm, method, obj);
    if (!(iterator instanceof JsObject it)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(iterator));
    }
    return new IteratorRecord(it, it.get(realm, "next", it));
  }

  /** IteratorStep ( iteratorRecord ): the result object, or null when done (its value is not read). */
  public static JsObject step(Realm realm, IteratorRecord rec) {
    Object result;
    try {
      result = ObjectOperations.call(realm, rec.nextMethod, rec.iterator);
    } catch (JsThrow t) {
      rec.done = true;
      throw t;
    }
    if (!(result instanceof JsObject r)) {
      rec.done = true;
      throw Errors.typeError(realm, Msg.ITERATOR_RESULT_NOT_OBJECT, Describe.value(result));
    }
    boolean done;
    try {
      done = TypeConversion.toBoolean(r.get(realm, "done", r));
    } catch (JsThrow t) {
      rec.done = true;
      throw t;
    }
    if (done) {
      rec.done = true;
      return null;
    }
    return r;
  }

  /** IteratorStepValue ( iteratorRecord ): the next value, or {@link JsObject#NOT_FOUND} when done. */
  public static Object stepValue(Realm realm, IteratorRecord rec) {
    JsObject r = step(realm, rec);
    if (r == null) {
      return JsObject.NOT_FOUND;
    }
    try {
      return r.get(realm, "value", r);
    } catch (JsThrow t) {
      rec.done = true;
      throw t;
    }
  }

  /** IteratorClose ( iteratorRecord, completion ) for a normal completion: errors of return() propagate. */
  public static void close(Realm realm, IteratorRecord rec) {
    JsObject it = rec.iterator;
    Object ret = ObjectOperations.getMethod(realm, it, "return");
    if (ret == Undefined.INSTANCE) {
      return;
    }
    Object inner = ((JsObject) ret).call(it, JsObject.NO_ARGS);
    if (!(inner instanceof JsObject)) {
      throw Errors.typeError(realm, Msg.ITERATOR_RESULT_NOT_OBJECT, Describe.value(inner));
    }
  }

  /** IteratorClose for a throw completion: return() is called, but the original error wins. */
  public static void closeOnThrow(Realm realm, IteratorRecord rec) {
    try {
      Object ret = ObjectOperations.getMethod(realm, rec.iterator, "return");
      if (ret != Undefined.INSTANCE) {
        ((JsObject) ret).call(rec.iterator, JsObject.NO_ARGS);
      }
    } catch (JsThrow ignored) {
      // The original throw completion is returned: the error of return() is dropped.
    }
  }

  /** Runs {@code body} for each value of {@code iterable}, closing the iterator if {@code body} throws. */
  public static void forEach(Realm realm, Object iterable, Consumer<Object> body) {
    IteratorRecord rec = getIterator(realm, iterable);
    while (true) {
      Object v = stepValue(realm, rec);
      if (v == JsObject.NOT_FOUND) {
        return;
      }
      try {
        body.accept(v);
      } catch (JsThrow t) {
        closeOnThrow(realm, rec);
        throw t;
      }
    }
  }

  /** CreateIterResultObject ( value, done ) */
  public static JsObject createIterResult(Realm realm, Object value, boolean done) {
    JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
    o.defineDirect(realm, "value", value, dev.islet.objects.shape.Attributes.DEFAULT);
    o.defineDirect(realm, "done", done, dev.islet.objects.shape.Attributes.DEFAULT);
    return o;
  }
}
