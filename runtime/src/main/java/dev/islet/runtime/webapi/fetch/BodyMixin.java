package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.BufferSources;
import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.runtime.webapi.file.FormDataClass;
import dev.islet.runtime.webapi.file.Multipart;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostPromises;
import dev.islet.builtins.structured.JsonObject;
import dev.islet.errors.JsThrow;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import java.nio.charset.StandardCharsets;

/**
 * The Body interface mixin — https://fetch.spec.whatwg.org/#body-mixin — shared by Request and
 * Response: {@code body}, {@code bodyUsed}, {@code arrayBuffer()}, {@code blob()}, {@code bytes()},
 * {@code formData()}, {@code json()} and {@code text()}.
 */
public final class BodyMixin {
  private BodyMixin() {}

  /** A Request or Response: a header list and a body (null for no body). */
  public abstract static class BodyOwner extends HostObject {
    Body body;
    HeaderList headerList;
    HeadersClass.HeadersObject headers;

    protected BodyOwner(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    /** The body, or null. */
    public Body body() {
      return body;
    }

    /** The header list (shared with the {@code headers} object). */
    public HeaderList headerList() {
      return headerList;
    }

    @Override
    public long estimatedSize() {
      return super.estimatedSize() + (body == null ? 0 : body.estimatedBytes());
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(headers);
      if (body != null) {
        body.trace(v);
      }
    }
  }

  private static final int ARRAY_BUFFER = 0;
  private static final int BLOB = 1;
  private static final int BYTES = 2;
  private static final int FORM_DATA = 3;
  private static final int JSON = 4;
  private static final int TEXT = 5;

  /** Adds the mixin's members to a Request or Response class. */
  static <T extends BodyOwner> HostClass.Builder<T> install(HostClass.Builder<T> b) {
    return b.getter("body", (realm, self) -> BodyStreams.bodyStream(realm, self.body))
        .getter("bodyUsed", (realm, self) -> self.body != null && self.body.isUsed())
        .method("arrayBuffer", 0, (realm, self, args) -> consume(realm, self, ARRAY_BUFFER))
        .method("blob", 0, (realm, self, args) -> consume(realm, self, BLOB))
        .method("bytes", 0, (realm, self, args) -> consume(realm, self, BYTES))
        .method("formData", 0, (realm, self, args) -> consume(realm, self, FORM_DATA))
        .method("json", 0, (realm, self, args) -> consume(realm, self, JSON))
        .method("text", 0, (realm, self, args) -> consume(realm, self, TEXT));
  }

  /** Consume body — https://fetch.spec.whatwg.org/#concept-body-consume-body */
  private static Object consume(Realm realm, BodyOwner owner, int kind) {
    Body body = owner.body;
    if (body != null && body.isUnusable()) {
      return HostPromises.rejected(realm, HostErrors.typeError(realm, "Body has already been used").value());
    }
    JsObject promise = HostPromises.create(realm);
    if (body == null) {
      settle(realm, promise, owner, kind, new byte[0]);
    } else if (body.stream == null) {
      body.consumed = true;
      settle(realm, promise, owner, kind, body.source);
    } else {
      dev.islet.runtime.webapi.streams.BodySupport.readAllBytes(realm, body.stream,
          bytes -> settle(realm, promise, owner, kind, bytes), e -> HostPromises.reject(realm, promise, e));
    }
    return promise;
  }

  private static void settle(Realm realm, JsObject promise, BodyOwner owner, int kind, byte[] bytes) {
    try {
      HostPromises.resolve(realm, promise, convert(realm, owner, kind, bytes));
    } catch (JsThrow t) {
      HostPromises.reject(realm, promise, t.value());
    }
  }

  private static Object convert(Realm realm, BodyOwner owner, int kind, byte[] bytes) {
    switch (kind) {
      case ARRAY_BUFFER:
        return BufferSources.newArrayBuffer(realm, bytes);
      case BYTES:
        return BufferSources.newUint8Array(realm, bytes);
      case TEXT:
        return utf8Decode(realm, bytes);
      case JSON:
        return JsonObject.parseText(realm, utf8Decode(realm, bytes));
      case BLOB:
        return dev.islet.runtime.webapi.file.BlobClass.newBlob(realm, bytes, mimeType(owner));
      default:
        return formData(realm, owner, bytes);
    }
  }

  /** formData(): a multipart/form-data or application/x-www-form-urlencoded body as a FormData; else a TypeError. */
  private static Object formData(Realm realm, BodyOwner owner, byte[] bytes) {
    String value = owner.headerList == null ? null : owner.headerList.get("content-type");
    MimeType m = value == null ? null : MimeType.parse(value);
    FormDataClass.FormDataObject form = FormDataClass.create(realm);
    if (m != null && m.essence().equals("multipart/form-data") && m.parameters.get("boundary") != null) {
      form.entries().addAll(Multipart.parse(realm, bytes, m.parameters.get("boundary")));
      return form;
    }
    if (m != null && m.essence().equals("application/x-www-form-urlencoded")) {
      for (String[] pair : dev.islet.runtime.webapi.url.FormUrlEncoded.parse(utf8Decode(realm, bytes))) {
        form.entries().add(new FormDataClass.Entry(pair[0], pair[1]));
      }
      return form;
    }
    throw HostErrors.typeError(realm, "Could not parse content as FormData.");
  }

  /** The body's MIME type, serialized (Blob's type), or the empty string when there is none or it does not parse. */
  private static String mimeType(BodyOwner owner) {
    String value = owner.headerList == null ? null : owner.headerList.get("content-type");
    MimeType m = value == null ? null : MimeType.parse(value);
    return m == null ? "" : m.serialize();
  }

  /** UTF-8 decode — https://encoding.spec.whatwg.org/#utf-8-decode: a leading BOM is dropped. */
  public static String utf8Decode(Realm realm, byte[] bytes) {
    realm.heap.charge(dev.islet.heap.SizeEstimates.string(bytes.length));
    realm.agent.budget.charge(1 + (bytes.length >> 6));
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }
}
