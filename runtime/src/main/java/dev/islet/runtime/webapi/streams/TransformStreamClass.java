package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * {@code TransformStream} and {@code TransformStreamDefaultController} —
 * https://streams.spec.whatwg.org/#ts-class, #ts-default-controller-class.
 */
public final class TransformStreamClass {
  private TransformStreamClass() {}

  private static Object arg(Object[] args, int i) {
    return args.length > i ? args[i] : Undefined.INSTANCE;
  }

  public static final class TransformStreamObject extends HostObject {
    ReadableStreamObject readable;
    WritableStreamObject writable;
    boolean backpressure;
    boolean backpressureSet;
    JsObject backpressureChangePromise;
    Controller controller;

    TransformStreamObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    public ReadableStreamObject readable() {
      return readable;
    }

    public WritableStreamObject writable() {
      return writable;
    }

    @Override
    public String className() {
      return "TransformStream";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(readable);
      v.visit(writable);
      v.visit(backpressureChangePromise);
      v.visit(controller);
    }
  }

  /** Transformer algorithms as Java steps. */
  public interface TransformAlgorithm {
    JsObject transform(Realm realm, Object chunk);
  }

  public interface FlushAlgorithm {
    JsObject flush(Realm realm);
  }

  public static final class Controller extends HostObject {
    TransformStreamObject stream;
    JsObject finishPromise;
    TransformAlgorithm transformAlgorithm;
    FlushAlgorithm flushAlgorithm;
    ReadableController.CancelAlgorithm cancelAlgorithm;

    Controller(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "TransformStreamDefaultController";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(stream);
      v.visit(finishPromise);
    }
  }

  public static final HostClass<TransformStreamObject> TRANSFORM_STREAM = HostClass.builder("TransformStream", TransformStreamObject.class)
      .constructor(0, TransformStreamClass::construct)
      .getter("readable", (realm, self) -> self.readable)
      .getter("writable", (realm, self) -> self.writable)
      .build();

  public static final HostClass<Controller> CONTROLLER = HostClass.builder("TransformStreamDefaultController", Controller.class)
      .constructor(0, null)
      .getter("desiredSize", (realm, self) -> DefaultController.desiredSizeValue((DefaultController) self.stream.readable.controller))
      .method("enqueue", 0, (realm, self, args) -> {
        enqueue(realm, self, arg(args, 0));
        return Undefined.INSTANCE;
      })
      .method("error", 0, (realm, self, args) -> {
        error(realm, self.stream, arg(args, 0));
        return Undefined.INSTANCE;
      })
      .method("terminate", 0, (realm, self, args) -> {
        terminate(realm, self);
        return Undefined.INSTANCE;
      })
      .build();

  /** new TransformStream(transformer, writableStrategy, readableStrategy) */
  private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    String ctx = "Failed to construct 'TransformStream'";
    Object transformer = arg(args, 0);
    if (transformer != Undefined.INSTANCE && !(transformer instanceof JsObject)) {
      throw HostErrors.typeError(realm, ctx + ": parameter 1 is not an object.");
    }
    Strategies.Strategy writableStrategy = Strategies.toStrategy(realm, arg(args, 1), ctx);
    Strategies.Strategy readableStrategy = Strategies.toStrategy(realm, arg(args, 2), ctx);
    JsObject t = transformer instanceof JsObject o ? o : null;
    // The Transformer dictionary, members in order: cancel, flush, readableType, start, transform, writableType.
    JsObject cancel = UnderlyingSource.callback(realm, t, "cancel", ctx);
    JsObject flush = UnderlyingSource.callback(realm, t, "flush", ctx);
    Object readableType = WebIdl.member(realm, t, "readableType");
    JsObject start = UnderlyingSource.callback(realm, t, "start", ctx);
    JsObject transform = UnderlyingSource.callback(realm, t, "transform", ctx);
    Object writableType = WebIdl.member(realm, t, "writableType");
    if (readableType != Undefined.INSTANCE) {
      throw HostErrors.rangeError(realm, ctx + ": invalid readableType is specified");
    }
    if (writableType != Undefined.INSTANCE) {
      throw HostErrors.rangeError(realm, ctx + ": invalid writableType is specified");
    }
    double readableHwm = readableStrategy.highWaterMark(realm, 0);
    Strategies.SizeAlgorithm readableSize = readableStrategy.sizeAlgorithm();
    double writableHwm = writableStrategy.highWaterMark(realm, 1);
    Strategies.SizeAlgorithm writableSize = writableStrategy.sizeAlgorithm();
    JsObject startPromise = Promises.create(realm);
    TransformStreamObject stream = new TransformStreamObject(realm, TRANSFORM_STREAM.prototypeFor(realm, newTarget));
    initialize(realm, stream, startPromise, writableHwm, writableSize, readableHwm, readableSize);
    Controller c = new Controller(realm, CONTROLLER.prototype(realm));
    TransformAlgorithm transformAlgorithm = transform == null ? (r, chunk) -> {
      try {
        enqueue(r, c, chunk);
      } catch (JsThrow e) {
        return Promises.rejected(r, e.value());
      }
      return Promises.resolved(r, Undefined.INSTANCE);
    } : (r, chunk) -> Promises.invoke(r, transform, t, chunk, c);
    FlushAlgorithm flushAlgorithm = r -> Promises.invoke(r, flush, t, c);
    ReadableController.CancelAlgorithm cancelAlgorithm = (r, reason) -> Promises.invoke(r, cancel, t, reason);
    setUpController(stream, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
    if (start != null) {
      Promises.resolve(realm, startPromise, ObjectOperations.call(realm, start, t, c));
    } else {
      Promises.resolve(realm, startPromise, Undefined.INSTANCE);
    }
    return stream;
  }

