package dev.islet.runtime.webapi.fetch;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.streams.BodySupport;
import dev.islet.runtime.webapi.streams.ReadableStreamObject;
import dev.islet.values.Null;

/**
 * Where bodies meet streams, blobs and forms: the operations {@link Body} needs from those packages.
 *
 * <p>A byte body gets its stream on first {@code .body}; from then on the body is read through it.
 */
final class BodyStreams {
  private BodyStreams() {}

  static boolean isReadableStream(JsObject o) {
    return BodySupport.isReadableStream(o);
  }

  static boolean isDisturbed(JsObject stream) {
    return ((ReadableStreamObject) stream).isDisturbed();
  }

  static boolean isLocked(JsObject stream) {
    return ((ReadableStreamObject) stream).isLocked();
  }

  static JsObject[] tee(Realm realm, JsObject stream) {
    return BodySupport.tee(realm, stream);
  }

  /**
   * Takes the body of an input Request for a new Request: the input is left used. A byte body moves
   * its bytes; a stream body moves its stream.
   */
  static Body transfer(Realm realm, Body input) {
    Body b;
    if (input.stream == null) {
      b = Body.ofBytes(input.source);
      input.consumed = true;
    } else {
      b = Body.ofStream(BodySupport.proxy(realm, input.stream));
    }
    return b;
  }

  /** A Blob or FormData body, or null when {@code value} is neither. */
  static Body.Extracted extractOther(Realm realm, Object value) {
    if (value instanceof dev.islet.runtime.webapi.file.BlobClass.BlobObject blob) {
      // A Blob's bytes never change, so the body may share them.
      return new Body.Extracted(Body.ofBytes(blob.bytes()), blob.type().isEmpty() ? null : blob.type());
    }
    if (value instanceof dev.islet.runtime.webapi.file.FormDataClass.FormDataObject form) {
      String boundary = dev.islet.runtime.webapi.file.Multipart.newBoundary();
      byte[] bytes = dev.islet.runtime.webapi.file.Multipart.encode(realm, form.entries(), boundary);
      return new Body.Extracted(Body.ofBytes(bytes), "multipart/form-data; boundary=" + boundary);
    }
    return null;
  }

  /** The value of {@code .body}: the body's stream (created from its bytes on first use), or null. */
  static Object bodyStream(Realm realm, Body body) {
    if (body == null) {
      return Null.INSTANCE;
    }
    if (body.stream == null) {
      body.stream = body.consumed ? BodySupport.usedStream(realm) : BodySupport.fromBytes(realm, body.source);
    }
    return body.stream;
  }
}
