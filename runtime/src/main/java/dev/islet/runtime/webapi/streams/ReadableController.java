package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostObject;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;

/**
 * What a ReadableStream asks of its controller (a ReadableStreamDefaultController or a
 * ReadableByteStreamController): the [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]].
 */
abstract class ReadableController extends HostObject {
  ReadableStreamObject stream;

  ReadableController(Realm realm, JsObject proto) {
    super(realm, proto);
  }

  abstract JsObject cancelSteps(Realm realm, Object reason);

  abstract void pullSteps(Realm realm, ReadRequest request);

  abstract void releaseSteps();

  /** A read request — https://streams.spec.whatwg.org/#read-request. */
  interface ReadRequest {
    void chunk(Realm realm, Object chunk);

    void close(Realm realm);

    void error(Realm realm, Object e);
  }

  /** A read-into request — https://streams.spec.whatwg.org/#read-into-request. */
  interface ReadIntoRequest {
    void chunk(Realm realm, Object chunk);

    void close(Realm realm, Object chunk);

    void error(Realm realm, Object e);
  }

  /** Underlying-source algorithms as Java steps. */
  @FunctionalInterface
  interface PullAlgorithm {
    JsObject pull(Realm realm);
  }

  @FunctionalInterface
  interface CancelAlgorithm {
    JsObject cancel(Realm realm, Object reason);
  }

  @FunctionalInterface
  interface StartAlgorithm {
    Object start(Realm realm);
  }
}