  /** A TransformStream driven by Java algorithms (TextEncoderStream, CompressionStream…). */
  public static TransformStreamObject create(Realm realm, TransformAlgorithm transform, FlushAlgorithm flush) {
    TransformStreamObject stream = new TransformStreamObject(realm, TRANSFORM_STREAM.prototype(realm));
    JsObject startPromise = Promises.resolved(realm, Undefined.INSTANCE);
    initialize(realm, stream, startPromise, 1, Strategies.ONE, 0, Strategies.ONE);
    Controller c = new Controller(realm, CONTROLLER.prototype(realm));
    setUpController(stream, c, transform, flush, (r, reason) -> Promises.resolved(r, Undefined.INSTANCE));
    return stream;
  }

  /** The controller of a stream made by {@link #create}, for its algorithms' enqueue calls. */
  public static Controller controllerOf(TransformStreamObject stream) {
    return stream.controller;
  }

  /** InitializeTransformStream */
  static void initialize(Realm realm, TransformStreamObject stream, JsObject startPromise, double writableHwm,
      Strategies.SizeAlgorithm writableSize, double readableHwm, Strategies.SizeAlgorithm readableSize) {
    ReadableController.StartAlgorithm start = r -> startPromise;
    stream.writable = WritableStreamClass.create(realm, start, (r, chunk) -> sinkWrite(r, stream, chunk),
        r -> sinkClose(r, stream), (r, reason) -> sinkAbort(r, stream, reason), writableHwm, writableSize);
    stream.readable = ReadableStreams.create(realm, start, r -> sourcePull(r, stream),
        (r, reason) -> sourceCancel(r, stream, reason), readableHwm, readableSize);
    stream.backpressureSet = false;
    stream.backpressureChangePromise = null;
    setBackpressure(realm, stream, true);
    stream.controller = null;
  }

  /** TransformStreamError */
  static void error(Realm realm, TransformStreamObject stream, Object e) {
    DefaultController.error(realm, (DefaultController) stream.readable.controller, e);
    errorWritableAndUnblockWrite(realm, stream, e);
  }

  /** TransformStreamErrorWritableAndUnblockWrite */
  static void errorWritableAndUnblockWrite(Realm realm, TransformStreamObject stream, Object e) {
    clearAlgorithms(stream.controller);
    WritableClasses.Controller.errorIfNeeded(realm, stream.writable.controller, e);
    unblockWrite(realm, stream);
  }

  /** TransformStreamUnblockWrite */
  static void unblockWrite(Realm realm, TransformStreamObject stream) {
    if (stream.backpressure) {
      setBackpressure(realm, stream, false);
    }
  }

  /** TransformStreamSetBackpressure */
  static void setBackpressure(Realm realm, TransformStreamObject stream, boolean backpressure) {
    if (stream.backpressureChangePromise != null) {
      Promises.resolve(realm, stream.backpressureChangePromise, Undefined.INSTANCE);
    }
    stream.backpressureChangePromise = Promises.create(realm);
    stream.backpressure = backpressure;
    stream.backpressureSet = true;
  }

  /** SetUpTransformStreamDefaultController */
  static void setUpController(TransformStreamObject stream, Controller c, TransformAlgorithm transform, FlushAlgorithm flush,
      ReadableController.CancelAlgorithm cancel) {
    c.stream = stream;
    stream.controller = c;
    c.transformAlgorithm = transform;
    c.flushAlgorithm = flush;
    c.cancelAlgorithm = cancel;
  }

  static void clearAlgorithms(Controller c) {
    c.transformAlgorithm = null;
    c.flushAlgorithm = null;
    c.cancelAlgorithm = null;
  }

  /** TransformStreamDefaultControllerEnqueue */
  public static void enqueue(Realm realm, Controller c, Object chunk) {
    TransformStreamObject stream = c.stream;
    DefaultController readableController = (DefaultController) stream.readable.controller;
    if (!DefaultController.canCloseOrEnqueue(readableController)) {
      throw HostErrors.typeError(realm, "TransformStreamDefaultController.enqueue: the readable side is closed or errored");
    }
    try {
      DefaultController.enqueue(realm, readableController, chunk);
    } catch (JsThrow t) {
      errorWritableAndUnblockWrite(realm, stream, t.value());
      throw new JsThrow(stream.readable.storedError);
    }
    boolean backpressure = DefaultController.hasBackpressure(readableController);
    if (backpressure != stream.backpressure) {
      setBackpressure(realm, stream, true);
    }
  }

