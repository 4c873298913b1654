package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.WebIdl;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ReadableByteStreamController} and {@code ReadableStreamBYOBRequest} —
 * https://streams.spec.whatwg.org/#rbs-controller-class, #rs-byob-request-class.
 */
public final class ByteController extends ReadableController {
  /** A readable byte stream queue entry. */
  static final class QueueEntry {
    final ArrayBufferObject buffer;
    int byteOffset;
    int byteLength;

    QueueEntry(ArrayBufferObject buffer, int byteOffset, int byteLength) {
      this.buffer = buffer;
      this.byteOffset = byteOffset;
      this.byteLength = byteLength;
    }
  }

  static final int DEFAULT = 0;
  static final int BYOB = 1;
  static final int NONE = 2;

  /** A pull-into descriptor; {@code like} is a view of the type to construct (null: Uint8Array). */
  static final class PullInto {
    ArrayBufferObject buffer;
    int bufferByteLength;
    int byteOffset;
    int byteLength;
    int bytesFilled;
    int minimumFill;
    int elementSize;
    JsObject like;
    int readerType;
  }

  double autoAllocateChunkSize = Double.NaN;
  ByobRequest byobRequest;
  CancelAlgorithm cancelAlgorithm;
  PullAlgorithm pullAlgorithm;
  boolean closeRequested;
  boolean pullAgain;
  boolean pulling;
  boolean started;
  double strategyHwm;
  final ArrayDeque<PullInto> pendingPullIntos = new ArrayDeque<>();
  final ArrayDeque<QueueEntry> queue = new ArrayDeque<>();
  double queueTotalSize;

  ByteController(Realm realm, JsObject proto) {
    super(realm, proto);
  }

  @Override
  public String className() {
    return "ReadableByteStreamController";
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(stream);
    v.visit(byobRequest);
    for (QueueEntry e : queue) {
      v.visit(e.buffer);
    }
    for (PullInto p : pendingPullIntos) {
      v.visit(p.buffer);
      v.visit(p.like);
    }
  }

  /** A ReadableStreamBYOBRequest: its controller and view (both null once invalidated). */
  public static final class ByobRequest extends HostObject {
    ByteController controller;
    JsObject view;

    ByobRequest(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    @Override
    public String className() {
      return "ReadableStreamBYOBRequest";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(controller);
      v.visit(view);
    }
  }

  private static Object arg(Object[] args, int i) {
    return args.length > i ? args[i] : Undefined.INSTANCE;
  }

