package dev.islet.runtime.webapi.streams;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.AbortClasses.AbortSignalObject;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.runtime.webapi.streams.WritableClasses.Writer;
import dev.islet.values.Undefined;
import java.util.function.Consumer;

/**
 * ReadableStreamPipeTo — https://streams.spec.whatwg.org/#readable-stream-pipe-to. The spec leaves
 * the loop's scheduling open; this follows the reference implementation's order (wait for the
 * writer's ready promise, read, write without waiting), which is what the tests observe.
 */
final class PipeTo {
  private final Realm realm;
  private final ReadableStreamObject source;
  private final WritableStreamObject dest;
  private final boolean preventClose;
  private final boolean preventAbort;
  private final boolean preventCancel;
  private final AbortSignalObject signal;
  private final DefaultReader reader;
  private final Writer writer;
  private final JsObject promise;
  private boolean shuttingDown;
  private JsObject currentWrite;
  private Consumer<Realm> abortAlgorithm;

  private PipeTo(Realm realm, ReadableStreamObject source, WritableStreamObject dest, boolean preventClose,
      boolean preventAbort, boolean preventCancel, AbortSignalObject signal) {
    this.realm = realm;
    this.source = source;
    this.dest = dest;
    this.preventClose = preventClose;
    this.preventAbort = preventAbort;
    this.preventCancel = preventCancel;
    this.signal = signal;
    this.reader = ReadableStreams.acquireDefaultReader(realm, source);
    this.writer = WritableStreams.acquireWriter(realm, dest);
    this.promise = Promises.create(realm);
    this.currentWrite = Promises.resolved(realm, Undefined.INSTANCE);
  }

  static JsObject pipe(Realm realm, ReadableStreamObject source, WritableStreamObject dest, boolean preventClose,
      boolean preventAbort, boolean preventCancel, AbortSignalObject signal) {
    PipeTo p = new PipeTo(realm, source, dest, preventClose, preventAbort, preventCancel, signal);
    source.disturbed = true;
    return p.start();
  }

  private JsObject start() {
    if (signal != null) {
      abortAlgorithm = r -> abort();
      if (signal.aborted()) {
        abort();
        return promise;
      }
      signal.addAlgorithm(abortAlgorithm);
    }
    // Errors must be propagated forward.
    isOrBecomesErrored(source, reader.closedPromise, storedError -> {
      if (!preventAbort) {
        shutdownWithAnAction(() -> WritableStreams.abort(realm, dest, storedError), true, storedError);
      } else {
        shutdown(true, storedError);
      }
    });
    // Errors must be propagated backward.
    isOrBecomesErrored(dest, writer.closedPromise, storedError -> {
      if (!preventCancel) {
        shutdownWithAnAction(() -> ReadableStreams.cancel(realm, source, storedError), true, storedError);
      } else {
        shutdown(true, storedError);
      }
    });
    // Closing must be propagated forward.
    isOrBecomesClosed(source, reader.closedPromise, () -> {
      if (!preventClose) {
        shutdownWithAnAction(() -> Writer.closeWithErrorPropagation(realm, writer), false, null);
      } else {
        shutdown(false, null);
      }
    });
    // Closing must be propagated backward.
    if (WritableStreams.closeQueuedOrInFlight(dest) || dest.state == WritableStreamObject.CLOSED) {
      Object destClosed = WritableStreams.typeErrorValue(realm,
          "the destination writable stream closed before all data could be piped to it");
      if (!preventCancel) {
        shutdownWithAnAction(() -> ReadableStreams.cancel(realm, source, destClosed), true, destClosed);
      } else {
        shutdown(true, destClosed);
      }
    }
    Promises.setHandled(realm, pipeLoop());
    return promise;
  }

  private void abort() {
    Object error = signal.reason();
    shutdownWithAnAction(() -> {
      JsObject a = !preventAbort && dest.state == WritableStreamObject.WRITABLE ? WritableStreams.abort(realm, dest, error)
          : preventAbort ? null : Promises.resolved(realm, Undefined.INSTANCE);
      JsObject c = !preventCancel && source.state == ReadableStreamObject.READABLE ? ReadableStreams.cancel(realm, source, error)
          : preventCancel ? null : Promises.resolved(realm, Undefined.INSTANCE);
      return all(a, c);
    }, true, error);
  }

