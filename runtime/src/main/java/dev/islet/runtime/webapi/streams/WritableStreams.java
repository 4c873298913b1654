package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.AbortClasses;
import dev.islet.runtime.webapi.streams.WritableClasses.Controller;
import dev.islet.runtime.webapi.streams.WritableClasses.Writer;
import dev.islet.runtime.webapi.streams.WritableStreamObject.AbortRequest;
import dev.islet.values.Undefined;

/** The WritableStream abstract operations — https://streams.spec.whatwg.org/#ws-abstract-ops. */
public final class WritableStreams {
  private WritableStreams() {}

  static final int CLOSED = WritableStreamObject.CLOSED;
  static final int ERRORED = WritableStreamObject.ERRORED;
  static final int ERRORING = WritableStreamObject.ERRORING;
  static final int WRITABLE = WritableStreamObject.WRITABLE;

  static Object typeErrorValue(Realm realm, String message) {
    return HostErrors.typeError(realm, message).value();
  }

  /** AcquireWritableStreamDefaultWriter */
  static Writer acquireWriter(Realm realm, WritableStreamObject stream) {
    Writer w = new Writer(realm, WritableClasses.WRITER.prototype(realm));
    setUpWriter(realm, w, stream);
    return w;
  }

  /** SetUpWritableStreamDefaultWriter */
  static void setUpWriter(Realm realm, Writer writer, WritableStreamObject stream) {
    if (stream.writer != null) {
      throw HostErrors.typeError(realm, "The WritableStream is locked to a writer");
    }
    writer.stream = stream;
    stream.writer = writer;
    int state = stream.state;
    if (state == WRITABLE) {
      writer.readyPromise = !closeQueuedOrInFlight(stream) && stream.backpressure ? Promises.create(realm)
          : Promises.resolved(realm, Undefined.INSTANCE);
      writer.closedPromise = Promises.create(realm);
    } else if (state == ERRORING) {
      writer.readyPromise = Promises.rejectedHandled(realm, stream.storedError);
      writer.closedPromise = Promises.create(realm);
    } else if (state == CLOSED) {
      writer.readyPromise = Promises.resolved(realm, Undefined.INSTANCE);
      writer.closedPromise = Promises.resolved(realm, Undefined.INSTANCE);
    } else {
      writer.readyPromise = Promises.rejectedHandled(realm, stream.storedError);
      writer.closedPromise = Promises.rejectedHandled(realm, stream.storedError);
    }
  }

  /** WritableStreamAbort */
  static JsObject abort(Realm realm, WritableStreamObject stream, Object reason) {
    if (stream.state == CLOSED || stream.state == ERRORED) {
      return Promises.resolved(realm, Undefined.INSTANCE);
    }
    AbortClasses.signalAbort(realm, stream.controller.signal, reason);
    int state = stream.state;
    if (state == CLOSED || state == ERRORED) {
      return Promises.resolved(realm, Undefined.INSTANCE);
    }
    if (stream.pendingAbortRequest != null) {
      return stream.pendingAbortRequest.promise();
    }
    boolean wasAlreadyErroring = false;
    if (state == ERRORING) {
      wasAlreadyErroring = true;
      reason = Undefined.INSTANCE;
    }
    JsObject promise = Promises.create(realm);
    stream.pendingAbortRequest = new AbortRequest(promise, reason, wasAlreadyErroring);
    if (!wasAlreadyErroring) {
      startErroring(realm, stream, reason);
    }
    return promise;
  }

  /** WritableStreamClose */
  static JsObject close(Realm realm, WritableStreamObject stream) {
    int state = stream.state;
    if (state == CLOSED || state == ERRORED) {
      return Promises.rejected(realm, typeErrorValue(realm, "The stream is closed or errored"));
    }
    JsObject promise = Promises.create(realm);
    stream.closeRequest = promise;
    Writer writer = stream.writer;
    if (writer != null && stream.backpressure && state == WRITABLE) {
      Promises.resolve(realm, writer.readyPromise, Undefined.INSTANCE);
    }
    Controller.close(realm, stream.controller);
    return promise;
  }

  /** WritableStreamAddWriteRequest */
  static JsObject addWriteRequest(Realm realm, WritableStreamObject stream) {
    JsObject promise = Promises.create(realm);
    stream.writeRequests.addLast(promise);
    return promise;
  }

  /** WritableStreamDealWithRejection */
  static void dealWithRejection(Realm realm, WritableStreamObject stream, Object error) {
    if (stream.state == WRITABLE) {
      startErroring(realm, stream, error);
      return;
    }
    finishErroring(realm, stream);
  }

  /** WritableStreamStartErroring */
  static void startErroring(Realm realm, WritableStreamObject stream, Object reason) {
    Controller controller = stream.controller;
    stream.state = ERRORING;
    stream.storedError = reason;
    Writer writer = stream.writer;
    if (writer != null) {
      Writer.ensureReadyPromiseRejected(realm, writer, reason);
    }
    if (!hasOperationMarkedInFlight(stream) && controller.started) {
      finishErroring(realm, stream);
    }
  }

