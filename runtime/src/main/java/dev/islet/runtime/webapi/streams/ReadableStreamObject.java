package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostObject;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** A ReadableStream's internal slots — https://streams.spec.whatwg.org/#rs-internal-slots. */
public final class ReadableStreamObject extends HostObject {
  static final int READABLE = 0;
  static final int CLOSED = 1;
  static final int ERRORED = 2;

  int state = READABLE;
  Object storedError = Undefined.INSTANCE;
  boolean disturbed;
  /** A DefaultReader or ByobReader, or null. */
  Readers.Reader reader;
  /** A DefaultController or ByteController. */
  ReadableController controller;

  ReadableStreamObject(Realm realm, JsObject proto) {
    super(realm, proto);
  }

  public boolean isDisturbed() {
    return disturbed;
  }

  public boolean isLocked() {
    return reader != null;
  }

  public boolean isReadable() {
    return state == READABLE;
  }

  public boolean isErrored() {
    return state == ERRORED;
  }

  @Override
  public String className() {
    return "ReadableStream";
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(storedError);
    v.visit(reader);
    v.visit(controller);
  }
}
