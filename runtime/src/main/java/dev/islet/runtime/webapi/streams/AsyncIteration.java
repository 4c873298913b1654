package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostState;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.IteratorOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * Async iteration of a ReadableStream — https://streams.spec.whatwg.org/#rs-asynciterator, on
 * WebIDL's asynchronous iterator prototype (https://webidl.spec.whatwg.org/#es-asynchronous-iterator-prototype-object):
 * {@code next} and {@code return} chain on the ongoing promise, so calls made without waiting run in order.
 */
final class AsyncIteration {
  private AsyncIteration() {}

  /** An iterator: its reader, preventCancel, the ongoing promise and whether it finished. */
  static final class IteratorObject extends HostObject {
    DefaultReader reader;
    boolean preventCancel;
    JsObject ongoing;
    boolean finished;

    IteratorObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "ReadableStream AsyncIterator";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(reader);
      v.visit(ongoing);
    }
  }

  private static final class Prototype {
    JsObject object;
  }

  private static JsObject prototype(Realm realm) {
    Prototype p = HostState.get(realm, Prototype.class, Prototype::new);
    if (p.object == null) {
      JsObject o = JsObject.ordinary(realm, realm.intrinsic(Intrinsic.ASYNC_ITERATOR_PROTOTYPE));
      o.defineDirect(realm, "next", new NativeFunction(realm, "next", 0, (r, t, a, nt) -> next(r, t), false), Attributes.DEFAULT);
      o.defineDirect(realm, "return", new NativeFunction(realm, "return", 1,
          (r, t, a, nt) -> returnMethod(r, t, a.length > 0 ? a[0] : Undefined.INSTANCE), false), Attributes.DEFAULT);
      o.defineDirect(realm, Symbol.TO_STRING_TAG, "ReadableStream AsyncIterator", Attributes.CONFIGURABLE);
      p.object = o;
    }
    return p.object;
  }

  /** values({ preventCancel }) and @@asyncIterator: the asynchronous iterator initialization steps. */
  static Object create(Realm realm, ReadableStreamObject stream, Object options) {
    JsObject dict = WebIdl.toDictionary(realm, options, "Failed to execute 'values' on 'ReadableStream'");
    boolean preventCancel = WebIdl.toBoolean(WebIdl.member(realm, dict, "preventCancel"));
    DefaultReader reader = ReadableStreams.acquireDefaultReader(realm, stream);
    IteratorObject it = new IteratorObject(realm, prototype(realm));
    it.reader = reader;
    it.preventCancel = preventCancel;
    return it;
  }

  private static final Object END = new Object();

  private static Object next(Realm realm, Object thisValue) {
    if (!(thisValue instanceof IteratorObject it)) {
      return Promises.rejected(realm, HostErrors.typeError(realm,
          "Illegal invocation: next called on an object that is not a ReadableStream async iterator").value());
    }
    Promises.Step nextSteps = ignored -> nextSteps(realm, it);
    it.ongoing = it.ongoing != null ? Promises.transform(realm, it.ongoing, nextSteps, nextSteps) : (JsObject) nextSteps.apply(null);
    return it.ongoing;
  }

  private static JsObject nextSteps(Realm realm, IteratorObject it) {
    if (it.finished) {
      return Promises.resolved(realm, IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true));
    }
    JsObject nextPromise = nextIterationResult(realm, it);
    return Promises.transform(realm, nextPromise, v -> {
      if (v == END) {
        it.ongoing = null;
        it.finished = true;
        return IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true);
      }
      return IteratorOperations.createIterResult(realm, v, false);
    }, e -> {
      it.ongoing = null;
      it.finished = true;
      throw new JsThrow(e);
    });
  }

  /** The get the next iteration result steps. */
  private static JsObject nextIterationResult(Realm realm, IteratorObject it) {
    DefaultReader reader = it.reader;
    JsObject promise = Promises.create(realm);
    if (reader.stream == null) {
      Promises.reject(realm, promise, HostErrors.typeError(realm, "The iterator's reader was released").value());
      return promise;
    }
    Readers.read(realm, reader, new ReadRequest() {
      @Override
      public void chunk(Realm r, Object chunk) {
        // A raw promise resolve: END is a Java object, never a thenable.
        Promises.resolve(r, promise, chunk);
      }

      @Override
      public void close(Realm r) {
        Readers.release(r, reader);
        Promises.resolve(r, promise, END);
      }

      @Override
      public void error(Realm r, Object e) {
        Readers.release(r, reader);
        Promises.reject(r, promise, e);
      }
    });
    return promise;
  }

  private static Object returnMethod(Realm realm, Object thisValue, Object value) {
    if (!(thisValue instanceof IteratorObject it)) {
      return Promises.rejected(realm, HostErrors.typeError(realm,
          "Illegal invocation: return called on an object that is not a ReadableStream async iterator").value());
    }
    Promises.Step returnSteps = ignored -> {
      if (it.finished) {
        return Promises.resolved(realm, IteratorOperations.createIterResult(realm, value, true));
      }
      it.finished = true;
      return returnAlgorithm(realm, it, value);
    };
    it.ongoing = it.ongoing != null ? Promises.transform(realm, it.ongoing, returnSteps, returnSteps) : (JsObject) returnSteps.apply(null);
    return Promises.transform(realm, it.ongoing, v -> IteratorOperations.createIterResult(realm, value, true), null);
  }

  /** The asynchronous iterator return steps. */
  private static JsObject returnAlgorithm(Realm realm, IteratorObject it, Object arg) {
    DefaultReader reader = it.reader;
    if (reader.stream == null) {
      return Promises.resolved(realm, Undefined.INSTANCE);
    }
    if (!it.preventCancel) {
      JsObject result = ReadableStreams.cancel(realm, reader.stream, arg);
      Readers.release(realm, reader);
      return result;
    }
    Readers.release(realm, reader);
    return Promises.resolved(realm, Undefined.INSTANCE);
  }
}
