package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.AbortClasses;
import dev.islet.runtime.webapi.events.AbortClasses.AbortSignalObject;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/**
 * {@code WritableStreamDefaultWriter} and {@code WritableStreamDefaultController} —
 * https://streams.spec.whatwg.org/#default-writer-class, #ws-default-controller-class.
 */
public final class WritableClasses {
  private WritableClasses() {}

  private static final Object CLOSE_SENTINEL = new Object();

  private static Object arg(Object[] args, int i) {
    return args.length > i ? args[i] : Undefined.INSTANCE;
  }

  /** Underlying-sink algorithms as Java steps. */
  interface WriteAlgorithm {
    JsObject write(Realm realm, Object chunk);
  }

  interface CloseAlgorithm {
    JsObject close(Realm realm);
  }

  interface AbortAlgorithm {
    JsObject abort(Realm realm, Object reason);
  }

  // ------------------------------------------------------------------ writer

  public static final class Writer extends HostObject {
    WritableStreamObject stream;
    JsObject readyPromise;
    JsObject closedPromise;

    Writer(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "WritableStreamDefaultWriter";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(stream);
      v.visit(readyPromise);
      v.visit(closedPromise);
    }

    /** WritableStreamDefaultWriterEnsureClosedPromiseRejected */
    static void ensureClosedPromiseRejected(Realm realm, Writer w, Object error) {
      if (Promises.isPending(w.closedPromise)) {
        Promises.reject(realm, w.closedPromise, error);
      } else {
        w.closedPromise = Promises.rejected(realm, error);
      }
      Promises.setHandled(realm, w.closedPromise);
    }

    /** WritableStreamDefaultWriterEnsureReadyPromiseRejected */
    static void ensureReadyPromiseRejected(Realm realm, Writer w, Object error) {
      if (Promises.isPending(w.readyPromise)) {
        Promises.reject(realm, w.readyPromise, error);
      } else {
        w.readyPromise = Promises.rejected(realm, error);
      }
      Promises.setHandled(realm, w.readyPromise);
    }

    /** WritableStreamDefaultWriterGetDesiredSize: NaN for null. */
    static double desiredSize(Writer w) {
      WritableStreamObject stream = w.stream;
      int state = stream.state;
      if (state == WritableStreamObject.ERRORED || state == WritableStreamObject.ERRORING) {
        return Double.NaN;
      }
      if (state == WritableStreamObject.CLOSED) {
        return 0;
      }
      return Controller.desiredSize(stream.controller);
    }

    /** WritableStreamDefaultWriterRelease */
    static void release(Realm realm, Writer w) {
      WritableStreamObject stream = w.stream;
      Object releasedError = WritableStreams.typeErrorValue(realm, "The writer's lock was released");
      ensureReadyPromiseRejected(realm, w, releasedError);
      ensureClosedPromiseRejected(realm, w, releasedError);
      stream.writer = null;
      w.stream = null;
    }

    /** WritableStreamDefaultWriterWrite */
    static JsObject write(Realm realm, Writer w, Object chunk) {
      WritableStreamObject stream = w.stream;
      Controller controller = stream.controller;
      double chunkSize = Controller.chunkSize(realm, controller, chunk);
      if (stream != w.stream) {
        return Promises.rejected(realm, WritableStreams.typeErrorValue(realm, "The writer's lock was released"));
      }
      int state = stream.state;
      if (state == WritableStreamObject.ERRORED) {
        return Promises.rejected(realm, stream.storedError);
      }
      if (WritableStreams.closeQueuedOrInFlight(stream) || state == WritableStreamObject.CLOSED) {
        return Promises.rejected(realm, WritableStreams.typeErrorValue(realm, "The stream is closing or closed"));
      }
      if (state == WritableStreamObject.ERRORING) {
        return Promises.rejected(realm, stream.storedError);
      }
      JsObject promise = WritableStreams.addWriteRequest(realm, stream);
      Controller.write(realm, controller, chunk, chunkSize);
      return promise;
    }

    /** WritableStreamDefaultWriterCloseWithErrorPropagation */
    static JsObject closeWithErrorPropagation(Realm realm, Writer w) {
      WritableStreamObject stream = w.stream;
      int state = stream.state;
      if (WritableStreams.closeQueuedOrInFlight(stream) || state == WritableStreamObject.CLOSED) {
        return Promises.resolved(realm, Undefined.INSTANCE);
      }
      if (state == WritableStreamObject.ERRORED) {
        return Promises.rejected(realm, stream.storedError);
      }
      return WritableStreams.close(realm, stream);
    }
  }

  private static JsObject released(Realm realm, String what) {
    return Promises.rejected(realm, WritableStreams.typeErrorValue(realm, what + ": the writer has no stream (its lock was released)"));
  }

