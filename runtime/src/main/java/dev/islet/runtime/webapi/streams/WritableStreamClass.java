package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** {@code WritableStream} — https://streams.spec.whatwg.org/#ws-class. */
public final class WritableStreamClass {
  private WritableStreamClass() {}

  private static Object arg(Object[] args, int i) {
    return args.length > i ? args[i] : Undefined.INSTANCE;
  }

  public static final HostClass<WritableStreamObject> WRITABLE_STREAM = PromiseMembers.on(
      HostClass.builder("WritableStream", WritableStreamObject.class).constructor(0, WritableStreamClass::construct),
      WritableStreamObject.class, "WritableStream")
      .getter("locked", (realm, self) -> self.writer != null)
      .promiseMethod("abort", 0, (realm, self, args) -> {
        if (self.writer != null) {
          throw HostErrors.typeError(realm, "abort: the stream is locked to a writer");
        }
        return WritableStreams.abort(realm, self, arg(args, 0));
      })
      .promiseMethod("close", 0, (realm, self, args) -> {
        if (self.writer != null) {
          throw HostErrors.typeError(realm, "close: the stream is locked to a writer");
        }
        if (WritableStreams.closeQueuedOrInFlight(self)) {
          throw HostErrors.typeError(realm, "close: the stream is already closing");
        }
        return WritableStreams.close(realm, self);
      })
      .method("getWriter", 0, (realm, self, args) -> WritableStreams.acquireWriter(realm, self))
      .build();

  /** new WritableStream(underlyingSink, strategy) */
  private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    Object sink = arg(args, 0);
    if (sink != Undefined.INSTANCE && !(sink instanceof JsObject)) {
      throw HostErrors.typeError(realm, "Failed to construct 'WritableStream': parameter 1 is not an object.");
    }
    Strategies.Strategy strategy = Strategies.toStrategy(realm, arg(args, 1), "Failed to construct 'WritableStream'");
    JsObject sinkObject = sink instanceof JsObject o ? o : null;
    UnderlyingSink dict = UnderlyingSink.from(realm, sinkObject);
    WritableStreamObject stream = new WritableStreamObject(realm, WRITABLE_STREAM.prototypeFor(realm, newTarget));
    Strategies.SizeAlgorithm size = strategy.sizeAlgorithm();
    double hwm = strategy.highWaterMark(realm, 1);
    WritableClasses.Controller.setUpFromSink(realm, stream, sinkObject, dict, hwm, size);
    return stream;
  }

  /** CreateWritableStream */
  static WritableStreamObject create(Realm realm, ReadableController.StartAlgorithm start, WritableClasses.WriteAlgorithm write,
      WritableClasses.CloseAlgorithm close, WritableClasses.AbortAlgorithm abort, double hwm, Strategies.SizeAlgorithm size) {
    WritableStreamObject stream = new WritableStreamObject(realm, WRITABLE_STREAM.prototype(realm));
    WritableClasses.Controller c = new WritableClasses.Controller(realm, WritableClasses.CONTROLLER.prototype(realm));
    WritableClasses.Controller.setUp(realm, stream, c, start, write, close, abort, hwm, size);
    return stream;
  }
}
