package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.ReadableController.CancelAlgorithm;
import dev.islet.runtime.webapi.streams.ReadableController.PullAlgorithm;
import dev.islet.runtime.webapi.streams.ReadableController.ReadIntoRequest;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.runtime.webapi.streams.ReadableController.StartAlgorithm;
import dev.islet.runtime.webapi.streams.Readers.ByobReader;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.runtime.webapi.streams.Readers.Reader;
import java.util.ArrayDeque;

/** The ReadableStream abstract operations — https://streams.spec.whatwg.org/#rs-abstract-ops. */
public final class ReadableStreams {
  private ReadableStreams() {}

  /** CreateReadableStream: a stream with a default controller driven by Java algorithms. */
  static ReadableStreamObject create(Realm realm, StartAlgorithm start, PullAlgorithm pull, CancelAlgorithm cancel,
      double highWaterMark, Strategies.SizeAlgorithm size) {
    ReadableStreamObject stream = new ReadableStreamObject(realm, ReadableStreamClass.READABLE_STREAM.prototype(realm));
    DefaultController controller = new DefaultController(realm, DefaultController.CLASS.prototype(realm));
    DefaultController.setUp(realm, stream, controller, start, pull, cancel, highWaterMark, size);
    return stream;
  }

  /** CreateReadableByteStream */
  static ReadableStreamObject createByteStream(Realm realm, StartAlgorithm start, PullAlgorithm pull, CancelAlgorithm cancel) {
    ReadableStreamObject stream = new ReadableStreamObject(realm, ReadableStreamClass.READABLE_STREAM.prototype(realm));
    ByteController controller = new ByteController(realm, ByteController.CLASS.prototype(realm));
    ByteController.setUp(realm, stream, controller, start, pull, cancel, 0, Double.NaN);
    return stream;
  }

  static boolean isLocked(ReadableStreamObject stream) {
    return stream.reader != null;
  }

  /** AcquireReadableStreamDefaultReader */
  static DefaultReader acquireDefaultReader(Realm realm, ReadableStreamObject stream) {
    DefaultReader reader = new DefaultReader(realm, Readers.DEFAULT_READER.prototype(realm));
    Readers.setUpDefaultReader(realm, reader, stream);
    return reader;
  }

  /** AcquireReadableStreamBYOBReader */
  static ByobReader acquireByobReader(Realm realm, ReadableStreamObject stream) {
    ByobReader reader = new ByobReader(realm, Readers.BYOB_READER.prototype(realm));
    Readers.setUpByobReader(realm, reader, stream);
    return reader;
  }

  /** ReadableStreamCancel */
  public static JsObject cancel(Realm realm, ReadableStreamObject stream, Object reason) {
    stream.disturbed = true;
    if (stream.state == ReadableStreamObject.CLOSED) {
      return Promises.resolved(realm, Promises.UNDEFINED);
    }
    if (stream.state == ReadableStreamObject.ERRORED) {
      return Promises.rejected(realm, stream.storedError);
    }
    close(realm, stream);
    if (stream.reader instanceof ByobReader r) {
      ArrayDeque<ReadIntoRequest> requests = r.readIntoRequests;
      r.readIntoRequests = new ArrayDeque<>();
      for (ReadIntoRequest req : requests) {
        req.close(realm, Promises.UNDEFINED);
      }
    }
    JsObject sourceCancelPromise = stream.controller.cancelSteps(realm, reason);
    return Promises.transform(realm, sourceCancelPromise, v -> Promises.UNDEFINED, null);
  }

  /** ReadableStreamClose */
  static void close(Realm realm, ReadableStreamObject stream) {
    stream.state = ReadableStreamObject.CLOSED;
    Reader reader = stream.reader;
    if (reader == null) {
      return;
    }
    Promises.resolve(realm, reader.closedPromise, Promises.UNDEFINED);
    if (reader instanceof DefaultReader r) {
      ArrayDeque<ReadRequest> requests = r.readRequests;
      r.readRequests = new ArrayDeque<>();
      for (ReadRequest req : requests) {
        req.close(realm);
      }
    }
  }

  /** ReadableStreamError */
  static void error(Realm realm, ReadableStreamObject stream, Object e) {
    stream.state = ReadableStreamObject.ERRORED;
    stream.storedError = e;
    Reader reader = stream.reader;
    if (reader == null) {
      return;
    }
    Promises.reject(realm, reader.closedPromise, e);
    Promises.setHandled(realm, reader.closedPromise);
    if (reader instanceof DefaultReader r) {
      Readers.errorReadRequests(realm, r, e);
    } else {
      Readers.errorReadIntoRequests(realm, (ByobReader) reader, e);
    }
  }

  /** ReadableStreamAddReadRequest */
  static void addReadRequest(ReadableStreamObject stream, ReadRequest request) {
    ((DefaultReader) stream.reader).readRequests.addLast(request);
  }

  /** ReadableStreamAddReadIntoRequest */
  static void addReadIntoRequest(ReadableStreamObject stream, ReadIntoRequest request) {
    ((ByobReader) stream.reader).readIntoRequests.addLast(request);
  }

  /** ReadableStreamFulfillReadRequest */
  static void fulfillReadRequest(Realm realm, ReadableStreamObject stream, Object chunk, boolean done) {
    ReadRequest req = ((DefaultReader) stream.reader).readRequests.removeFirst();
    if (done) {
      req.close(realm);
    } else {
      req.chunk(realm, chunk);
    }
  }

  /** ReadableStreamFulfillReadIntoRequest */
  static void fulfillReadIntoRequest(Realm realm, ReadableStreamObject stream, Object chunk, boolean done) {
    ReadIntoRequest req = ((ByobReader) stream.reader).readIntoRequests.removeFirst();
    if (done) {
      req.close(realm, chunk);
    } else {
      req.chunk(realm, chunk);
    }
  }

  static int numReadRequests(ReadableStreamObject stream) {
    return ((DefaultReader) stream.reader).readRequests.size();
  }

  static int numReadIntoRequests(ReadableStreamObject stream) {
    return ((ByobReader) stream.reader).readIntoRequests.size();
  }

  static boolean hasDefaultReader(ReadableStreamObject stream) {
    return stream.reader instanceof DefaultReader;
  }

  static boolean hasByobReader(ReadableStreamObject stream) {
    return stream.reader instanceof ByobReader;
  }

  /** The TypeError of an operation on a locked stream. */
  static dev.islet.errors.JsThrow lockedError(Realm realm, String what) {
    return HostErrors.typeError(realm, what + ": the stream is locked to a reader");
  }
}
