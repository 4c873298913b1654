package dev.islet.runtime.loader;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP request as Java code hands it to a worker ({@link Entrypoint#fetch}) or gets it from one
 * (a {@link Fetcher} sees a worker's outbound requests). Immutable; the body is buffered.
 */
public final class Request {
  private static final byte[] NO_BODY = new byte[0];

  private final String method;
  private final String url;
  private final HttpHeaders headers;
  private final byte[] body;

  public Request(String method, String url, HttpHeaders headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = headers == null ? HttpHeaders.EMPTY : headers;
    this.body = body == null || body.length == 0 ? NO_BODY : body.clone();
  }

  /** A GET of {@code url}. */
  public static Request get(String url) {
    return new Request("GET", url, HttpHeaders.EMPTY, null);
  }

  /** A POST of {@code body} (UTF-8) to {@code url}. */
  public static Request post(String url, String contentType, String body) {
    return new Request("POST", url, HttpHeaders.of("content-type", contentType), body.getBytes(StandardCharsets.UTF_8));
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** A copy of the body bytes (empty when there is none). */
  public byte[] body() {
    return body.length == 0 ? NO_BODY : body.clone();
  }


  public boolean hasBody() {
    return body.length > 0;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A copy with another URL (a gateway rewriting where a request goes). */
  public Request withUrl(String newUrl) {
    return new Request(method, newUrl, headers, body);
  }

  public Request withHeaders(HttpHeaders newHeaders) {
    return new Request(method, url, newHeaders, body);
  }

  @Override
  public String toString() {
    return method + " " + url;
  }
}
