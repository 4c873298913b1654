package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostObject;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.ArrayDeque;

/** A WritableStream's internal slots — https://streams.spec.whatwg.org/#ws-internal-slots. */
public final class WritableStreamObject extends HostObject {
  static final int WRITABLE = 0;
  static final int CLOSED = 1;
  static final int ERRORING = 2;
  static final int ERRORED = 3;

  /** A pending abort request. */
  record AbortRequest(JsObject promise, Object reason, boolean wasAlreadyErroring) {}

  int state = WRITABLE;
  Object storedError = Undefined.INSTANCE;
  boolean backpressure;
  WritableClasses.Writer writer;
  WritableClasses.Controller controller;
  JsObject inFlightWriteRequest;
  JsObject closeRequest;
  JsObject inFlightCloseRequest;
  AbortRequest pendingAbortRequest;
  final ArrayDeque<JsObject> writeRequests = new ArrayDeque<>();

  WritableStreamObject(Realm realm, JsObject proto) {
    super(realm, proto);
  }

  public boolean isLocked() {
    return writer != null;
  }

  @Override
  public String className() {
    return "WritableStream";
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(storedError);
    v.visit(writer);
    v.visit(controller);
    v.visit(inFlightWriteRequest);
    v.visit(closeRequest);
    v.visit(inFlightCloseRequest);
    if (pendingAbortRequest != null) {
      v.visit(pendingAbortRequest.promise());
      v.visit(pendingAbortRequest.reason());
    }
    for (JsObject p : writeRequests) {
      v.visit(p);
    }
  }
}
