package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** {@code ReadableStreamDefaultController} — https://streams.spec.whatwg.org/#rs-default-controller-class. */
public final class DefaultController extends ReadableController {
  final QueueWithSizes queue = new QueueWithSizes();
  boolean started;
  boolean closeRequested;
  boolean pullAgain;
  boolean pulling;
  double strategyHwm;
  Strategies.SizeAlgorithm strategySizeAlgorithm;
  PullAlgorithm pullAlgorithm;
  CancelAlgorithm cancelAlgorithm;

  DefaultController(Realm realm, JsObject proto) {
    super(realm, proto);
  }

  @Override
  public String className() {
    return "ReadableStreamDefaultController";
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(stream);
    queue.trace(v);
  }

  public static final HostClass<DefaultController> CLASS = HostClass.builder("ReadableStreamDefaultController", DefaultController.class)
      .constructor(0, null)
      .getter("desiredSize", (realm, self) -> desiredSizeValue(self))
      .method("close", 0, (realm, self, args) -> {
        if (!canCloseOrEnqueue(self)) {
          throw HostErrors.typeError(realm, "ReadableStreamDefaultController.close: the stream is closed or closing");
        }
        close(realm, self);
        return Undefined.INSTANCE;
      })
      .method("enqueue", 0, (realm, self, args) -> {
        if (!canCloseOrEnqueue(self)) {
          throw HostErrors.typeError(realm, "ReadableStreamDefaultController.enqueue: the stream is closed or closing");
        }
        enqueue(realm, self, args.length > 0 ? args[0] : Undefined.INSTANCE);
        return Undefined.INSTANCE;
      })
      .method("error", 0, (realm, self, args) -> {
        error(realm, self, args.length > 0 ? args[0] : Undefined.INSTANCE);
        return Undefined.INSTANCE;
      })
      .build();

  static Object desiredSizeValue(DefaultController c) {
    double d = desiredSize(c);
    return Double.isNaN(d) ? Null.INSTANCE : (Object) d;
  }

  // ------------------------------------------------------------------ abstract operations