  /** TransformStreamDefaultControllerTerminate */
  static void terminate(Realm realm, Controller c) {
    TransformStreamObject stream = c.stream;
    DefaultController.close(realm, (DefaultController) stream.readable.controller);
    errorWritableAndUnblockWrite(realm, stream, WritableStreams.typeErrorValue(realm, "The TransformStream was terminated"));
  }

  /** TransformStreamDefaultControllerPerformTransform */
  static JsObject performTransform(Realm realm, Controller c, Object chunk) {
    JsObject transformPromise = c.transformAlgorithm.transform(realm, chunk);
    return Promises.transform(realm, transformPromise, null, r -> {
      error(realm, c.stream, r);
      throw new JsThrow(r);
    });
  }

  /** TransformStreamDefaultSinkWriteAlgorithm */
  static JsObject sinkWrite(Realm realm, TransformStreamObject stream, Object chunk) {
    Controller c = stream.controller;
    if (stream.backpressure) {
      return Promises.transform(realm, stream.backpressureChangePromise, v -> {
        WritableStreamObject writable = stream.writable;
        if (writable.state == WritableStreamObject.ERRORING) {
          throw new JsThrow(writable.storedError);
        }
        return performTransform(realm, c, chunk);
      }, null);
    }
    return performTransform(realm, c, chunk);
  }

  /** TransformStreamDefaultSinkAbortAlgorithm */
  static JsObject sinkAbort(Realm realm, TransformStreamObject stream, Object reason) {
    Controller c = stream.controller;
    if (c.finishPromise != null) {
      return c.finishPromise;
    }
    ReadableStreamObject readable = stream.readable;
    c.finishPromise = Promises.create(realm);
    JsObject cancelPromise = c.cancelAlgorithm.cancel(realm, reason);
    clearAlgorithms(c);
    Promises.upon(realm, cancelPromise, v -> {
      if (readable.state == ReadableStreamObject.ERRORED) {
        Promises.reject(realm, c.finishPromise, readable.storedError);
      } else {
        DefaultController.error(realm, (DefaultController) readable.controller, reason);
        Promises.resolve(realm, c.finishPromise, Undefined.INSTANCE);
      }
    }, r -> {
      DefaultController.error(realm, (DefaultController) readable.controller, r);
      Promises.reject(realm, c.finishPromise, r);
    });
    return c.finishPromise;
  }

  /** TransformStreamDefaultSinkCloseAlgorithm */
  static JsObject sinkClose(Realm realm, TransformStreamObject stream) {
    Controller c = stream.controller;
    if (c.finishPromise != null) {
      return c.finishPromise;
    }
    ReadableStreamObject readable = stream.readable;
    c.finishPromise = Promises.create(realm);
    JsObject flushPromise = c.flushAlgorithm.flush(realm);
    clearAlgorithms(c);
    Promises.upon(realm, flushPromise, v -> {
      if (readable.state == ReadableStreamObject.ERRORED) {
        Promises.reject(realm, c.finishPromise, readable.storedError);
      } else {
        DefaultController.close(realm, (DefaultController) readable.controller);
        Promises.resolve(realm, c.finishPromise, Undefined.INSTANCE);
      }
    }, r -> {
      DefaultController.error(realm, (DefaultController) readable.controller, r);
      Promises.reject(realm, c.finishPromise, r);
    });
    return c.finishPromise;
  }

  /** TransformStreamDefaultSourceCancelAlgorithm */
  static JsObject sourceCancel(Realm realm, TransformStreamObject stream, Object reason) {
    Controller c = stream.controller;
    if (c.finishPromise != null) {
      return c.finishPromise;
    }
    WritableStreamObject writable = stream.writable;
    c.finishPromise = Promises.create(realm);
    JsObject cancelPromise = c.cancelAlgorithm.cancel(realm, reason);
    clearAlgorithms(c);
    Promises.upon(realm, cancelPromise, v -> {
      if (writable.state == WritableStreamObject.ERRORED) {
        Promises.reject(realm, c.finishPromise, writable.storedError);
      } else {
        WritableClasses.Controller.errorIfNeeded(realm, writable.controller, reason);
        unblockWrite(realm, stream);
        Promises.resolve(realm, c.finishPromise, Undefined.INSTANCE);
      }
    }, r -> {
      WritableClasses.Controller.errorIfNeeded(realm, writable.controller, r);
      unblockWrite(realm, stream);
      Promises.reject(realm, c.finishPromise, r);
    });
    return c.finishPromise;
  }

  /** TransformStreamDefaultSourcePullAlgorithm */
  static JsObject sourcePull(Realm realm, TransformStreamObject stream) {
    setBackpressure(realm, stream, false);
    return stream.backpressureChangePromise;
  }
}