  public static final HostClass<Writer> WRITER = PromiseMembers.on(
      HostClass.builder("WritableStreamDefaultWriter", Writer.class)
          .constructor(1, (realm, args, nt) -> {
            if (!(arg(args, 0) instanceof WritableStreamObject s)) {
              throw HostErrors.typeError(realm, "Failed to construct 'WritableStreamDefaultWriter': parameter 1 is not of type 'WritableStream'.");
            }
            Writer w = new Writer(realm, WritableClasses.WRITER.prototypeFor(realm, nt));
            WritableStreams.setUpWriter(realm, w, s);
            return w;
          }), Writer.class, "WritableStreamDefaultWriter")
      .promiseGetter("closed", (realm, self) -> self.closedPromise)
      .getter("desiredSize", (realm, self) -> {
        if (self.stream == null) {
          throw HostErrors.typeError(realm, "desiredSize: the writer's lock was released");
        }
        double d = Writer.desiredSize(self);
        return Double.isNaN(d) ? Null.INSTANCE : (Object) d;
      })
      .promiseGetter("ready", (realm, self) -> self.readyPromise)
      .promiseMethod("abort", 0, (realm, self, args) -> self.stream == null ? released(realm, "abort")
          : WritableStreams.abort(realm, self.stream, arg(args, 0)))
      .promiseMethod("close", 0, (realm, self, args) -> {
        WritableStreamObject stream = self.stream;
        if (stream == null) {
          return released(realm, "close");
        }
        if (WritableStreams.closeQueuedOrInFlight(stream)) {
          return Promises.rejected(realm, WritableStreams.typeErrorValue(realm, "close: the stream is already closing"));
        }
        return WritableStreams.close(realm, stream);
      })
      .method("releaseLock", 0, (realm, self, args) -> {
        if (self.stream != null) {
          Writer.release(realm, self);
        }
        return Undefined.INSTANCE;
      })
      .promiseMethod("write", 0, (realm, self, args) -> self.stream == null ? released(realm, "write")
          : Writer.write(realm, self, arg(args, 0)))
      .build();

  // ------------------------------------------------------------------ controller

  public static final class Controller extends HostObject {
    WritableStreamObject stream;
    final QueueWithSizes queue = new QueueWithSizes();
    AbortSignalObject signal;
    boolean started;
    double strategyHwm;
    Strategies.SizeAlgorithm strategySizeAlgorithm;
    WriteAlgorithm writeAlgorithm;
    CloseAlgorithm closeAlgorithm;
    AbortAlgorithm abortAlgorithm;

    Controller(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "WritableStreamDefaultController";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(stream);
      v.visit(signal);
      queue.trace(v);
    }

    JsObject abortSteps(Realm realm, Object reason) {
      JsObject result = abortAlgorithm.abort(realm, reason);
      clearAlgorithms(this);
      return result;
    }

    void errorSteps() {
      queue.reset();
    }

    /** SetUpWritableStreamDefaultController */
    static void setUp(Realm realm, WritableStreamObject stream, Controller c, ReadableController.StartAlgorithm start,
        WriteAlgorithm write, CloseAlgorithm close, AbortAlgorithm abort, double hwm, Strategies.SizeAlgorithm size) {
      c.stream = stream;
      stream.controller = c;
      c.queue.reset();
      c.signal = AbortClasses.newSignal(realm);
      c.started = false;
      c.strategySizeAlgorithm = size;
      c.strategyHwm = hwm;
      c.writeAlgorithm = write;
      c.closeAlgorithm = close;
      c.abortAlgorithm = abort;
      WritableStreams.updateBackpressure(realm, stream, backpressure(c));
      Object startResult = start.start(realm);
      JsObject startPromise = Promises.resolved(realm, startResult);
      Promises.upon(realm, startPromise, v -> {
        c.started = true;
        advanceQueueIfNeeded(realm, c);
      }, r -> {
        c.started = true;
        WritableStreams.dealWithRejection(realm, stream, r);
      });
    }

    /** SetUpWritableStreamDefaultControllerFromUnderlyingSink */
    static void setUpFromSink(Realm realm, WritableStreamObject stream, JsObject sink, UnderlyingSink dict, double hwm,
        Strategies.SizeAlgorithm size) {
      Controller c = new Controller(realm, CONTROLLER.prototype(realm));
      ReadableController.StartAlgorithm start = dict.start() == null ? r -> Undefined.INSTANCE
          : r -> ObjectOperations.call(r, dict.start(), sink, c);
      WriteAlgorithm write = (r, chunk) -> Promises.invoke(r, dict.write(), sink, chunk, c);
      CloseAlgorithm close = r -> Promises.invoke(r, dict.close(), sink);
      AbortAlgorithm abort = (r, reason) -> Promises.invoke(r, dict.abort(), sink, reason);
      setUp(realm, stream, c, start, write, close, abort, hwm, size);
    }

