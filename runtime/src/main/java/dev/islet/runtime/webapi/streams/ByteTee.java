package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.BufferSources;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.ReadableController.ReadIntoRequest;
import dev.islet.runtime.webapi.streams.ReadableController.ReadRequest;
import dev.islet.runtime.webapi.streams.Readers.ByobReader;
import dev.islet.runtime.webapi.streams.Readers.DefaultReader;
import dev.islet.values.Undefined;

/**
 * ReadableByteStreamTee — https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamtee:
 * two byte-stream branches; a branch's BYOB request is filled through a BYOB reader of the source,
 * and the other branch gets a copy.
 */
final class ByteTee {
  private final ReadableStreamObject stream;
  private Readers.Reader reader;
  private boolean reading;
  private boolean readAgainForBranch1;
  private boolean readAgainForBranch2;
  private boolean canceled1;
  private boolean canceled2;
  private Object reason1 = Undefined.INSTANCE;
  private Object reason2 = Undefined.INSTANCE;
  private ReadableStreamObject branch1;
  private ReadableStreamObject branch2;
  private final JsObject cancelPromise;

  private ByteTee(Realm realm, ReadableStreamObject stream) {
    this.stream = stream;
    this.reader = ReadableStreams.acquireDefaultReader(realm, stream);
    this.cancelPromise = Promises.create(realm);
  }

  static ReadableStreamObject[] tee(Realm realm, ReadableStreamObject stream) {
    ByteTee t = new ByteTee(realm, stream);
    t.branch1 = ReadableStreams.createByteStream(realm, r -> Undefined.INSTANCE, r -> t.pull(r, false), (r, reason) -> t.cancel(r, reason, false));
    t.branch2 = ReadableStreams.createByteStream(realm, r -> Undefined.INSTANCE, r -> t.pull(r, true), (r, reason) -> t.cancel(r, reason, true));
    t.forwardReaderError(realm, t.reader);
    return new ReadableStreamObject[] {t.branch1, t.branch2};
  }

  private ByteController ctl(ReadableStreamObject branch) {
    return (ByteController) branch.controller;
  }

  private void forwardReaderError(Realm realm, Readers.Reader thisReader) {
    Promises.upon(realm, thisReader.closedPromise, null, r -> {
      if (thisReader != reader) {
        return;
      }
      ByteController.error(realm, ctl(branch1), r);
      ByteController.error(realm, ctl(branch2), r);
      if (!canceled1 || !canceled2) {
        Promises.resolve(realm, cancelPromise, Undefined.INSTANCE);
      }
    });
  }

  /** CloneAsUint8Array */
  private static JsObject cloneAsUint8Array(Realm realm, JsObject view) {
    return BufferSources.newUint8Array(realm, BufferSources.copy(realm, view));
  }

  private void cloneFailed(Realm realm, Object e) {
    ByteController.error(realm, ctl(branch1), e);
    ByteController.error(realm, ctl(branch2), e);
    Promises.resolve(realm, cancelPromise, ReadableStreams.cancel(realm, stream, e));
  }

  private void afterChunk(Realm realm) {
    reading = false;
    if (readAgainForBranch1) {
      pull(realm, false);
    } else if (readAgainForBranch2) {
      pull(realm, true);
    }
  }

