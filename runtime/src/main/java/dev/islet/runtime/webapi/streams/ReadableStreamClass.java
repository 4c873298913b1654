package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.AbortClasses.AbortSignalObject;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** {@code ReadableStream} — https://streams.spec.whatwg.org/#rs-class. */
public final class ReadableStreamClass {
  private ReadableStreamClass() {}

  private static Object arg(Object[] args, int i) {
    return args.length > i ? args[i] : Undefined.INSTANCE;
  }

  public static final HostClass<ReadableStreamObject> READABLE_STREAM = PromiseMembers.on(
      HostClass.builder("ReadableStream", ReadableStreamObject.class)
          .constructor(0, ReadableStreamClass::construct)
          .staticMethod("from", 1, (realm, t, args, nt) -> ReadableFrom.from(realm, arg(args, 0))),
      ReadableStreamObject.class, "ReadableStream")
      .getter("locked", (realm, self) -> self.reader != null)
      .promiseMethod("cancel", 0, (realm, self, args) -> {
        if (self.reader != null) {
          throw ReadableStreams.lockedError(realm, "cancel");
        }
        return ReadableStreams.cancel(realm, self, arg(args, 0));
      })
      .method("getReader", 0, (realm, self, args) -> {
        JsObject options = WebIdl.toDictionary(realm, arg(args, 0), "Failed to execute 'getReader' on 'ReadableStream'");
        Object mode = WebIdl.member(realm, options, "mode");
        if (mode == Undefined.INSTANCE) {
          return ReadableStreams.acquireDefaultReader(realm, self);
        }
        WebIdl.toEnum(realm, mode, new String[] {"byob"}, "Failed to execute 'getReader' on 'ReadableStream'");
        return ReadableStreams.acquireByobReader(realm, self);
      })
      .method("pipeThrough", 1, ReadableStreamClass::pipeThrough)
      .promiseMethod("pipeTo", 1, ReadableStreamClass::pipeTo)
      .method("tee", 0, (realm, self, args) -> ObjectOperations.createArrayFromList(realm, (Object[]) Tee.tee(realm, self, false)))
      .method("values", 0, (realm, self, args) -> AsyncIteration.create(realm, self, arg(args, 0)))
      .method(Symbol.ASYNC_ITERATOR, 0, (realm, self, args) -> AsyncIteration.create(realm, self, arg(args, 0)))
      .build();

  /** new ReadableStream(underlyingSource, strategy) */
  private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    Object source = arg(args, 0);
    if (source != Undefined.INSTANCE && !(source instanceof JsObject)) {
      throw HostErrors.typeError(realm, "Failed to construct 'ReadableStream': parameter 1 is not an object.");
    }
    Strategies.Strategy strategy = Strategies.toStrategy(realm, arg(args, 1), "Failed to construct 'ReadableStream'");
    JsObject sourceObject = source instanceof JsObject o ? o : null;
    UnderlyingSource dict = UnderlyingSource.from(realm, sourceObject);
    ReadableStreamObject stream = new ReadableStreamObject(realm, READABLE_STREAM.prototypeFor(realm, newTarget));
    if ("bytes".equals(dict.type())) {
      if (strategy.size() != null) {
        throw HostErrors.rangeError(realm, "Failed to construct 'ReadableStream': a byte stream cannot have a size function");
      }
      double hwm = strategy.highWaterMark(realm, 0);
      ByteController.setUpFromSource(realm, stream, sourceObject, dict, hwm);
    } else {
      Strategies.SizeAlgorithm size = strategy.sizeAlgorithm();
      double hwm = strategy.highWaterMark(realm, 1);
      DefaultController.setUpFromSource(realm, stream, sourceObject, dict, hwm, size);
    }
    return stream;
  }

  /** The StreamPipeOptions dictionary (preventAbort, preventCancel, preventClose, signal). */
  record PipeOptions(boolean preventAbort, boolean preventCancel, boolean preventClose, AbortSignalObject signal) {
    static PipeOptions from(Realm realm, Object v, String ctx) {
      JsObject o = WebIdl.toDictionary(realm, v, ctx);
      boolean abort = WebIdl.toBoolean(WebIdl.member(realm, o, "preventAbort"));
      boolean cancel = WebIdl.toBoolean(WebIdl.member(realm, o, "preventCancel"));
      boolean close = WebIdl.toBoolean(WebIdl.member(realm, o, "preventClose"));
      Object s = WebIdl.member(realm, o, "signal");
      AbortSignalObject signal = null;
      if (s != Undefined.INSTANCE) {
        if (!(s instanceof AbortSignalObject a)) {
          throw HostErrors.typeError(realm, ctx + ": member signal is not of type 'AbortSignal'.");
        }
        signal = a;
      }
      return new PipeOptions(abort, cancel, close, signal);
    }
  }

  /** ReadableStream.prototype.pipeThrough(transform, options) */
  private static Object pipeThrough(Realm realm, ReadableStreamObject self, Object[] args) {
    String ctx = "Failed to execute 'pipeThrough' on 'ReadableStream'";
    Object t = arg(args, 0);
    if (!(t instanceof JsObject pair)) {
      throw HostErrors.typeError(realm, ctx + ": parameter 1 is not an object.");
    }
    Object readable = pair.get(realm, "readable", pair);
    if (!(readable instanceof ReadableStreamObject r)) {
      throw HostErrors.typeError(realm, ctx + ": member readable is not of type 'ReadableStream'.");
    }
    Object writable = pair.get(realm, "writable", pair);
    if (!(writable instanceof WritableStreamObject w)) {
      throw HostErrors.typeError(realm, ctx + ": member writable is not of type 'WritableStream'.");
    }
    PipeOptions options = PipeOptions.from(realm, arg(args, 1), ctx);
    if (self.reader != null) {
      throw ReadableStreams.lockedError(realm, ctx);
    }
    if (w.writer != null) {
      throw HostErrors.typeError(realm, ctx + ": the writable stream is locked to a writer");
    }
    JsObject promise = PipeTo.pipe(realm, self, w, options.preventClose(), options.preventAbort(), options.preventCancel(),
        options.signal());
    Promises.setHandled(realm, promise);
    return r;
  }

  /** ReadableStream.prototype.pipeTo(destination, options) */
  private static Object pipeTo(Realm realm, ReadableStreamObject self, Object[] args) {
    String ctx = "Failed to execute 'pipeTo' on 'ReadableStream'";
    if (!(arg(args, 0) instanceof WritableStreamObject dest)) {
      throw HostErrors.typeError(realm, ctx + ": parameter 1 is not of type 'WritableStream'.");
    }
    PipeOptions options = PipeOptions.from(realm, arg(args, 1), ctx);
    if (self.reader != null) {
      throw ReadableStreams.lockedError(realm, ctx);
    }
    if (dest.writer != null) {
      throw HostErrors.typeError(realm, ctx + ": the destination is locked to a writer");
    }
    return PipeTo.pipe(realm, self, dest, options.preventClose(), options.preventAbort(), options.preventCancel(), options.signal());
  }
}
