package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostErrors;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.values.Undefined;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * What the Fetch spec asks of streams (https://fetch.spec.whatwg.org/#concept-body): a stream over
 * known bytes, teeing for clones, reading all bytes, and a proxy for a Request's body.
 */
public final class BodySupport {
  private BodySupport() {}

  public static boolean isReadableStream(Object o) {
    return o instanceof ReadableStreamObject;
  }

  /** A readable byte stream that gives {@code bytes} as one chunk (none when empty), then closes. */
  public static ReadableStreamObject fromBytes(Realm realm, byte[] bytes) {
    ReadableStreamObject stream = ReadableStreams.createByteStream(realm, r -> Undefined.INSTANCE,
        r -> Promises.resolved(r, Undefined.INSTANCE), (r, reason) -> Promises.resolved(r, Undefined.INSTANCE));
    ByteController c = (ByteController) stream.controller;
    if (bytes.length > 0) {
      ByteController.enqueue(realm, c, BufferSources.newUint8Array(realm, bytes));
    }
    ByteController.close(realm, c);
    return stream;
  }

  /** The stream of a byte body that a body method read: disturbed and locked, as if read whole. */
  public static ReadableStreamObject usedStream(Realm realm) {
    ReadableStreamObject s = fromBytes(realm, new byte[0]);
    ReadableStreams.acquireDefaultReader(realm, s);
    s.disturbed = true;
    return s;
  }

  /** ReadableStreamTee(stream, true) for a body clone. */
  public static JsObject[] tee(Realm realm, JsObject stream) {
    return Tee.tee(realm, (ReadableStreamObject) stream, true);
  }

  /**
   * Fully read a body stream: each chunk must be a Uint8Array (else a TypeError); {@code done} gets
   * the bytes once the stream closes, {@code failed} the error.
   */
  public static void readAllBytes(Realm realm, JsObject stream, Consumer<byte[]> done, Consumer<Object> failed) {
    DefaultReader reader = ReadableStreams.acquireDefaultReader(realm, (ReadableStreamObject) stream);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadRequest request = new ReadRequest() {
      @Override
      public void chunk(Realm r, Object chunk) {
        if (!(chunk instanceof TypedArrayObject t) || !"Uint8Array".equals(t.type().typedArrayName)) {
          Object e = HostErrors.typeError(r, "A body stream gave a chunk that is not a Uint8Array").value();
          ReadableStreams.cancel(r, reader.stream, e);
          failed.accept(e);
          return;
        }
        BufferSources.Bytes b = BufferSources.view(chunk);
        r.heap.charge(b.length());
        out.write(b.data(), b.offset(), b.length());
        // The next read waits a microtask, as a promise-based loop would.
        ReadRequest self = this;
        Promises.upon(r, Promises.resolved(r, Undefined.INSTANCE), v -> Readers.read(r, reader, self), null);
      }

      @Override
      public void close(Realm r) {
        done.accept(out.toByteArray());
      }

      @Override
      public void error(Realm r, Object e) {
        failed.accept(e);
      }
    };
    Readers.read(realm, reader, request);
  }

  /** A Request's body taken from another: the input stream piped through an identity TransformStream. */
  public static JsObject proxy(Realm realm, JsObject stream) {
    TransformStreamClass.TransformStreamObject ts = TransformStreamClass.create(realm, (r, chunk) -> {
      return Promises.resolved(r, Undefined.INSTANCE);
    }, r -> Promises.resolved(r, Undefined.INSTANCE));
    ts.controller.transformAlgorithm = (r, chunk) -> {
      try {
        TransformStreamClass.enqueue(r, ts.controller, chunk);
      } catch (dev.islet.errors.JsThrow t) {
        return Promises.rejected(r, t.value());
      }
      return Promises.resolved(r, Undefined.INSTANCE);
    };
    JsObject p = PipeTo.pipe(realm, (ReadableStreamObject) stream, ts.writable, false, false, false, null);
    Promises.setHandled(realm, p);
    return ts.readable;
  }
}