    /** WritableStreamDefaultControllerAdvanceQueueIfNeeded */
    static void advanceQueueIfNeeded(Realm realm, Controller c) {
      WritableStreamObject stream = c.stream;
      if (!c.started || stream.inFlightWriteRequest != null) {
        return;
      }
      if (stream.state == WritableStreamObject.ERRORING) {
        WritableStreams.finishErroring(realm, stream);
        return;
      }
      if (c.queue.isEmpty()) {
        return;
      }
      Object value = c.queue.peek();
      if (value == CLOSE_SENTINEL) {
        processClose(realm, c);
      } else {
        processWrite(realm, c, value);
      }
    }

    static void clearAlgorithms(Controller c) {
      c.writeAlgorithm = null;
      c.closeAlgorithm = null;
      c.abortAlgorithm = null;
      c.strategySizeAlgorithm = null;
    }

    /** WritableStreamDefaultControllerClose */
    static void close(Realm realm, Controller c) {
      c.queue.enqueue(realm, CLOSE_SENTINEL, 0);
      advanceQueueIfNeeded(realm, c);
    }

    /** WritableStreamDefaultControllerError */
    static void error(Realm realm, Controller c, Object error) {
      clearAlgorithms(c);
      WritableStreams.startErroring(realm, c.stream, error);
    }

    /** WritableStreamDefaultControllerErrorIfNeeded */
    static void errorIfNeeded(Realm realm, Controller c, Object error) {
      if (c.stream.state == WritableStreamObject.WRITABLE) {
        error(realm, c, error);
      }
    }

    static boolean backpressure(Controller c) {
      return desiredSize(c) <= 0;
    }

    /** WritableStreamDefaultControllerGetChunkSize */
    static double chunkSize(Realm realm, Controller c, Object chunk) {
      if (c.strategySizeAlgorithm == null) {
        return 1;
      }
      try {
        return c.strategySizeAlgorithm.size(realm, chunk);
      } catch (JsThrow t) {
        errorIfNeeded(realm, c, t.value());
        return 1;
      }
    }

    static double desiredSize(Controller c) {
      return c.strategyHwm - c.queue.totalSize;
    }

    /** WritableStreamDefaultControllerProcessClose */
    static void processClose(Realm realm, Controller c) {
      WritableStreamObject stream = c.stream;
      WritableStreams.markCloseRequestInFlight(stream);
      c.queue.dequeue();
      JsObject sinkClosePromise = c.closeAlgorithm.close(realm);
      clearAlgorithms(c);
      Promises.upon(realm, sinkClosePromise, v -> WritableStreams.finishInFlightClose(realm, stream),
          r -> WritableStreams.finishInFlightCloseWithError(realm, stream, r));
    }

    /** WritableStreamDefaultControllerProcessWrite */
    static void processWrite(Realm realm, Controller c, Object chunk) {
      WritableStreamObject stream = c.stream;
      WritableStreams.markFirstWriteRequestInFlight(stream);
      JsObject sinkWritePromise = c.writeAlgorithm.write(realm, chunk);
      Promises.upon(realm, sinkWritePromise, v -> {
        WritableStreams.finishInFlightWrite(realm, stream);
        int state = stream.state;
        c.queue.dequeue();
        if (!WritableStreams.closeQueuedOrInFlight(stream) && state == WritableStreamObject.WRITABLE) {
          WritableStreams.updateBackpressure(realm, stream, backpressure(c));
        }
        advanceQueueIfNeeded(realm, c);
      }, reason -> {
        if (stream.state == WritableStreamObject.WRITABLE) {
          clearAlgorithms(c);
        }
        WritableStreams.finishInFlightWriteWithError(realm, stream, reason);
      });
    }

    /** WritableStreamDefaultControllerWrite */
    static void write(Realm realm, Controller c, Object chunk, double chunkSize) {
      try {
        c.queue.enqueue(realm, chunk, chunkSize);
      } catch (JsThrow t) {
        errorIfNeeded(realm, c, t.value());
        return;
      }
      WritableStreamObject stream = c.stream;
      if (!WritableStreams.closeQueuedOrInFlight(stream) && stream.state == WritableStreamObject.WRITABLE) {
        WritableStreams.updateBackpressure(realm, stream, backpressure(c));
      }
      advanceQueueIfNeeded(realm, c);
    }
  }

  public static final HostClass<Controller> CONTROLLER = HostClass.builder("WritableStreamDefaultController", Controller.class)
      .constructor(0, null)
      .getter("signal", (realm, self) -> self.signal)
      .method("error", 0, (realm, self, args) -> {
        if (self.stream.state == WritableStreamObject.WRITABLE) {
          Controller.error(realm, self, arg(args, 0));
        }
        return Undefined.INSTANCE;
      })
      .build();
}
