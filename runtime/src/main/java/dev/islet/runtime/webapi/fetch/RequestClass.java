package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.AbortClasses;
import dev.islet.runtime.webapi.url.UrlParser;
import dev.islet.runtime.webapi.url.UrlRecord;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.Locale;

/** The {@code Request} interface — https://fetch.spec.whatwg.org/#request-class. */
public final class RequestClass {
  private RequestClass() {}

  /** A Request object: the request's fields, its headers and body, and its signal. */
  public static final class RequestObject extends BodyMixin.BodyOwner {
    String method = "GET";
    UrlRecord url;
    String referrer = "client";
    String referrerPolicy = "";
    String mode = "cors";
    String credentials = "same-origin";
    String cache = "default";
    String redirect = "follow";
    String integrity = "";
    boolean keepalive;
    String priority = "auto";
    JsObject signal;

    RequestObject(Realm realm, JsObject proto) {
      super(realm, proto);
    }

    public String method() {
      return method;
    }

    /** The request's URL, serialized. */
    public String url() {
      return url.serialize(false);
    }

    public String redirectMode() {
      return redirect;
    }

    /** The AbortSignal (a JS object), or null. */
    public JsObject signal() {
      return signal;
    }

    @Override
    public String className() {
      return "Request";
    }

    @Override
    public void traceReferences(HeapVisitor v) {
      super.traceReferences(v);
      v.visit(signal);
    }
  }

  static final String[] REFERRER_POLICIES = {
    "", "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin",
    "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url",
  };
  static final String[] MODES = {"navigate", "same-origin", "no-cors", "cors"};
  static final String[] CREDENTIALS = {"omit", "same-origin", "include"};
  static final String[] CACHES = {"default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached"};
  static final String[] REDIRECTS = {"follow", "error", "manual"};
  static final String[] PRIORITIES = {"high", "low", "auto"};
  static final String[] DUPLEX = {"half"};

  public static final HostClass<RequestObject> REQUEST = BodyMixin.install(HostClass.builder("Request", RequestObject.class)
      .constructor(1, RequestClass::construct)
      .getter("method", (realm, self) -> self.method)
      .getter("url", (realm, self) -> self.url.serialize(false))
      .getter("headers", (realm, self) -> self.headers)
      .getter("destination", (realm, self) -> "")
      .getter("referrer", (realm, self) -> switch (self.referrer) {
        case "no-referrer" -> "";
        case "client" -> "about:client";
        default -> self.referrer;
      })
      .getter("referrerPolicy", (realm, self) -> self.referrerPolicy)
      .getter("mode", (realm, self) -> self.mode)
      .getter("credentials", (realm, self) -> self.credentials)
      .getter("cache", (realm, self) -> self.cache)
      .getter("redirect", (realm, self) -> self.redirect)
      .getter("integrity", (realm, self) -> self.integrity)
      .getter("keepalive", (realm, self) -> self.keepalive)
      .getter("isReloadNavigation", (realm, self) -> false)
      .getter("isHistoryNavigation", (realm, self) -> false)
      .getter("signal", (realm, self) -> signalOf(realm, self))
      .getter("duplex", (realm, self) -> "half"))
      .method("clone", 0, (realm, self, args) -> {
        if (self.body != null && self.body.isUnusable()) {
          throw HostErrors.typeError(realm, "Failed to execute 'clone' on 'Request': Request body is already used");
        }
        RequestObject r = copyFields(realm, self, RequestClass.REQUEST.prototype(realm));
        r.headerList = self.headerList.copy();
        r.headers = HeadersClass.create(realm, r.headerList, self.headers.guard);
        r.body = self.body == null ? null : self.body.cloneBody(realm);
        r.signal = AbortClasses.follow(realm, signalOf(realm, self));
        return r;
      })
      .build();

  private static Object signalOf(Realm realm, RequestObject self) {
    if (self.signal == null) {
      self.signal = AbortClasses.newSignal(realm);
    }
    return self.signal;
  }