  /** WritableStreamFinishErroring */
  static void finishErroring(Realm realm, WritableStreamObject stream) {
    stream.state = ERRORED;
    stream.controller.errorSteps();
    Object storedError = stream.storedError;
    for (JsObject p : stream.writeRequests) {
      Promises.reject(realm, p, storedError);
    }
    stream.writeRequests.clear();
    AbortRequest abortRequest = stream.pendingAbortRequest;
    if (abortRequest == null) {
      rejectCloseAndClosedPromiseIfNeeded(realm, stream);
      return;
    }
    stream.pendingAbortRequest = null;
    if (abortRequest.wasAlreadyErroring()) {
      Promises.reject(realm, abortRequest.promise(), storedError);
      rejectCloseAndClosedPromiseIfNeeded(realm, stream);
      return;
    }
    JsObject promise = stream.controller.abortSteps(realm, abortRequest.reason());
    Promises.upon(realm, promise, v -> {
      Promises.resolve(realm, abortRequest.promise(), Undefined.INSTANCE);
      rejectCloseAndClosedPromiseIfNeeded(realm, stream);
    }, reason -> {
      Promises.reject(realm, abortRequest.promise(), reason);
      rejectCloseAndClosedPromiseIfNeeded(realm, stream);
    });
  }

  /** WritableStreamFinishInFlightWrite */
  static void finishInFlightWrite(Realm realm, WritableStreamObject stream) {
    Promises.resolve(realm, stream.inFlightWriteRequest, Undefined.INSTANCE);
    stream.inFlightWriteRequest = null;
  }

  /** WritableStreamFinishInFlightWriteWithError */
  static void finishInFlightWriteWithError(Realm realm, WritableStreamObject stream, Object error) {
    Promises.reject(realm, stream.inFlightWriteRequest, error);
    stream.inFlightWriteRequest = null;
    dealWithRejection(realm, stream, error);
  }

  /** WritableStreamFinishInFlightClose */
  static void finishInFlightClose(Realm realm, WritableStreamObject stream) {
    Promises.resolve(realm, stream.inFlightCloseRequest, Undefined.INSTANCE);
    stream.inFlightCloseRequest = null;
    if (stream.state == ERRORING) {
      stream.storedError = Undefined.INSTANCE;
      if (stream.pendingAbortRequest != null) {
        Promises.resolve(realm, stream.pendingAbortRequest.promise(), Undefined.INSTANCE);
        stream.pendingAbortRequest = null;
      }
    }
    stream.state = CLOSED;
    Writer writer = stream.writer;
    if (writer != null) {
      Promises.resolve(realm, writer.closedPromise, Undefined.INSTANCE);
    }
  }

  /** WritableStreamFinishInFlightCloseWithError */
  static void finishInFlightCloseWithError(Realm realm, WritableStreamObject stream, Object error) {
    Promises.reject(realm, stream.inFlightCloseRequest, error);
    stream.inFlightCloseRequest = null;
    if (stream.pendingAbortRequest != null) {
      Promises.reject(realm, stream.pendingAbortRequest.promise(), error);
      stream.pendingAbortRequest = null;
    }
    dealWithRejection(realm, stream, error);
  }

  /** WritableStreamCloseQueuedOrInFlight */
  static boolean closeQueuedOrInFlight(WritableStreamObject stream) {
    return stream.closeRequest != null || stream.inFlightCloseRequest != null;
  }

  /** WritableStreamHasOperationMarkedInFlight */
  static boolean hasOperationMarkedInFlight(WritableStreamObject stream) {
    return stream.inFlightWriteRequest != null || stream.inFlightCloseRequest != null;
  }

  /** WritableStreamMarkCloseRequestInFlight */
  static void markCloseRequestInFlight(WritableStreamObject stream) {
    stream.inFlightCloseRequest = stream.closeRequest;
    stream.closeRequest = null;
  }

  /** WritableStreamMarkFirstWriteRequestInFlight */
  static void markFirstWriteRequestInFlight(WritableStreamObject stream) {
    stream.inFlightWriteRequest = stream.writeRequests.removeFirst();
  }

  /** WritableStreamRejectCloseAndClosedPromiseIfNeeded */
  static void rejectCloseAndClosedPromiseIfNeeded(Realm realm, WritableStreamObject stream) {
    if (stream.closeRequest != null) {
      Promises.reject(realm, stream.closeRequest, stream.storedError);
      stream.closeRequest = null;
    }
    Writer writer = stream.writer;
    if (writer != null) {
      Promises.reject(realm, writer.closedPromise, stream.storedError);
      Promises.setHandled(realm, writer.closedPromise);
    }
  }

  /** WritableStreamUpdateBackpressure */
  static void updateBackpressure(Realm realm, WritableStreamObject stream, boolean backpressure) {
    Writer writer = stream.writer;
    if (writer != null && backpressure != stream.backpressure) {
      if (backpressure) {
        writer.readyPromise = Promises.create(realm);
      } else {
        Promises.resolve(realm, writer.readyPromise, Undefined.INSTANCE);
      }
    }
    stream.backpressure = backpressure;
  }
}
