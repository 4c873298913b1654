package dev.islet.runtime.webapi.fetch;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Null;

/**
 * Where bodies meet streams, blobs and forms: the operations {@link Body} needs from those packages.
 *
 * <p>TODO(conform): streams are not wired in yet: {@code .body} is null and stream bodies are refused.
 */
final class BodyStreams {
  private BodyStreams() {}

  static boolean isReadableStream(JsObject o) {
    return false;
  }

  static boolean isDisturbed(JsObject stream) {
    return false;
  }

  static boolean isLocked(JsObject stream) {
    return false;
  }

  static JsObject[] tee(Realm realm, JsObject stream) {
    throw new IllegalStateException("stream bodies are not supported yet");
  }

  /**
   * Takes the body of an input Request for a new Request: the input is left used. A byte body moves
   * its bytes; a stream body moves its stream.
   */
  static Body transfer(Realm realm, Body input) {
    Body b = input.stream == null ? Body.ofBytes(input.source) : Body.ofStream(input.stream);
    input.consumed = true;
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
    return body == null || body.stream == null ? Null.INSTANCE : body.stream;
  }
}
