package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.IteratorOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.ReadableController.ReadIntoRequest;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.values.Undefined;
import java.util.ArrayDeque;

/**
 * {@code ReadableStreamDefaultReader} and {@code ReadableStreamBYOBReader} —
 * https://streams.spec.whatwg.org/#default-reader-class, #byob-reader-class.
 */
public final class Readers {
  private Readers() {}

  /** The generic reader slots: [[stream]] and [[closedPromise]]. */
  abstract static class Reader extends HostObject {
    ReadableStreamObject stream;
    JsObject closedPromise;

    Reader(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(stream);
      v.visit(closedPromise);
    }
  }

  public static final class DefaultReader extends Reader {
    ArrayDeque<ReadRequest> readRequests = new ArrayDeque<>();

    DefaultReader(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "ReadableStreamDefaultReader";
    }
  }

  public static final class ByobReader extends Reader {
    ArrayDeque<ReadIntoRequest> readIntoRequests = new ArrayDeque<>();

    ByobReader(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "ReadableStreamBYOBReader";
    }
  }

  // ------------------------------------------------------------------ abstract operations

  /** ReadableStreamReaderGenericInitialize */
  static void genericInitialize(Realm realm, Reader reader, ReadableStreamObject stream) {
    reader.stream = stream;
    stream.reader = reader;
    if (stream.state == ReadableStreamObject.READABLE) {
      reader.closedPromise = Promises.create(realm);
    } else if (stream.state == ReadableStreamObject.CLOSED) {
      reader.closedPromise = Promises.resolved(realm, Promises.UNDEFINED);
    } else {
      reader.closedPromise = Promises.rejectedHandled(realm, stream.storedError);
    }
  }

  /** ReadableStreamReaderGenericRelease */
  static void genericRelease(Realm realm, Reader reader) {
    ReadableStreamObject stream = reader.stream;
    Object e = HostErrors.typeError(realm, "The reader's lock was released").value();
    if (stream.state == ReadableStreamObject.READABLE) {
      Promises.reject(realm, reader.closedPromise, e);
    } else {
      reader.closedPromise = Promises.rejected(realm, e);
    }
    Promises.setHandled(realm, reader.closedPromise);
    stream.controller.releaseSteps();
    stream.reader = null;
    reader.stream = null;
  }

  /** SetUpReadableStreamDefaultReader */
  static void setUpDefaultReader(Realm realm, DefaultReader reader, ReadableStreamObject stream) {
    if (stream.reader != null) {
      throw ReadableStreams.lockedError(realm, "Failed to construct 'ReadableStreamDefaultReader'");
    }
    genericInitialize(realm, reader, stream);
  }

  /** SetUpReadableStreamBYOBReader */
  static void setUpByobReader(Realm realm, ByobReader reader, ReadableStreamObject stream) {
    if (stream.reader != null) {
      throw ReadableStreams.lockedError(realm, "Failed to construct 'ReadableStreamBYOBReader'");
    }
    if (!(stream.controller instanceof ByteController)) {
      throw HostErrors.typeError(realm, "Failed to construct 'ReadableStreamBYOBReader': the stream is not a byte stream");
    }
    genericInitialize(realm, reader, stream);
  }

  /** ReadableStreamDefaultReaderRead */
  static void read(Realm realm, DefaultReader reader, ReadRequest request) {
    ReadableStreamObject stream = reader.stream;
    stream.disturbed = true;
    if (stream.state == ReadableStreamObject.CLOSED) {
      request.close(realm);
    } else if (stream.state == ReadableStreamObject.ERRORED) {
      request.error(realm, stream.storedError);
    } else {
      stream.controller.pullSteps(realm, request);
    }
  }

  /** ReadableStreamBYOBReaderRead */
  static void read(Realm realm, ByobReader reader, JsObject view, long min, ReadIntoRequest request) {
    ReadableStreamObject stream = reader.stream;
    stream.disturbed = true;
    if (stream.state == ReadableStreamObject.ERRORED) {
      request.error(realm, stream.storedError);
    } else {
      ByteController.pullInto((ByteController) stream.controller, realm, view, min, request);
    }
  }

  /** ReadableStreamDefaultReaderRelease */
  static void release(Realm realm, DefaultReader reader) {
    genericRelease(realm, reader);
    errorReadRequests(realm, reader, HostErrors.typeError(realm, "The reader's lock was released").value());
  }

  /** ReadableStreamBYOBReaderRelease */
  static void release(Realm realm, ByobReader reader) {
    genericRelease(realm, reader);
    errorReadIntoRequests(realm, reader, HostErrors.typeError(realm, "The reader's lock was released").value());
  }

  /** ReadableStreamDefaultReaderErrorReadRequests */
  static void errorReadRequests(Realm realm, DefaultReader reader, Object e) {
    ArrayDeque<ReadRequest> requests = reader.readRequests;
    reader.readRequests = new ArrayDeque<>();
    for (ReadRequest r : requests) {
      r.error(realm, e);
    }
  }

  /** ReadableStreamBYOBReaderErrorReadIntoRequests */
  static void errorReadIntoRequests(Realm realm, ByobReader reader, Object e) {
    ArrayDeque<ReadIntoRequest> requests = reader.readIntoRequests;
    reader.readIntoRequests = new ArrayDeque<>();
    for (ReadIntoRequest r : requests) {
      r.error(realm, e);
    }
  }

  /** A read request that settles a promise with an iterator-result-like {value, done}. */
  static ReadRequest promiseRequest(JsObject promise) {
    return new ReadRequest() {
      @Override
      public void chunk(Realm realm, Object chunk) {
        Promises.resolve(realm, promise, IteratorOperations.createIterResult(realm, chunk, false));
      }

      @Override
      public void close(Realm realm) {
        Promises.resolve(realm, promise, IteratorOperations.createIterResult(realm, Undefined.INSTANCE, true));
      }

      @Override
      public void error(Realm realm, Object e) {
        Promises.reject(realm, promise, e);
      }
    };
  }

