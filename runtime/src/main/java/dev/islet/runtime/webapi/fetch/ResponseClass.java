package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.builtins.structured.JsonObject;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.url.UrlParser;
import dev.islet.runtime.webapi.url.UrlRecord;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** The {@code Response} interface — https://fetch.spec.whatwg.org/#response-class. */
public final class ResponseClass {
  private ResponseClass() {}

  /** A Response object: the response's fields, its headers and body. */
  public static final class ResponseObject extends BodyMixin.BodyOwner {
    String type = "default";
    UrlRecord url;
    boolean redirected;
    int status = 200;
    String statusText = "";

    ResponseObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    public int status() {
      return status;
    }

    public String statusText() {
      return statusText;
    }

    public String type() {
      return type;
    }

    @Override
    public String className() {
      return "Response";
    }
  }

  public static final HostClass<ResponseObject> RESPONSE = BodyMixin.install(HostClass.builder("Response", ResponseObject.class)
      .constructor(0, ResponseClass::construct)
      .staticMethod("error", 0, (realm, t, args, nt) -> {
        ResponseObject r = newResponse(realm, HeadersClass.Guard.IMMUTABLE);
        r.type = "error";
        r.status = 0;
        return r;
      })
      .staticMethod("redirect", 1, (realm, t, args, nt) -> redirect(realm, args))
      .staticMethod("json", 1, (realm, t, args, nt) -> json(realm, args))
      .getter("type", (realm, self) -> self.type)
      .getter("url", (realm, self) -> self.url == null ? "" : self.url.serialize(true))
      .getter("redirected", (realm, self) -> self.redirected)
      .getter("status", (realm, self) -> self.status)
      .getter("ok", (realm, self) -> self.status >= 200 && self.status <= 299)
      .getter("statusText", (realm, self) -> self.statusText)
      .getter("headers", (realm, self) -> self.headers))
      .method("clone", 0, (realm, self, args) -> {
        if (self.body != null && self.body.isUnusable()) {
          throw HostErrors.typeError(realm, "Failed to execute 'clone' on 'Response': Response body is already used");
        }
        ResponseObject r = new ResponseObject(realm, ResponseClass.RESPONSE.prototype(realm));
        r.type = self.type;
        r.url = self.url;
        r.redirected = self.redirected;
        r.status = self.status;
        r.statusText = self.statusText;
        r.headerList = self.headerList.copy();
        r.headers = HeadersClass.create(realm, r.headerList, self.headers.guard);
        r.body = self.body == null ? null : self.body.cloneBody(realm);
        return r;
      })
      .build();

  private static ResponseObject newResponse(Realm realm, HeadersClass.Guard guard) {
    ResponseObject r = new ResponseObject(realm, RESPONSE.prototype(realm));
    r.headerList = new HeaderList();
    r.headers = HeadersClass.create(realm, r.headerList, guard);
    return r;
  }

  /** A new Response of {@code realm} (for hosts answering a fetch): status, status text, headers and body (null for none). */
  public static ResponseObject create(Realm realm, int status, String statusText, HeaderList headers, Body body) {
    ResponseObject r = new ResponseObject(realm, RESPONSE.prototype(realm));
    r.status = status;
    r.statusText = statusText;
    r.headerList = headers;
    r.headers = HeadersClass.create(realm, headers, HeadersClass.Guard.IMMUTABLE);
    r.body = body;
    return r;
  }

  /** Sets the URL a response was fetched from (hosts completing a fetch). */
  public static void setUrl(ResponseObject r, UrlRecord url, boolean redirected) {
    r.url = url;
    r.redirected = redirected;
  }

