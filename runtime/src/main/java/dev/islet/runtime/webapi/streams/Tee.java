package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.BufferSources;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.values.Undefined;

/** ReadableStreamTee — https://streams.spec.whatwg.org/#readable-stream-tee. */
final class Tee {
  private Tee() {}

  static ReadableStreamObject[] tee(Realm realm, ReadableStreamObject stream, boolean cloneForBranch2) {
    if (stream.controller instanceof ByteController) {
      return ByteTee.tee(realm, stream);
    }
    return new Tee.Default(realm, stream, cloneForBranch2).branches(realm);
  }

  /**
   * A copy of a chunk for the second branch: buffers and views get their own bytes (StructuredClone
   * for the kinds a body stream carries); other values are shared.
   * TODO(conform): StructuredClone of any other chunk.
   */
  static Object cloneChunk(Realm realm, Object chunk) {
    if (chunk instanceof dev.islet.builtins.structured.ArrayBufferObject ab && !ab.isShared()) {
      return BufferSources.newArrayBuffer(realm, BufferSources.copy(realm, ab));
    }
    if (chunk instanceof JsObject view && BufferSources.isView(view)) {
      dev.islet.builtins.structured.ArrayBufferObject buffer = Views.buffer(view);
      if (buffer.isDetached()) {
        return chunk;
      }
      dev.islet.builtins.structured.ArrayBufferObject copy = BufferSources.newArrayBuffer(realm, BufferSources.copy(realm, buffer));
      return BufferSources.newViewLike(realm, view, copy, Views.byteOffset(view), Views.byteLength(view) / Views.elementSize(view));
    }
    return chunk;
  }

  /** ReadableStreamDefaultTee: the state its algorithms share. */
  private static final class Default {
    final ReadableStreamObject stream;
    final DefaultReader reader;
    final boolean cloneForBranch2;
    boolean reading;
    boolean readAgain;
    boolean canceled1;
    boolean canceled2;
    Object reason1 = Undefined.INSTANCE;
    Object reason2 = Undefined.INSTANCE;
    ReadableStreamObject branch1;
    ReadableStreamObject branch2;
    final JsObject cancelPromise;

    Default(Realm realm, ReadableStreamObject stream, boolean cloneForBranch2) {
      this.stream = stream;
      this.cloneForBranch2 = cloneForBranch2;
      this.reader = ReadableStreams.acquireDefaultReader(realm, stream);
      this.cancelPromise = Promises.create(realm);
    }

    ReadableStreamObject[] branches(Realm realm) {
      branch1 = ReadableStreams.create(realm, r -> Undefined.INSTANCE, this::pull, (r, reason) -> cancel(r, reason, true), 1,
          Strategies.ONE);
      branch2 = ReadableStreams.create(realm, r -> Undefined.INSTANCE, this::pull, (r, reason) -> cancel(r, reason, false), 1,
          Strategies.ONE);
      Promises.upon(realm, reader.closedPromise, null, r -> {
        DefaultController.error(realm, (DefaultController) branch1.controller, r);
        DefaultController.error(realm, (DefaultController) branch2.controller, r);
        if (!canceled1 || !canceled2) {
          Promises.resolve(realm, cancelPromise, Undefined.INSTANCE);
        }
      });
      return new ReadableStreamObject[] {branch1, branch2};
    }

    JsObject pull(Realm realm) {
      if (reading) {
        readAgain = true;
        return Promises.resolved(realm, Undefined.INSTANCE);
      }
      reading = true;
      Readers.read(realm, reader, new ReadRequest() {
        @Override
        public void chunk(Realm r, Object chunk) {
          // Queue a microtask: the read's promise settles first, so errors seen there win.
          Promises.upon(r, Promises.resolved(r, Undefined.INSTANCE), v -> {
            readAgain = false;
            Object chunk1 = chunk;
            Object chunk2 = chunk;
            if (cloneForBranch2) {
              chunk2 = cloneChunk(r, chunk);
            }
            if (!canceled1) {
              DefaultController.enqueue(r, (DefaultController) branch1.controller, chunk1);
            }
            if (!canceled2) {
              DefaultController.enqueue(r, (DefaultController) branch2.controller, chunk2);
            }
            reading = false;
            if (readAgain) {
              pull(r);
            }
          }, null);
        }

        @Override
        public void close(Realm r) {
          reading = false;
          if (!canceled1) {
            DefaultController.close(r, (DefaultController) branch1.controller);
          }
          if (!canceled2) {
            DefaultController.close(r, (DefaultController) branch2.controller);
          }
          if (!canceled1 || !canceled2) {
            Promises.resolve(r, cancelPromise, Undefined.INSTANCE);
          }
        }

        @Override
        public void error(Realm r, Object e) {
          reading = false;
        }
      });
      return Promises.resolved(realm, Undefined.INSTANCE);
    }

    JsObject cancel(Realm realm, Object reason, boolean first) {
      if (first) {
        canceled1 = true;
        reason1 = reason;
      } else {
        canceled2 = true;
        reason2 = reason;
      }
      if (canceled1 && canceled2) {
        Object composite = ObjectOperations.createArrayFromList(realm, new Object[] {reason1, reason2});
        JsObject cancelResult = ReadableStreams.cancel(realm, stream, composite);
        Promises.resolve(realm, cancelPromise, cancelResult);
      }
      return cancelPromise;
    }
  }
}
