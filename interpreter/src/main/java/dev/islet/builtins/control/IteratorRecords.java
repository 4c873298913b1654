package dev.islet.builtins.control;

import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.List;

/**
 * The iterator operations the iterator helpers, Iterator.from/concat/zip and DisposableStack need
 * beyond {@link IteratorOperations}: GetIteratorDirect, GetIteratorFlattenable,
 * IteratorCloseAll — https://tc39.es/ecma262/#sec-operations-on-iterator-objects.
 */
final class IteratorRecords {
  private IteratorRecords() {}

  /** GetIteratorDirect ( obj ) */
  static IteratorRecord getIteratorDirect(Realm realm, JsObject obj) {
    return new IteratorRecord(obj, obj.get(realm, "next", obj));
  }

  /** GetIteratorFlattenable ( obj, primitiveHandling ): strings are iterated unless {@code rejectPrimitives}. */
  static IteratorRecord getIteratorFlattenable(Realm realm, Object obj, boolean rejectPrimitives) {
    if (!(obj instanceof JsObject) && (rejectPrimitives || !JsStrings.isString(obj))) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(obj));
    }
    Object method = ObjectOperations.getMethod(realm, obj, Symbol.ITERATOR);
    Object iterator = method == Undefined.INSTANCE ? obj : ObjectOperations.call(realm, method, obj);
    if (!(iterator instanceof JsObject it)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(iterator));
    }
    return getIteratorDirect(realm, it);
  }

  /**
   * IteratorClose ( iteratorRecord, completion ) with a throw completion: return() is called and
   * its outcome dropped, and the error is rethrown. Use as {@code throw closeAndThrow(realm, rec, t)}.
   */
  static JsThrow closeAndThrow(Realm realm, IteratorRecord rec, JsThrow error) {
    IteratorOperations.closeOnThrow(realm, rec);
    return error;
  }

  /**
   * IteratorCloseAll ( iters, completion ), in reverse order: with {@code pending} null the
   * completion is normal (or a return), so the first failing return() becomes a throw completion
   * for the rest; a pending error is rethrown after every iterator has been closed.
   */
  static void closeAll(Realm realm, List<IteratorRecord> iters, JsThrow pending) {
    for (int i = iters.size() - 1; i >= 0; i--) {
      IteratorRecord rec = iters.get(i);
      if (pending != null) {
        IteratorOperations.closeOnThrow(realm, rec);
      } else {
        try {
          IteratorOperations.close(realm, rec);
        } catch (JsThrow t) {
          pending = t;
        }
      }
    }
    if (pending != null) {
      throw pending;
    }
  }
}