  private void pullWithDefaultReader(Realm realm) {
    if (reader instanceof ByobReader b) {
      Readers.release(realm, b);
      reader = ReadableStreams.acquireDefaultReader(realm, stream);
      forwardReaderError(realm, reader);
    }
    Readers.read(realm, (DefaultReader) reader, new ReadRequest() {
      @Override
      public void chunk(Realm r, Object chunk) {
        Promises.upon(r, Promises.resolved(r, Undefined.INSTANCE), v -> {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          JsObject chunk1 = (JsObject) chunk;
          JsObject chunk2 = chunk1;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(r, chunk1);
            } catch (JsThrow t) {
              cloneFailed(r, t.value());
              return;
            }
          }
          if (!canceled1) {
            ByteController.enqueue(r, ctl(branch1), chunk1);
          }
          if (!canceled2) {
            ByteController.enqueue(r, ctl(branch2), chunk2);
          }
          afterChunk(r);
        }, null);
      }

      @Override
      public void close(Realm r) {
        reading = false;
        if (!canceled1) {
          ByteController.close(r, ctl(branch1));
        }
        if (!canceled2) {
          ByteController.close(r, ctl(branch2));
        }
        if (!ctl(branch1).pendingPullIntos.isEmpty()) {
          ByteController.respond(r, ctl(branch1), 0);
        }
        if (!ctl(branch2).pendingPullIntos.isEmpty()) {
          ByteController.respond(r, ctl(branch2), 0);
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
  }

  private void pullWithByobReader(Realm realm, JsObject view, boolean forBranch2) {
    if (reader instanceof DefaultReader d) {
      Readers.release(realm, d);
      reader = ReadableStreams.acquireByobReader(realm, stream);
      forwardReaderError(realm, reader);
    }
    ReadableStreamObject byobBranch = forBranch2 ? branch2 : branch1;
    ReadableStreamObject otherBranch = forBranch2 ? branch1 : branch2;
    Readers.read(realm, (ByobReader) reader, view, 1, new ReadIntoRequest() {
      @Override
      public void chunk(Realm r, Object chunk) {
        Promises.upon(r, Promises.resolved(r, Undefined.INSTANCE), v -> {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          boolean byobCanceled = forBranch2 ? canceled2 : canceled1;
          boolean otherCanceled = forBranch2 ? canceled1 : canceled2;
          JsObject c = (JsObject) chunk;
          if (!otherCanceled) {
            JsObject cloned;
            try {
              cloned = cloneAsUint8Array(r, c);
            } catch (JsThrow t) {
              cloneFailed(r, t.value());
              return;
            }
            if (!byobCanceled) {
              ByteController.respondWithNewView(r, ctl(byobBranch), c);
            }
            ByteController.enqueue(r, ctl(otherBranch), cloned);
          } else if (!byobCanceled) {
            ByteController.respondWithNewView(r, ctl(byobBranch), c);
          }
          afterChunk(r);
        }, null);
      }

      @Override
      public void close(Realm r, Object chunk) {
        reading = false;
        boolean byobCanceled = forBranch2 ? canceled2 : canceled1;
        boolean otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) {
          ByteController.close(r, ctl(byobBranch));
        }
        if (!otherCanceled) {
          ByteController.close(r, ctl(otherBranch));
        }
        if (chunk != Undefined.INSTANCE) {
          if (!byobCanceled) {
            ByteController.respondWithNewView(r, ctl(byobBranch), (JsObject) chunk);
          }
          if (!otherCanceled && !ctl(otherBranch).pendingPullIntos.isEmpty()) {
            ByteController.respond(r, ctl(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) {
          Promises.resolve(r, cancelPromise, Undefined.INSTANCE);
        }
      }

      @Override
      public void error(Realm r, Object e) {
        reading = false;
      }
    });
  }

  private JsObject pull(Realm realm, boolean second) {
    if (reading) {
      if (second) {
        readAgainForBranch2 = true;
      } else {
        readAgainForBranch1 = true;
      }
      return Promises.resolved(realm, Undefined.INSTANCE);
    }
    reading = true;
    ByteController.ByobRequest byobRequest = ByteController.getByobRequest(realm, ctl(second ? branch2 : branch1));
    if (byobRequest == null) {
      pullWithDefaultReader(realm);
    } else {
      pullWithByobReader(realm, byobRequest.view, second);
    }
    return Promises.resolved(realm, Undefined.INSTANCE);
  }

  private JsObject cancel(Realm realm, Object reason, boolean second) {
    if (second) {
      canceled2 = true;
      reason2 = reason;
    } else {
      canceled1 = true;
      reason1 = reason;
    }
    if (canceled1 && canceled2) {
      Object composite = ObjectOperations.createArrayFromList(realm, new Object[] {reason1, reason2});
      Promises.resolve(realm, cancelPromise, ReadableStreams.cancel(realm, stream, composite));
    }
    return cancelPromise;
  }
}