  /** new Response(body, init) — https://fetch.spec.whatwg.org/#dom-response */
  private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    Object bodyInit = args.length > 0 ? args[0] : Undefined.INSTANCE;
    JsObject init = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Failed to construct 'Response'");
    ResponseObject r = new ResponseObject(realm, RESPONSE.prototypeFor(realm, newTarget));
    r.headerList = new HeaderList();
    r.headers = HeadersClass.create(realm, r.headerList, HeadersClass.Guard.RESPONSE);
    Body.Extracted body = null;
    if (bodyInit != Undefined.INSTANCE && bodyInit != Null.INSTANCE) {
      body = Body.extract(realm, bodyInit, false);
    }
    initialize(realm, r, init, body);
    return r;
  }

  /** Initialize a response — https://fetch.spec.whatwg.org/#initialize-a-response */
  private static void initialize(Realm realm, ResponseObject r, JsObject init, Body.Extracted body) {
    Object headersInit = WebIdl.member(realm, init, "headers");
    Object statusInit = WebIdl.member(realm, init, "status");
    int status = statusInit == Undefined.INSTANCE ? 200
        : WebIdl.toUnsignedShort(realm, statusInit, WebIdl.IntMode.WRAP, "Failed to construct 'Response'");
    Object statusTextInit = WebIdl.member(realm, init, "statusText");
    String statusText = statusTextInit == Undefined.INSTANCE ? ""
        : WebIdl.toByteString(realm, statusTextInit, "Failed to construct 'Response'");
    if (status < 200 || status > 599) {
      throw HostErrors.rangeError(realm, "Failed to construct 'Response': The status provided (" + status
          + ") is outside the range [200, 599].");
    }
    for (int i = 0; i < statusText.length(); i++) {
      char c = statusText.charAt(i);
      if (!(c == '\t' || c >= 0x20 && c != 0x7F)) {
        throw HostErrors.typeError(realm, "Failed to construct 'Response': Invalid statusText");
      }
    }
    r.status = status;
    r.statusText = statusText;
    if (headersInit != Undefined.INSTANCE) {
      HeadersClass.fill(realm, r.headers, headersInit);
    }
    if (body != null) {
      if (isNullBodyStatus(status)) {
        throw HostErrors.typeError(realm, "Failed to construct 'Response': Response with null body status cannot have body");
      }
      r.body = body.body();
      if (body.contentType() != null && !r.headerList.contains("content-type")) {
        r.headerList.append("content-type", body.contentType());
      }
    }
  }

  /** https://fetch.spec.whatwg.org/#null-body-status */
  public static boolean isNullBodyStatus(int status) {
    return status == 101 || status == 103 || status == 204 || status == 205 || status == 304;
  }

  /** https://fetch.spec.whatwg.org/#redirect-status */
  public static boolean isRedirectStatus(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** Response.redirect(url, status) — https://fetch.spec.whatwg.org/#dom-response-redirect */
  private static Object redirect(Realm realm, Object[] args) {
    String text = WebIdl.toUSVString(realm, args.length > 0 ? args[0] : Undefined.INSTANCE);
    int status = args.length > 1 && args[1] != Undefined.INSTANCE
        ? WebIdl.toUnsignedShort(realm, args[1], WebIdl.IntMode.WRAP, "Response.redirect") : 302;
    UrlRecord parsed = UrlParser.parse(text, FetchContext.of(realm).baseUrl());
    if (parsed == null) {
      throw HostErrors.typeError(realm, "Failed to execute 'redirect' on 'Response': Invalid URL: " + WebIdl.quote(text));
    }
    if (!isRedirectStatus(status)) {
      throw HostErrors.rangeError(realm, "Failed to execute 'redirect' on 'Response': Invalid status code " + status);
    }
    ResponseObject r = newResponse(realm, HeadersClass.Guard.IMMUTABLE);
    r.status = status;
    r.headerList.set("location", parsed.serialize(false));
    return r;
  }

  /** Response.json(data, init) — https://fetch.spec.whatwg.org/#dom-response-json */
  private static Object json(Realm realm, Object[] args) {
    Object data = args.length > 0 ? args[0] : Undefined.INSTANCE;
    JsObject init = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Response.json");
    Object text = JsonObject.stringifyValue(realm, data);
    if (text == Undefined.INSTANCE) {
      throw HostErrors.typeError(realm, "Response.json: the data cannot be converted to JSON");
    }
    Body body = Body.ofBytes(Body.utf8(realm, dev.islet.values.JsStrings.flat(text)));
    ResponseObject r = newResponse(realm, HeadersClass.Guard.RESPONSE);
    initialize(realm, r, init, new Body.Extracted(body, "application/json"));
    return r;
  }
}