  private static RequestObject copyFields(Realm realm, RequestObject from, JsObject proto) {
    RequestObject r = new RequestObject(realm, proto);
    r.method = from.method;
    r.url = from.url.copy();
    r.referrer = from.referrer;
    r.referrerPolicy = from.referrerPolicy;
    r.mode = from.mode;
    r.credentials = from.credentials;
    r.cache = from.cache;
    r.redirect = from.redirect;
    r.integrity = from.integrity;
    r.keepalive = from.keepalive;
    r.priority = from.priority;
    return r;
  }

  /** A new Request of {@code realm} (for hosts delivering an incoming request): GET-like fields, the given headers and body. */
  public static RequestObject create(Realm realm, String method, UrlRecord url, HeaderList headers, Body body) {
    RequestObject r = new RequestObject(realm, REQUEST.prototype(realm));
    r.method = method;
    r.url = url;
    r.headerList = headers;
    r.headers = HeadersClass.create(realm, headers, HeadersClass.Guard.REQUEST);
    r.body = body;
    return r;
  }

  /** new Request(input, init) — https://fetch.spec.whatwg.org/#dom-request */
  static Object construct(Realm realm, Object[] args, JsObject newTarget) {
    Object input = args.length > 0 ? args[0] : Undefined.INSTANCE;
    JsObject init = WebIdl.toDictionary(realm, args.length > 1 ? args[1] : Undefined.INSTANCE, "Failed to construct 'Request'");
    return create(realm, input, init, REQUEST.prototypeFor(realm, newTarget));
  }

  static final String CONTEXT = "Failed to construct 'Request'";