  /** Waits for all of (up to two) promises: fulfilled when both are, rejected with the first rejection. */
  private JsObject all(JsObject a, JsObject b) {
    JsObject result = Promises.create(realm);
    int[] remaining = {(a == null ? 0 : 1) + (b == null ? 0 : 1)};
    if (remaining[0] == 0) {
      Promises.resolve(realm, result, Undefined.INSTANCE);
      return result;
    }
    for (JsObject p : new JsObject[] {a, b}) {
      if (p != null) {
        Promises.upon(realm, p, v -> {
          if (--remaining[0] == 0) {
            Promises.resolve(realm, result, Undefined.INSTANCE);
          }
        }, e -> Promises.reject(realm, result, e));
      }
    }
    return result;
  }

  private JsObject pipeLoop() {
    JsObject loop = Promises.create(realm);
    next(loop, false);
    return loop;
  }

  private void next(JsObject loop, boolean done) {
    if (done) {
      Promises.resolve(realm, loop, Undefined.INSTANCE);
      return;
    }
    Promises.upon(realm, pipeStep(), v -> next(loop, (Boolean) v), e -> Promises.reject(realm, loop, e));
  }

  private JsObject pipeStep() {
    if (shuttingDown) {
      return Promises.resolved(realm, true);
    }
    return Promises.transform(realm, writer.readyPromise, v -> {
      JsObject read = Promises.create(realm);
      Readers.read(realm, reader, new ReadRequest() {
        @Override
        public void chunk(Realm r, Object chunk) {
          currentWrite = Promises.transform(r, Writer.write(r, writer, chunk), null, e -> Undefined.INSTANCE);
          Promises.resolve(r, read, false);
        }

        @Override
        public void close(Realm r) {
          Promises.resolve(r, read, true);
        }

        @Override
        public void error(Realm r, Object e) {
          Promises.reject(r, read, e);
        }
      });
      return read;
    }, null);
  }

  private void isOrBecomesErrored(Object stream, JsObject p, Consumer<Object> action) {
    if (stream instanceof ReadableStreamObject rs && rs.state == ReadableStreamObject.ERRORED) {
      action.accept(rs.storedError);
    } else if (stream instanceof WritableStreamObject ws && ws.state == WritableStreamObject.ERRORED) {
      action.accept(ws.storedError);
    } else {
      Promises.upon(realm, p, null, action);
    }
  }

  private void isOrBecomesClosed(ReadableStreamObject stream, JsObject p, Runnable action) {
    if (stream.state == ReadableStreamObject.CLOSED) {
      action.run();
    } else {
      Promises.upon(realm, p, v -> action.run(), null);
    }
  }

  private JsObject waitForWritesToFinish() {
    JsObject oldCurrentWrite = currentWrite;
    return Promises.transform(realm, currentWrite,
        v -> oldCurrentWrite != currentWrite ? waitForWritesToFinish() : Undefined.INSTANCE, null);
  }

  private void shutdownWithAnAction(java.util.function.Supplier<JsObject> action, boolean originalIsError, Object originalError) {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    Runnable doTheRest = () -> Promises.upon(realm, action.get(), v -> finalizeWith(originalIsError, originalError),
        newError -> finalizeWith(true, newError));
    if (dest.state == WritableStreamObject.WRITABLE && !WritableStreams.closeQueuedOrInFlight(dest)) {
      Promises.upon(realm, waitForWritesToFinish(), v -> doTheRest.run(), null);
    } else {
      doTheRest.run();
    }
  }

  private void shutdown(boolean isError, Object error) {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    if (dest.state == WritableStreamObject.WRITABLE && !WritableStreams.closeQueuedOrInFlight(dest)) {
      Promises.upon(realm, waitForWritesToFinish(), v -> finalizeWith(isError, error), null);
    } else {
      finalizeWith(isError, error);
    }
  }

  private void finalizeWith(boolean isError, Object error) {
    Writer.release(realm, writer);
    Readers.release(realm, reader);
    if (signal != null) {
      signal.removeAlgorithm(abortAlgorithm);
    }
    if (isError) {
      Promises.reject(realm, promise, error);
    } else {
      Promises.resolve(realm, promise, Undefined.INSTANCE);
    }
  }
}