  public static final HostClass<ByteController> CLASS = HostClass.builder("ReadableByteStreamController", ByteController.class)
      .constructor(0, null)
      .getter("byobRequest", (realm, self) -> {
        ByobRequest r = getByobRequest(realm, self);
        return r == null ? Null.INSTANCE : r;
      })
      .getter("desiredSize", (realm, self) -> {
        double d = desiredSize(self);
        return Double.isNaN(d) ? Null.INSTANCE : (Object) d;
      })
      .method("close", 0, (realm, self, args) -> {
        if (self.closeRequested) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.close: the stream is already closing");
        }
        if (self.stream.state != ReadableStreamObject.READABLE) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.close: the stream is not readable");
        }
        close(realm, self);
        return Undefined.INSTANCE;
      })
      .method("enqueue", 1, (realm, self, args) -> {
        Object chunk = arg(args, 0);
        if (!BufferSources.isView(chunk)) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.enqueue: the chunk is not an ArrayBufferView");
        }
        JsObject view = (JsObject) chunk;
        if (Views.byteLength(view) == 0) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.enqueue: the chunk is empty");
        }
        if (Views.buffer(view).byteLength() == 0) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.enqueue: the chunk's buffer is empty");
        }
        if (self.closeRequested) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.enqueue: the stream is closing");
        }
        if (self.stream.state != ReadableStreamObject.READABLE) {
          throw HostErrors.typeError(realm, "ReadableByteStreamController.enqueue: the stream is not readable");
        }
        enqueue(realm, self, view);
        return Undefined.INSTANCE;
      })
      .method("error", 0, (realm, self, args) -> {
        error(realm, self, arg(args, 0));
        return Undefined.INSTANCE;
      })
      .build();

  public static final HostClass<ByobRequest> BYOB_REQUEST = HostClass.builder("ReadableStreamBYOBRequest", ByobRequest.class)
      .constructor(0, null)
      .getter("view", (realm, self) -> self.view == null ? Null.INSTANCE : self.view)
      .method("respond", 1, (realm, self, args) -> {
        double bytesWritten = WebIdl.toUnsignedLongLong(realm, arg(args, 0), WebIdl.IntMode.ENFORCE_RANGE,
            "Failed to execute 'respond' on 'ReadableStreamBYOBRequest'");
        if (self.controller == null) {
          throw HostErrors.typeError(realm, "respond: the request was invalidated");
        }
        if (Views.buffer(self.view).isDetached()) {
          throw HostErrors.typeError(realm, "respond: the view's buffer is detached");
        }
        respond(realm, self.controller, bytesWritten);
        return Undefined.INSTANCE;
      })
      .method("respondWithNewView", 1, (realm, self, args) -> {
        Object v = arg(args, 0);
        if (!BufferSources.isView(v)) {
          throw HostErrors.typeError(realm, "respondWithNewView: the view is not an ArrayBufferView");
        }
        if (self.controller == null) {
          throw HostErrors.typeError(realm, "respondWithNewView: the request was invalidated");
        }
        if (Views.buffer((JsObject) v).isDetached()) {
          throw HostErrors.typeError(realm, "respondWithNewView: the view's buffer is detached");
        }
        respondWithNewView(realm, self.controller, (JsObject) v);
        return Undefined.INSTANCE;
      })
      .build();

  // ------------------------------------------------------------------ helpers

  /** TransferArrayBuffer: a TypeError for a detached buffer. */
  static ArrayBufferObject transfer(Realm realm, ArrayBufferObject b) {
    if (b.isDetached()) {
      throw HostErrors.typeError(realm, "The ArrayBuffer is detached");
    }
    return b.transfer(realm);
  }

  static JsObject makeView(Realm realm, JsObject like, ArrayBufferObject buffer, int byteOffset, int length) {
    if (like == null) {
      return (JsObject) ObjectOperations.construct(realm, realm.intrinsic(dev.islet.realm.Intrinsic.UINT8_ARRAY),
          new Object[] {buffer, byteOffset, length}, null);
    }
    return BufferSources.newViewLike(realm, like, buffer, byteOffset, length);
  }

  // ------------------------------------------------------------------ abstract operations

  static void callPullIfNeeded(Realm realm, ByteController c) {
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

  static boolean shouldCallPull(ByteController c) {
    ReadableStreamObject stream = c.stream;
    if (stream.state != ReadableStreamObject.READABLE || c.closeRequested || !c.started) {
      return false;
    }
    if (ReadableStreams.hasDefaultReader(stream) && ReadableStreams.numReadRequests(stream) > 0) {
      return true;
    }
    if (ReadableStreams.hasByobReader(stream) && ReadableStreams.numReadIntoRequests(stream) > 0) {
      return true;
    }
    return desiredSize(c) > 0;
  }

  static void clearAlgorithms(ByteController c) {
    c.pullAlgorithm = null;
    c.cancelAlgorithm = null;
  }

  static void clearPendingPullIntos(ByteController c) {
    invalidateByobRequest(c);
    c.pendingPullIntos.clear();
  }

  static void close(Realm realm, ByteController c) {
    ReadableStreamObject stream = c.stream;
    if (c.closeRequested || stream.state != ReadableStreamObject.READABLE) {
      return;
    }
    if (c.queueTotalSize > 0) {
      c.closeRequested = true;
      return;
    }
    if (!c.pendingPullIntos.isEmpty()) {
      PullInto first = c.pendingPullIntos.peekFirst();
      if (first.bytesFilled % first.elementSize != 0) {
        JsThrow e = HostErrors.typeError(realm, "The stream closed with a partial element in the BYOB request");
        error(realm, c, e.value());
        throw e;
      }
    }
    clearAlgorithms(c);
    ReadableStreams.close(realm, stream);
  }

  static void commitPullIntoDescriptor(Realm realm, ReadableStreamObject stream, PullInto d) {
    boolean done = stream.state == ReadableStreamObject.CLOSED;
    JsObject filledView = convertPullIntoDescriptor(realm, d);
    if (d.readerType == DEFAULT) {
      ReadableStreams.fulfillReadRequest(realm, stream, filledView, done);
    } else {
      ReadableStreams.fulfillReadIntoRequest(realm, stream, filledView, done);
    }
  }

  static JsObject convertPullIntoDescriptor(Realm realm, PullInto d) {
    ArrayBufferObject buffer = transfer(realm, d.buffer);
    return makeView(realm, d.like, buffer, d.byteOffset, d.bytesFilled / d.elementSize);
  }

  static void enqueue(Realm realm, ByteController c, JsObject chunk) {
    ReadableStreamObject stream = c.stream;
    if (c.closeRequested || stream.state != ReadableStreamObject.READABLE) {
      return;
    }
    ArrayBufferObject buffer = Views.buffer(chunk);
    int byteOffset = Views.byteOffset(chunk);
    int byteLength = Views.byteLength(chunk);
    if (buffer.isDetached()) {
      throw HostErrors.typeError(realm, "enqueue: the chunk's buffer is detached");
    }
    ArrayBufferObject transferred = transfer(realm, buffer);
    if (!c.pendingPullIntos.isEmpty()) {
      PullInto first = c.pendingPullIntos.peekFirst();
      if (first.buffer.isDetached()) {
        throw HostErrors.typeError(realm, "enqueue: the BYOB request's buffer is detached");
      }
      invalidateByobRequest(c);
      first.buffer = transfer(realm, first.buffer);
      if (first.readerType == NONE) {
        enqueueDetachedPullIntoToQueue(realm, c, first);
      }
    }
    if (ReadableStreams.hasDefaultReader(stream)) {
      processReadRequestsUsingQueue(realm, c);
      if (ReadableStreams.numReadRequests(stream) == 0) {
        enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
      } else {
        if (!c.pendingPullIntos.isEmpty()) {
          c.pendingPullIntos.removeFirst();
        }
        JsObject view = makeView(realm, null, transferred, byteOffset, byteLength);
        ReadableStreams.fulfillReadRequest(realm, stream, view, false);
      }
    } else if (ReadableStreams.hasByobReader(stream)) {
      enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
      for (PullInto d : processPullIntoDescriptorsUsingQueue(realm, c)) {
        commitPullIntoDescriptor(realm, stream, d);
      }
    } else {
      enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    }
    callPullIfNeeded(realm, c);
  }

  static void enqueueChunkToQueue(ByteController c, ArrayBufferObject buffer, int byteOffset, int byteLength) {
    c.queue.addLast(new QueueEntry(buffer, byteOffset, byteLength));
    c.queueTotalSize += byteLength;
  }

  static void enqueueClonedChunkToQueue(Realm realm, ByteController c, ArrayBufferObject buffer, int byteOffset, int byteLength) {
    ArrayBufferObject clone;
    try {
      clone = BufferSources.newArrayBuffer(realm, buffer.data(), byteOffset, byteLength);
    } catch (JsThrow t) {
      error(realm, c, t.value());
      throw t;
    }
    enqueueChunkToQueue(c, clone, 0, byteLength);
  }

  static void enqueueDetachedPullIntoToQueue(Realm realm, ByteController c, PullInto d) {
    if (d.bytesFilled > 0) {
      enqueueClonedChunkToQueue(realm, c, d.buffer, d.byteOffset, d.bytesFilled);
    }
    c.pendingPullIntos.removeFirst();
  }

  static void error(Realm realm, ByteController c, Object e) {
    ReadableStreamObject stream = c.stream;
    if (stream.state != ReadableStreamObject.READABLE) {
      return;
    }
    clearPendingPullIntos(c);
    c.queue.clear();
    c.queueTotalSize = 0;
    clearAlgorithms(c);
    ReadableStreams.error(realm, stream, e);
  }

  static boolean fillPullIntoDescriptorFromQueue(Realm realm, ByteController c, PullInto d) {
    int maxBytesToCopy = (int) Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
    int maxBytesFilled = d.bytesFilled + maxBytesToCopy;
    int totalBytesToCopyRemaining = maxBytesToCopy;
    boolean ready = false;
    int remainderBytes = maxBytesFilled % d.elementSize;
    int maxAlignedBytes = maxBytesFilled - remainderBytes;
    if (maxAlignedBytes >= d.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - d.bytesFilled;
      ready = true;
    }
    while (totalBytesToCopyRemaining > 0) {
      QueueEntry head = c.queue.peekFirst();
      int bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
      int destStart = d.byteOffset + d.bytesFilled;
      System.arraycopy(head.buffer.data(), head.byteOffset, d.buffer.data(), destStart, bytesToCopy);
      if (head.byteLength == bytesToCopy) {
        c.queue.removeFirst();
      } else {
        head.byteOffset += bytesToCopy;
        head.byteLength -= bytesToCopy;
      }
      c.queueTotalSize -= bytesToCopy;
      d.bytesFilled += bytesToCopy;
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }

  static void fillReadRequestFromQueue(Realm realm, ByteController c, ReadRequest request) {
    QueueEntry entry = c.queue.removeFirst();
    c.queueTotalSize -= entry.byteLength;
    handleQueueDrain(realm, c);
    JsObject view = makeView(realm, null, entry.buffer, entry.byteOffset, entry.byteLength);
    request.chunk(realm, view);
  }

  static ByobRequest getByobRequest(Realm realm, ByteController c) {
    if (c.byobRequest == null && !c.pendingPullIntos.isEmpty()) {
      PullInto first = c.pendingPullIntos.peekFirst();
      JsObject view = makeView(realm, null, first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
      ByobRequest r = new ByobRequest(realm, BYOB_REQUEST.prototype(realm));
      r.controller = c;
      r.view = view;
      c.byobRequest = r;
    }
    return c.byobRequest;
  }

  static double desiredSize(ByteController c) {
    int state = c.stream.state;
    if (state == ReadableStreamObject.ERRORED) {
      return Double.NaN;
    }
    if (state == ReadableStreamObject.CLOSED) {
      return 0;
    }
    return c.strategyHwm - c.queueTotalSize;
  }

  static void handleQueueDrain(Realm realm, ByteController c) {
    if (c.queueTotalSize == 0 && c.closeRequested) {
      clearAlgorithms(c);
      ReadableStreams.close(realm, c.stream);
    } else {
      callPullIfNeeded(realm, c);
    }
  }

  static void invalidateByobRequest(ByteController c) {
    if (c.byobRequest == null) {
      return;
    }
    c.byobRequest.controller = null;
    c.byobRequest.view = null;
    c.byobRequest = null;
  }

  static List<PullInto> processPullIntoDescriptorsUsingQueue(Realm realm, ByteController c) {
    List<PullInto> filled = new ArrayList<>();
    while (!c.pendingPullIntos.isEmpty()) {
      if (c.queueTotalSize == 0) {
        break;
      }
      PullInto d = c.pendingPullIntos.peekFirst();
      if (fillPullIntoDescriptorFromQueue(realm, c, d)) {
        c.pendingPullIntos.removeFirst();
        filled.add(d);
      }
    }
    return filled;
  }

  static void processReadRequestsUsingQueue(Realm realm, ByteController c) {
    DefaultReader reader = (DefaultReader) c.stream.reader;
    while (!reader.readRequests.isEmpty()) {
      if (c.queueTotalSize == 0) {
        return;
      }
      ReadRequest request = reader.readRequests.removeFirst();
      fillReadRequestFromQueue(realm, c, request);
    }
  }

  /** ReadableByteStreamControllerPullInto */
  static void pullInto(ByteController c, Realm realm, JsObject view, long min, ReadIntoRequest request) {
    ReadableStreamObject stream = c.stream;
    int elementSize = Views.elementSize(view);
    PullInto d = new PullInto();
    d.minimumFill = (int) (min * elementSize);
    d.byteOffset = Views.byteOffset(view);
    d.byteLength = Views.byteLength(view);
    try {
      d.buffer = transfer(realm, Views.buffer(view));
    } catch (JsThrow t) {
      request.error(realm, t.value());
      return;
    }
    d.bufferByteLength = d.buffer.byteLength();
    d.elementSize = elementSize;
    d.like = view;
    d.readerType = BYOB;
    if (!c.pendingPullIntos.isEmpty()) {
      c.pendingPullIntos.addLast(d);
      ReadableStreams.addReadIntoRequest(stream, request);
      return;
    }
    if (stream.state == ReadableStreamObject.CLOSED) {
      request.close(realm, makeView(realm, view, d.buffer, d.byteOffset, 0));
      return;
    }
    if (c.queueTotalSize > 0) {
      if (fillPullIntoDescriptorFromQueue(realm, c, d)) {
        JsObject filledView = convertPullIntoDescriptor(realm, d);
        handleQueueDrain(realm, c);
        request.chunk(realm, filledView);
        return;
      }
      if (c.closeRequested) {
        Object e = HostErrors.typeError(realm, "The stream is closing with a partial element").value();
        error(realm, c, e);
        request.error(realm, e);
        return;
      }
    }
    c.pendingPullIntos.addLast(d);
    ReadableStreams.addReadIntoRequest(stream, request);
    callPullIfNeeded(realm, c);
  }

  static void respond(Realm realm, ByteController c, double bytesWritten) {
    PullInto first = c.pendingPullIntos.peekFirst();
    if (c.stream.state == ReadableStreamObject.CLOSED) {
      if (bytesWritten != 0) {
        throw HostErrors.typeError(realm, "respond: bytesWritten must be 0 once the stream is closed");
      }
    } else {
      if (bytesWritten == 0) {
        throw HostErrors.typeError(realm, "respond: bytesWritten must be greater than 0");
      }
      if (first.bytesFilled + bytesWritten > first.byteLength) {
        throw HostErrors.rangeError(realm, "respond: bytesWritten is out of range");
      }
    }
    first.buffer = transfer(realm, first.buffer);
    respondInternal(realm, c, (int) bytesWritten);
  }

  static void respondInClosedState(Realm realm, ByteController c, PullInto first) {
    if (first.readerType == NONE) {
      c.pendingPullIntos.removeFirst();
    }
    ReadableStreamObject stream = c.stream;
    if (ReadableStreams.hasByobReader(stream)) {
      while (ReadableStreams.numReadIntoRequests(stream) > 0) {
        PullInto d = c.pendingPullIntos.removeFirst();
        commitPullIntoDescriptor(realm, stream, d);
      }
    }
  }

  static void respondInReadableState(Realm realm, ByteController c, int bytesWritten, PullInto d) {
    d.bytesFilled += bytesWritten;
    if (d.readerType == NONE) {
      enqueueDetachedPullIntoToQueue(realm, c, d);
      for (PullInto p : processPullIntoDescriptorsUsingQueue(realm, c)) {
        commitPullIntoDescriptor(realm, c.stream, p);
      }
      return;
    }
    if (d.bytesFilled < d.minimumFill) {
      return;
    }
    c.pendingPullIntos.removeFirst();
    int remainderSize = d.bytesFilled % d.elementSize;
    if (remainderSize > 0) {
      int end = d.byteOffset + d.bytesFilled;
      enqueueClonedChunkToQueue(realm, c, d.buffer, end - remainderSize, remainderSize);
    }
    d.bytesFilled -= remainderSize;
    List<PullInto> filled = processPullIntoDescriptorsUsingQueue(realm, c);
    commitPullIntoDescriptor(realm, c.stream, d);
    for (PullInto p : filled) {
      commitPullIntoDescriptor(realm, c.stream, p);
    }
  }

  static void respondInternal(Realm realm, ByteController c, int bytesWritten) {
    PullInto first = c.pendingPullIntos.peekFirst();
    invalidateByobRequest(c);
    if (c.stream.state == ReadableStreamObject.CLOSED) {
      respondInClosedState(realm, c, first);
    } else {
      respondInReadableState(realm, c, bytesWritten, first);
    }
    callPullIfNeeded(realm, c);
  }

  static void respondWithNewView(Realm realm, ByteController c, JsObject view) {
    PullInto first = c.pendingPullIntos.peekFirst();
    int viewByteLength = Views.byteLength(view);
    if (c.stream.state == ReadableStreamObject.CLOSED) {
      if (viewByteLength != 0) {
        throw HostErrors.typeError(realm, "respondWithNewView: the view must be empty once the stream is closed");
      }
    } else if (viewByteLength == 0) {
      throw HostErrors.typeError(realm, "respondWithNewView: the view is empty");
    }
    if (first.byteOffset + first.bytesFilled != Views.byteOffset(view)) {
      throw HostErrors.rangeError(realm, "respondWithNewView: the view's offset does not match the request");
    }
    if (first.bufferByteLength != Views.buffer(view).byteLength()) {
      throw HostErrors.rangeError(realm, "respondWithNewView: the view's buffer length does not match the request");
    }
    if (first.bytesFilled + viewByteLength > first.byteLength) {
      throw HostErrors.rangeError(realm, "respondWithNewView: the view is too long");
    }
    first.buffer = transfer(realm, Views.buffer(view));
    respondInternal(realm, c, viewByteLength);
  }

  @Override
  JsObject cancelSteps(Realm realm, Object reason) {
    clearPendingPullIntos(this);
    queue.clear();
    queueTotalSize = 0;
    JsObject result = cancelAlgorithm.cancel(realm, reason);
    clearAlgorithms(this);
    return result;
  }

  @Override
  void pullSteps(Realm realm, ReadRequest request) {
    if (queueTotalSize > 0) {
      fillReadRequestFromQueue(realm, this, request);
      return;
    }
    if (!Double.isNaN(autoAllocateChunkSize)) {
      ArrayBufferObject buffer;
      try {
        buffer = ArrayBufferObject.allocate(realm, null, (long) autoAllocateChunkSize, -1);
      } catch (JsThrow t) {
        request.error(realm, t.value());
        return;
      }
      PullInto d = new PullInto();
      d.buffer = buffer;
      d.bufferByteLength = (int) autoAllocateChunkSize;
      d.byteLength = (int) autoAllocateChunkSize;
      d.minimumFill = 1;
      d.elementSize = 1;
      d.readerType = DEFAULT;
      pendingPullIntos.addLast(d);
    }
    ReadableStreams.addReadRequest(stream, request);
    callPullIfNeeded(realm, this);
  }

  @Override
  void releaseSteps() {
    if (!pendingPullIntos.isEmpty()) {
      PullInto first = pendingPullIntos.peekFirst();
      first.readerType = NONE;
      pendingPullIntos.clear();
      pendingPullIntos.addLast(first);
    }
  }

  /** SetUpReadableByteStreamController */
  static void setUp(Realm realm, ReadableStreamObject stream, ByteController c, StartAlgorithm start, PullAlgorithm pull,
      CancelAlgorithm cancel, double hwm, double autoAllocateChunkSize) {
    c.stream = stream;
    c.strategyHwm = hwm;
    c.pullAlgorithm = pull;
    c.cancelAlgorithm = cancel;
    c.autoAllocateChunkSize = autoAllocateChunkSize;
    stream.controller = c;
    Object startResult = start.start(realm);
    Promises.upon(realm, Promises.resolved(realm, startResult), v -> {
      c.started = true;
      callPullIfNeeded(realm, c);
    }, r -> error(realm, c, r));
  }

  /** SetUpReadableByteStreamControllerFromUnderlyingSource */
  static void setUpFromSource(Realm realm, ReadableStreamObject stream, JsObject source, UnderlyingSource dict, double hwm) {
    ByteController c = new ByteController(realm, CLASS.prototype(realm));
    StartAlgorithm start = dict.start() == null ? r -> Undefined.INSTANCE : r -> ObjectOperations.call(r, dict.start(), source, c);
    PullAlgorithm pull = r -> Promises.invoke(r, dict.pull(), source, c);
    CancelAlgorithm cancel = (r, reason) -> Promises.invoke(r, dict.cancel(), source, reason);
    if (dict.autoAllocateChunkSize() == 0) {
      throw HostErrors.typeError(realm, "Failed to construct 'ReadableStream': autoAllocateChunkSize must be greater than 0");
    }
    setUp(realm, stream, c, start, pull, cancel, hwm, dict.autoAllocateChunkSize());
  }
}