  /** The constructor steps, shared with fetch(). */
  static RequestObject create(Realm realm, Object input, JsObject init, JsObject proto) {
    FetchContext ctx = FetchContext.of(realm);
    RequestObject request;
    RequestObject inputRequest = input instanceof RequestObject ri ? ri : null;
    String fallbackMode = null;
    Object signal = Null.INSTANCE;
    if (inputRequest == null) {
      String text = WebIdl.toUSVString(realm, input);
      UrlRecord parsed = UrlParser.parse(text, ctx.baseUrl());
      if (parsed == null) {
        throw HostErrors.typeError(realm, CONTEXT + ": Invalid URL: " + WebIdl.quote(text));
      }
      if (parsed.includesCredentials()) {
        throw HostErrors.typeError(realm, CONTEXT + ": the URL " + WebIdl.quote(text) + " includes credentials");
      }
      request = new RequestObject(realm, proto);
      request.url = parsed;
      request.headerList = new HeaderList();
      fallbackMode = "cors";
    } else {
      request = copyFields(realm, inputRequest, proto);
      request.headerList = inputRequest.headerList.copy();
      signal = signalOf(realm, inputRequest);
    }
    // Read every member first, in the order WebIDL's dictionary conversion does (alphabetical).
    Object bodyInit = WebIdl.member(realm, init, "body");
    Object cacheInit = WebIdl.member(realm, init, "cache");
    Object credentialsInit = WebIdl.member(realm, init, "credentials");
    Object duplexInit = WebIdl.member(realm, init, "duplex");
    Object headersInit = WebIdl.member(realm, init, "headers");
    Object integrityInit = WebIdl.member(realm, init, "integrity");
    Object keepaliveInit = WebIdl.member(realm, init, "keepalive");
    Object methodInit = WebIdl.member(realm, init, "method");
    Object modeInit = WebIdl.member(realm, init, "mode");
    Object priorityInit = WebIdl.member(realm, init, "priority");
    Object redirectInit = WebIdl.member(realm, init, "redirect");
    Object referrerInit = WebIdl.member(realm, init, "referrer");
    Object referrerPolicyInit = WebIdl.member(realm, init, "referrerPolicy");
    Object signalInit = WebIdl.member(realm, init, "signal");
    Object windowInit = WebIdl.member(realm, init, "window");
    String cache = cacheInit == Undefined.INSTANCE ? null : WebIdl.toEnum(realm, cacheInit, CACHES, CONTEXT);
    String credentials = credentialsInit == Undefined.INSTANCE ? null : WebIdl.toEnum(realm, credentialsInit, CREDENTIALS, CONTEXT);
    if (duplexInit != Undefined.INSTANCE) {
      WebIdl.toEnum(realm, duplexInit, DUPLEX, CONTEXT);
    }
    String integrity = integrityInit == Undefined.INSTANCE ? null : WebIdl.toDOMString(realm, integrityInit);
    Boolean keepalive = keepaliveInit == Undefined.INSTANCE ? null : WebIdl.toBoolean(keepaliveInit);
    String method = methodInit == Undefined.INSTANCE ? null : WebIdl.toByteString(realm, methodInit, CONTEXT);
    String mode = modeInit == Undefined.INSTANCE ? null : WebIdl.toEnum(realm, modeInit, MODES, CONTEXT);
    String priority = priorityInit == Undefined.INSTANCE ? null : WebIdl.toEnum(realm, priorityInit, PRIORITIES, CONTEXT);
    String redirect = redirectInit == Undefined.INSTANCE ? null : WebIdl.toEnum(realm, redirectInit, REDIRECTS, CONTEXT);
    String referrer = referrerInit == Undefined.INSTANCE ? null : WebIdl.toUSVString(realm, referrerInit);
    String referrerPolicy = referrerPolicyInit == Undefined.INSTANCE ? null
        : WebIdl.toEnum(realm, referrerPolicyInit, REFERRER_POLICIES, CONTEXT);
    if (signalInit != Undefined.INSTANCE && signalInit != Null.INSTANCE && !(signalInit instanceof AbortClasses.AbortSignalObject)) {
      throw HostErrors.typeError(realm, CONTEXT + ": member signal is not of type AbortSignal");
    }
    if (windowInit != Undefined.INSTANCE && windowInit != Null.INSTANCE) {
      throw HostErrors.typeError(realm, CONTEXT + ": 'window' must be null");
    }
    boolean initPresent = init != null && (bodyInit != Undefined.INSTANCE || cache != null || credentials != null
        || duplexInit != Undefined.INSTANCE || headersInit != Undefined.INSTANCE || integrity != null || keepalive != null
        || method != null || mode != null || priority != null || redirect != null || referrer != null
        || referrerPolicy != null || signalInit != Undefined.INSTANCE || windowInit != Undefined.INSTANCE);
    if (initPresent) {
      if (request.mode.equals("navigate")) {
        request.mode = "same-origin";
      }
      request.referrer = "client";
      request.referrerPolicy = "";
    }
    if (referrer != null) {
      if (referrer.isEmpty()) {
        request.referrer = "no-referrer";
      } else {
        UrlRecord parsedReferrer = UrlParser.parse(referrer, ctx.baseUrl());
        if (parsedReferrer == null) {
          throw HostErrors.typeError(realm, CONTEXT + ": Invalid referrer URL: " + WebIdl.quote(referrer));
        }
        String serialized = parsedReferrer.serialize(false);
        String ownOrigin = ctx.baseUrl() == null ? null : ctx.baseUrl().origin();
        boolean aboutClient = parsedReferrer.scheme.equals("about") && parsedReferrer.serializePath().equals("client");
        request.referrer = aboutClient || ownOrigin != null && !parsedReferrer.origin().equals(ownOrigin) ? "client" : serialized;
      }
    }
    if (referrerPolicy != null) {
      request.referrerPolicy = referrerPolicy;
    }
    String m = mode != null ? mode : fallbackMode;
    if ("navigate".equals(m)) {
      throw HostErrors.typeError(realm, CONTEXT + ": Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.");
    }
    if (m != null) {
      request.mode = m;
    }
    if (credentials != null) {
      request.credentials = credentials;
    }
    if (cache != null) {
      request.cache = cache;
    }
    if (request.cache.equals("only-if-cached") && !request.mode.equals("same-origin")) {
      throw HostErrors.typeError(realm, CONTEXT + ": 'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (redirect != null) {
      request.redirect = redirect;
    }
    if (integrity != null) {
      request.integrity = integrity;
    }
    if (keepalive != null) {
      request.keepalive = keepalive;
    }
    if (method != null) {
      request.method = normalizeMethod(realm, method);
    }
    if (priority != null) {
      request.priority = priority;
    }
    if (signalInit != Undefined.INSTANCE) {
      signal = signalInit;
    }
    request.signal = AbortClasses.follow(realm, signal);
    request.headers = HeadersClass.create(realm, request.headerList, HeadersClass.Guard.REQUEST);
    if (request.mode.equals("no-cors")) {
      if (!isCorsSafelistedMethod(request.method)) {
        throw HostErrors.typeError(realm, CONTEXT + ": '" + request.method + "' is unsupported in no-cors mode.");
      }
      request.headers.guard = HeadersClass.Guard.REQUEST_NO_CORS;
    }
    if (initPresent) {
      HeaderList copy = request.headerList.copy();
      request.headerList.clear();
      if (headersInit != Undefined.INSTANCE) {
        HeadersClass.fill(realm, request.headers, headersInit);
      } else {
        for (String[] e : copy.entries()) {
          HeadersClass.append(realm, request.headers, e[0], e[1]);
        }
      }
    }
    Body inputBody = inputRequest == null ? null : inputRequest.body;
    boolean hasInitBody = bodyInit != Undefined.INSTANCE && bodyInit != Null.INSTANCE;
    if ((hasInitBody || inputBody != null) && (request.method.equals("GET") || request.method.equals("HEAD"))) {
      throw HostErrors.typeError(realm, CONTEXT + ": Request with GET/HEAD method cannot have body.");
    }
    Body initBody = null;
    if (hasInitBody) {
      Body.Extracted e = Body.extract(realm, bodyInit, request.keepalive);
      initBody = e.body();
      if (e.contentType() != null && !request.headerList.contains("content-type")) {
        request.headerList.append("content-type", e.contentType());
      }
    }
    Body inputOrInitBody = initBody != null ? initBody : inputBody;
    if (inputOrInitBody != null && inputOrInitBody.source == null) {
      if (initBody != null && duplexInit == Undefined.INSTANCE) {
        throw HostErrors.typeError(realm, CONTEXT + ": The duplex member must be specified for a request with a streaming body");
      }
      if (!request.mode.equals("same-origin") && !request.mode.equals("cors")) {
        throw HostErrors.typeError(realm, CONTEXT + ": a streaming body needs mode 'same-origin' or 'cors'");
      }
    }
    Body finalBody = inputOrInitBody;
    if (initBody == null && inputBody != null) {
      if (inputBody.isUnusable()) {
        throw HostErrors.typeError(realm, CONTEXT + ": Cannot construct a Request with a Request object that has already been used.");
      }
      // The new request takes the input's body; the input is left disturbed (its body used).
      finalBody = BodyStreams.transfer(realm, inputBody);
    }
    request.body = finalBody;
    return request;
  }

  /** A method is a token; CONNECT, TRACE and TRACK are forbidden; the common ones are upper-cased. */
  static String normalizeMethod(Realm realm, String method) {
    if (!HeaderList.isValidName(method)) {
      throw HostErrors.typeError(realm, CONTEXT + ": '" + method + "' is not a valid HTTP method.");
    }
    String upper = method.toUpperCase(Locale.ROOT);
    switch (upper) {
      case "CONNECT", "TRACE", "TRACK":
        throw HostErrors.typeError(realm, CONTEXT + ": '" + method + "' HTTP method is unsupported.");
      case "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT":
        return upper;
      default:
        return method;
    }
  }

  static boolean isCorsSafelistedMethod(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("POST");
  }
}
