package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import dev.islet.vm.AsyncFromSyncIterator;

/** ReadableStream.from(asyncIterable) — https://streams.spec.whatwg.org/#readable-stream-from-iterable. */
final class ReadableFrom {
  private ReadableFrom() {}

  static ReadableStreamObject from(Realm realm, Object asyncIterable) {
    IteratorRecord record = asyncIterator(realm, asyncIterable);
    ReadableStreamObject[] holder = new ReadableStreamObject[1];
    ReadableController.PullAlgorithm pull = r -> {
      Object nextResult;
      try {
        nextResult = ObjectOperations.call(r, record.nextMethod, record.iterator);
        if (!(nextResult instanceof JsObject)) {
          throw HostErrors.typeError(r, "ReadableStream.from: the iterator's next() did not return an object");
        }
      } catch (JsThrow t) {
        return Promises.rejected(r, t.value());
      }
      JsObject nextPromise = Promises.resolved(r, nextResult);
      return Promises.transform(r, nextPromise, iterResult -> {
        if (!(iterResult instanceof JsObject o)) {
          throw HostErrors.typeError(r, "ReadableStream.from: the iterator result is not an object");
        }
        boolean done = TypeConversion.toBoolean(o.get(r, "done", o));
        DefaultController c = (DefaultController) holder[0].controller;
        if (done) {
          DefaultController.close(r, c);
        } else {
          DefaultController.enqueue(r, c, o.get(r, "value", o));
        }
        return Undefined.INSTANCE;
      }, null);
    };
    ReadableController.CancelAlgorithm cancel = (r, reason) -> {
      JsObject returnResult;
      try {
        Object returnMethod = ObjectOperations.getMethod(r, record.iterator, "return");
        if (returnMethod == Undefined.INSTANCE) {
          return Promises.resolved(r, Undefined.INSTANCE);
        }
        returnResult = Promises.resolved(r, ObjectOperations.call(r, returnMethod, record.iterator, reason));
      } catch (JsThrow t) {
        return Promises.rejected(r, t.value());
      }
      return Promises.transform(r, returnResult, iterResult -> {
        if (!(iterResult instanceof JsObject)) {
          throw HostErrors.typeError(r, "ReadableStream.from: the iterator's return() did not give an object");
        }
        return Undefined.INSTANCE;
      }, null);
    };
    holder[0] = ReadableStreams.create(realm, r -> Undefined.INSTANCE, pull, cancel, 0, Strategies.ONE);
    return holder[0];
  }

  /** GetIterator(obj, async) */
  private static IteratorRecord asyncIterator(Realm realm, Object obj) {
    Object method = ObjectOperations.getMethod(realm, obj, Symbol.ASYNC_ITERATOR);
    if (method == Undefined.INSTANCE) {
      Object syncMethod = ObjectOperations.getMethod(realm, obj, Symbol.ITERATOR);
      if (syncMethod == Undefined.INSTANCE) {
        throw HostErrors.typeError(realm, "ReadableStream.from: the argument is not async iterable");
      }
      IteratorRecord sync = IteratorOperations.getIteratorFromMethod(realm, obj, syncMethod);
      JsObject asyncIt = AsyncFromSyncIterator.create(realm, sync);
      return new IteratorRecord(asyncIt, asyncIt.get(realm, "next", asyncIt));
    }
    return IteratorOperations.getIteratorFromMethod(realm, obj, method);
  }
}
