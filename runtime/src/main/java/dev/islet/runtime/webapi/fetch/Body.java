package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.url.FormUrlEncoded;
import dev.islet.runtime.webapi.url.SearchParamsClass;
import java.nio.charset.StandardCharsets;

/**
 * A body — https://fetch.spec.whatwg.org/#concept-body: its bytes when they are known (a string,
 * buffer, form or blob source), or the ReadableStream that produces them. A byte body gets its stream
 * only when JS asks for {@code .body}; a body method reads the bytes directly and marks the body used.
 */
public final class Body {
  /** The bytes of a body whose source is known, else null (a stream body). */
  byte[] source;
  /** The ReadableStream: given (a stream body) or created on first {@code .body} access. */
  JsObject stream;
  /** Set when a body method read {@link #source} before any stream existed. */
  boolean consumed;

  private Body(byte[] source, JsObject stream) {
    this.source = source;
    this.stream = stream;
  }

  /** A body of known bytes (not copied: the caller hands them over). */
  public static Body ofBytes(byte[] bytes) {
    return new Body(bytes, null);
  }

  /** A body read from a ReadableStream. */
  public static Body ofStream(JsObject stream) {
    return new Body(null, stream);
  }

  /** The known bytes of the body, or null for a stream body (see {@link BodyStreams#readAll}). */
  public byte[] bytes() {
    return source;
  }

  /** The body's stream, if one exists yet (null for a byte body nobody asked the stream of). */
  public JsObject streamIfCreated() {
    return stream;
  }

  /** https://fetch.spec.whatwg.org/#body-unusable: disturbed or locked. */
  boolean isUnusable() {
    return consumed || stream != null && (BodyStreams.isDisturbed(stream) || BodyStreams.isLocked(stream));
  }

  /** https://fetch.spec.whatwg.org/#dom-body-bodyused */
  boolean isUsed() {
    return consumed || stream != null && BodyStreams.isDisturbed(stream);
  }

  long estimatedBytes() {
    return source == null ? 16 : SizeEstimates.ARRAY_HEADER + source.length;
  }

  void trace(HeapVisitor v) {
    v.visit(stream);
  }

  /**
   * Clone a body — https://fetch.spec.whatwg.org/#concept-body-clone: a byte body shares its
   * (immutable) bytes; a stream body is teed, this body keeping one branch.
   */
  Body cloneBody(Realm realm) {
    if (stream == null) {
      return new Body(source, null);
    }
    JsObject[] branches = BodyStreams.tee(realm, stream);
    stream = branches[0];
    return new Body(source, branches[1]);
  }

  /** The result of extracting a body: the body and its Content-Type (or null). */
  record Extracted(Body body, String contentType) {}

  /**
   * Extract a body — https://fetch.spec.whatwg.org/#concept-bodyinit-extract: from a string, buffer
   * source, URLSearchParams, Blob, FormData or ReadableStream.
   */
  static Extracted extract(Realm realm, Object value, boolean keepalive) {
    if (value instanceof JsObject o && BodyStreams.isReadableStream(o)) {
      if (keepalive) {
        throw HostErrors.typeError(realm, "A keepalive request cannot have a ReadableStream body");
      }
      if (BodyStreams.isDisturbed(o) || BodyStreams.isLocked(o)) {
        throw HostErrors.typeError(realm, "The ReadableStream body is disturbed or locked");
      }
      return new Extracted(ofStream(o), null);
    }
    byte[] bytes = BufferSources.copy(realm, value);
    if (bytes != null) {
      return new Extracted(ofBytes(bytes), null);
    }
    if (value instanceof SearchParamsClass.SearchParamsObject p) {
      String s = FormUrlEncoded.serialize(p.pairs());
      return new Extracted(ofBytes(utf8(realm, s)), "application/x-www-form-urlencoded;charset=UTF-8");
    }
    Extracted special = BodyStreams.extractOther(realm, value);
    if (special != null) {
      return special;
    }
    String s = WebIdl.toUSVString(realm, value);
    return new Extracted(ofBytes(utf8(realm, s)), "text/plain;charset=UTF-8");
  }

  /** UTF-8 encode, charged to the heap first. */
  static byte[] utf8(Realm realm, String s) {
    realm.heap.charge(SizeEstimates.ARRAY_HEADER + 3L * s.length());
    realm.agent.budget.charge(1 + (s.length() >> 6));
    // Java's encoder would turn a lone surrogate into '?': WHATWG's UTF-8 encode writes U+FFFD.
    return WebIdl.toWellFormed(s).getBytes(StandardCharsets.UTF_8);
  }
}