  // ------------------------------------------------------------------ the classes

  private static Object arg(Object[] args, int i) {
    return args.length > i ? args[i] : Undefined.INSTANCE;
  }

  private static ReadableStreamObject streamArgument(Realm realm, Object[] args, String name) {
    if (!(arg(args, 0) instanceof ReadableStreamObject s)) {
      throw HostErrors.typeError(realm, "Failed to construct '" + name + "': parameter 1 is not of type 'ReadableStream'.");
    }
    return s;
  }

  private static JsObject released(Realm realm, String what) {
    return Promises.rejected(realm, HostErrors.typeError(realm, what + ": the reader has no stream (its lock was released)").value());
  }

  public static final HostClass<DefaultReader> DEFAULT_READER = PromiseMembers.on(
      HostClass.builder("ReadableStreamDefaultReader", DefaultReader.class)
          .constructor(1, (realm, args, nt) -> {
            ReadableStreamObject stream = streamArgument(realm, args, "ReadableStreamDefaultReader");
            DefaultReader r = new DefaultReader(realm, Readers.DEFAULT_READER.prototypeFor(realm, nt));
            setUpDefaultReader(realm, r, stream);
            return r;
          }), DefaultReader.class, "ReadableStreamDefaultReader")
      .promiseMethod("read", 0, (realm, self, args) -> {
        if (self.stream == null) {
          return released(realm, "read");
        }
        JsObject promise = Promises.create(realm);
        read(realm, self, promiseRequest(promise));
        return promise;
      })
      .method("releaseLock", 0, (realm, self, args) -> {
        if (self.stream != null) {
          release(realm, self);
        }
        return Undefined.INSTANCE;
      })
      .promiseGetter("closed", (realm, self) -> self.closedPromise)
      .promiseMethod("cancel", 0, (realm, self, args) -> self.stream == null ? released(realm, "cancel")
          : ReadableStreams.cancel(realm, self.stream, arg(args, 0)))
      .build();

  public static final HostClass<ByobReader> BYOB_READER = PromiseMembers.on(
      HostClass.builder("ReadableStreamBYOBReader", ByobReader.class)
          .constructor(1, (realm, args, nt) -> {
            ReadableStreamObject stream = streamArgument(realm, args, "ReadableStreamBYOBReader");
            ByobReader r = new ByobReader(realm, Readers.BYOB_READER.prototypeFor(realm, nt));
            setUpByobReader(realm, r, stream);
            return r;
          }), ByobReader.class, "ReadableStreamBYOBReader")
      .promiseMethod("read", 1, Readers::byobRead)
      .method("releaseLock", 0, (realm, self, args) -> {
        if (self.stream != null) {
          release(realm, self);
        }
        return Undefined.INSTANCE;
      })
      .promiseGetter("closed", (realm, self) -> self.closedPromise)
      .promiseMethod("cancel", 0, (realm, self, args) -> self.stream == null ? released(realm, "cancel")
          : ReadableStreams.cancel(realm, self.stream, arg(args, 0)))
      .build();

  /** ReadableStreamBYOBReader.prototype.read(view, { min }) */
  private static Object byobRead(Realm realm, ByobReader self, Object[] args) {
    Object v = arg(args, 0);
    if (!BufferSources.isView(v)) {
      throw HostErrors.typeError(realm, "Failed to execute 'read' on 'ReadableStreamBYOBReader': parameter 1 is not of type 'ArrayBufferView'.");
    }
    JsObject view = (JsObject) v;
    JsObject options = WebIdl.toDictionary(realm, arg(args, 1), "Failed to execute 'read' on 'ReadableStreamBYOBReader'");
    Object m = WebIdl.member(realm, options, "min");
    double min = m == Undefined.INSTANCE ? 1
        : WebIdl.toUnsignedLongLong(realm, m, WebIdl.IntMode.ENFORCE_RANGE, "Failed to execute 'read' on 'ReadableStreamBYOBReader'");
    if (Views.byteLength(view) == 0) {
      throw HostErrors.typeError(realm, "read: the view is empty");
    }
    if (Views.buffer(view).byteLength() == 0) {
      throw HostErrors.typeError(realm, "read: the view's buffer is empty");
    }
    if (Views.buffer(view).isDetached()) {
      throw HostErrors.typeError(realm, "read: the view's buffer is detached");
    }
    if (min == 0) {
      throw HostErrors.typeError(realm, "read: options.min must be greater than 0");
    }
    if (view instanceof TypedArrayObject ta) {
      if (min > ta.length()) {
        throw HostErrors.rangeError(realm, "read: options.min is greater than the view's length");
      }
    } else if (min > Views.byteLength(view)) {
      throw HostErrors.rangeError(realm, "read: options.min is greater than the view's byteLength");
    }
    if (self.stream == null) {
      return released(realm, "read");
    }
    JsObject promise = Promises.create(realm);
    read(realm, self, view, (long) min, new ReadIntoRequest() {
      @Override
      public void chunk(Realm r, Object chunk) {
        Promises.resolve(r, promise, IteratorOperations.createIterResult(r, chunk, false));
      }

      @Override
      public void close(Realm r, Object chunk) {
        Promises.resolve(r, promise, IteratorOperations.createIterResult(r, chunk, true));
      }

      @Override
      public void error(Realm r, Object e) {
        Promises.reject(r, promise, e);
      }
    });
    return promise;
  }
}
