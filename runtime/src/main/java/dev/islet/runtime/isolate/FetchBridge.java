package dev.islet.runtime.isolate;

import dev.islet.api.host.HostErrors;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.WebBridge;
import dev.islet.runtime.loader.HttpHeaders;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import dev.islet.runtime.webapi.fetch.Body;
import dev.islet.runtime.webapi.fetch.BodyMixin;
import dev.islet.runtime.webapi.fetch.HeaderList;
import dev.islet.runtime.webapi.fetch.RequestClass;
import dev.islet.runtime.webapi.fetch.ResponseClass;
import dev.islet.runtime.webapi.url.UrlParser;
import dev.islet.runtime.webapi.url.UrlRecord;
import dev.islet.values.Undefined;
import java.util.function.BiConsumer;

/**
 * HTTP messages between Java and the Fetch API objects of {@code dev.islet.runtime.webapi.fetch}: an
 * incoming {@link Request} becomes a JS {@code Request}, a handler's {@code Response} is read back
 * into Java, and the requests a worker sends ({@code fetch()}, {@code stub.fetch()}) are read into
 * Java for the fetcher that answers them. Bodies are buffered.
 */
final class FetchBridge implements WebBridge {
  /** workerd's error when a fetch handler's result is not a Response. */
  static final String NOT_A_RESPONSE = "Incorrect type for Promise: the Promise did not resolve to 'Response'.";

  @Override
  public Object toJsRequest(Realm realm, Request request) {
    UrlRecord url = UrlParser.parse(request.url(), null);
    if (url == null) {
      throw HostErrors.typeError(realm, "Invalid URL: " + request.url());
    }
    Body body = request.hasBody() ? Body.ofBytes(request.body()) : null;
    return RequestClass.create(realm, request.method(), url, headerList(request.headers()), body);
  }

  @Override
  public Object toJsResponse(Realm realm, Response response) {
    boolean nullBody = ResponseClass.isNullBodyStatus(response.status()) || response.body().length == 0;
    return ResponseClass.create(realm, response.status(), response.statusText(), headerList(response.headers()),
        nullBody ? null : Body.ofBytes(response.body()));
  }

  @Override
  public void readRequest(Realm realm, Object input, Object init, BiConsumer<Request, Object> done) {
    Request request;
    try {
      JsObject ctor = RequestClass.REQUEST.constructor(realm);
      Object r = input instanceof RequestClass.RequestObject && init == Undefined.INSTANCE ? input
          : ObjectOperations.construct(realm, ctor, new Object[] {input, init}, ctor);
      request = toJava(realm, (RequestClass.RequestObject) r);
    } catch (JsThrow t) {
      done.accept(null, t.value());
      return;
    }
    done.accept(request, null);
  }

  @Override
  public void readResponse(Realm realm, Object value, BiConsumer<Response, Object> done) {
    if (!(value instanceof ResponseClass.ResponseObject r) || r.type().equals("error")) {
      done.accept(null, HostErrors.typeError(realm, NOT_A_RESPONSE).value());
      return;
    }
    Response response;
    try {
      response = new Response(r.status(), r.statusText(), headers(r.headerList()), bytes(realm, r));
    } catch (JsThrow t) {
      done.accept(null, t.value());
      return;
    }
    done.accept(response, null);
  }

  /** A JS Request read into Java (the body's bytes are taken as they are now). */
  static Request toJava(Realm realm, RequestClass.RequestObject r) {
    return new Request(r.method(), r.url(), headers(r.headerList()), bytes(realm, r));
  }

  private static byte[] bytes(Realm realm, BodyMixin.BodyOwner owner) {
    Body body = owner.body();
    if (body == null) {
      return null;
    }
    if (body.bytes() == null) {
      throw HostErrors.typeError(realm, "ReadableStream bodies cannot cross between workers in islet yet.");
    }
    return body.bytes();
  }

  private static HeaderList headerList(HttpHeaders headers) {
    HeaderList list = new HeaderList();
    for (String[] f : headers.fields()) {
      list.append(f[0], f[1]);
    }
    return list;
  }

  private static HttpHeaders headers(HeaderList list) {
    HttpHeaders.Builder b = HttpHeaders.builder();
    for (String[] f : list.entries()) {
      b.add(f[0], f[1]);
    }
    return b.build();
  }
}
