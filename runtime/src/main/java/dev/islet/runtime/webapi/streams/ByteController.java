package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;

/** {@code ReadableByteStreamController} — https://streams.spec.whatwg.org/#rbs-controller-class. */
public final class ByteController extends ReadableController {
  ByteController(Realm realm, JsObject proto) {
    super(realm, proto);
  }

  @Override
  public String className() {
    return "ReadableByteStreamController";
  }

  public static final HostClass<ByteController> CLASS = HostClass.builder("ReadableByteStreamController", ByteController.class)
      .constructor(0, null)
      .build();

  static void setUp(Realm realm, ReadableStreamObject stream, ByteController c, StartAlgorithm start, PullAlgorithm pull,
      CancelAlgorithm cancel, double hwm, double autoAllocateChunkSize) {
    throw HostErrors.rangeError(realm, "byte streams are not supported yet");
  }

  static void setUpFromSource(Realm realm, ReadableStreamObject stream, JsObject source, UnderlyingSource dict, double hwm) {
    throw HostErrors.rangeError(realm, "byte streams are not supported yet");
  }

  static void pullInto(ByteController c, Realm realm, JsObject view, long min, ReadIntoRequest request) {
    throw new IllegalStateException("byte streams are not supported yet");
  }

  @Override
  JsObject cancelSteps(Realm realm, Object reason) {
    throw new IllegalStateException();
  }

  @Override
  void pullSteps(Realm realm, ReadRequest request) {
    throw new IllegalStateException();
  }

  @Override
  void releaseSteps() {}
}