  /** ReadableStreamDefaultControllerCallPullIfNeeded */
  static void callPullIfNeeded(Realm realm, DefaultController c) {
    if (!shouldCallPull(c)) {
      return;
    }
    if (c.pulling) {
      c.pullAgain = true;
      return;
    }
    c.pulling = true;
    JsObject pullPromise = c.pullAlgorithm.pull(realm);
    Promises.upon(realm, pullPromise, v -> {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        callPullIfNeeded(realm, c);
      }
    }, e -> error(realm, c, e));
  }

  /** ReadableStreamDefaultControllerShouldCallPull */
  static boolean shouldCallPull(DefaultController c) {
    ReadableStreamObject stream = c.stream;
    if (!canCloseOrEnqueue(c) || !c.started) {
      return false;
    }
    if (stream.reader != null && ReadableStreams.hasDefaultReader(stream) && ReadableStreams.numReadRequests(stream) > 0) {
      return true;
    }
    return desiredSize(c) > 0;
  }

  /** ReadableStreamDefaultControllerClearAlgorithms */
  static void clearAlgorithms(DefaultController c) {
    c.pullAlgorithm = null;
    c.cancelAlgorithm = null;
    c.strategySizeAlgorithm = null;
  }

  /** ReadableStreamDefaultControllerClose */
  static void close(Realm realm, DefaultController c) {
    if (!canCloseOrEnqueue(c)) {
      return;
    }
    c.closeRequested = true;
    if (c.queue.isEmpty()) {
      clearAlgorithms(c);
      ReadableStreams.close(realm, c.stream);
    }
  }

  /** ReadableStreamDefaultControllerEnqueue */
  static void enqueue(Realm realm, DefaultController c, Object chunk) {
    if (!canCloseOrEnqueue(c)) {
      return;
    }
    ReadableStreamObject stream = c.stream;
    if (stream.reader != null && ReadableStreams.hasDefaultReader(stream) && ReadableStreams.numReadRequests(stream) > 0) {
      ReadableStreams.fulfillReadRequest(realm, stream, chunk, false);
    } else {
      double chunkSize;
      try {
        chunkSize = c.strategySizeAlgorithm.size(realm, chunk);
      } catch (JsThrow t) {
        error(realm, c, t.value());
        throw t;
      }
      try {
        c.queue.enqueue(realm, chunk, chunkSize);
      } catch (JsThrow t) {
        error(realm, c, t.value());
        throw t;
      }
    }
    callPullIfNeeded(realm, c);
  }

  /** ReadableStreamDefaultControllerError */
  static void error(Realm realm, DefaultController c, Object e) {
    ReadableStreamObject stream = c.stream;
    if (stream.state != ReadableStreamObject.READABLE) {
      return;
    }
    c.queue.reset();
    clearAlgorithms(c);
    ReadableStreams.error(realm, stream, e);
  }

  /** ReadableStreamDefaultControllerGetDesiredSize: NaN stands for null (an errored stream). */
  static double desiredSize(DefaultController c) {
    int state = c.stream.state;
    if (state == ReadableStreamObject.ERRORED) {
      return Double.NaN;
    }
    if (state == ReadableStreamObject.CLOSED) {
      return 0;
    }
    return c.strategyHwm - c.queue.totalSize;
  }

  /** ReadableStreamDefaultControllerHasBackpressure */
  static boolean hasBackpressure(DefaultController c) {
    return !shouldCallPull(c);
  }

  /** ReadableStreamDefaultControllerCanCloseOrEnqueue */
  static boolean canCloseOrEnqueue(DefaultController c) {
    return !c.closeRequested && c.stream.state == ReadableStreamObject.READABLE;
  }

  @Override
  JsObject cancelSteps(Realm realm, Object reason) {
    queue.reset();
    JsObject result = cancelAlgorithm.cancel(realm, reason);
    clearAlgorithms(this);
    return result;
  }

  @Override
  void pullSteps(Realm realm, ReadRequest request) {
    if (!queue.isEmpty()) {
      Object chunk = queue.dequeue();
      if (closeRequested && queue.isEmpty()) {
        clearAlgorithms(this);
        ReadableStreams.close(realm, stream);
      } else {
        callPullIfNeeded(realm, this);
      }
      request.chunk(realm, chunk);
    } else {
      ReadableStreams.addReadRequest(stream, request);
      callPullIfNeeded(realm, this);
    }
  }

  @Override
  void releaseSteps() {}

  /** SetUpReadableStreamDefaultController */
  static void setUp(Realm realm, ReadableStreamObject stream, DefaultController c, StartAlgorithm start,
      PullAlgorithm pull, CancelAlgorithm cancel, double highWaterMark, Strategies.SizeAlgorithm size) {
    c.stream = stream;
    c.queue.reset();
    c.strategySizeAlgorithm = size;
    c.strategyHwm = highWaterMark;
    c.pullAlgorithm = pull;
    c.cancelAlgorithm = cancel;
    stream.controller = c;
    Object startResult = start.start(realm);
    JsObject startPromise = Promises.resolved(realm, startResult);
    Promises.upon(realm, startPromise, v -> {
      c.started = true;
      callPullIfNeeded(realm, c);
    }, e -> error(realm, c, e));
  }

  /** SetUpReadableStreamDefaultControllerFromUnderlyingSource */
  static void setUpFromSource(Realm realm, ReadableStreamObject stream, JsObject source, UnderlyingSource dict,
      double highWaterMark, Strategies.SizeAlgorithm size) {
    DefaultController c = new DefaultController(realm, CLASS.prototype(realm));
    StartAlgorithm start = dict.start() == null ? r -> Undefined.INSTANCE
        : r -> dev.islet.ops.ObjectOperations.call(r, dict.start(), source, c);
    PullAlgorithm pull = r -> Promises.invoke(r, dict.pull(), source, c);
    CancelAlgorithm cancel = (r, reason) -> Promises.invoke(r, dict.cancel(), source, reason);
    setUp(realm, stream, c, start, pull, cancel, highWaterMark, size);
  }
}
