package dev.islet.runtime.loader;

import java.nio.charset.StandardCharsets;

/** An HTTP response as a worker returns it to Java code (or a {@link Fetcher} returns it to a worker). Immutable; the body is buffered. */
public final class Response {
  private static final byte[] NO_BODY = new byte[0];

  private final int status;
  private final String statusText;
  private final HttpHeaders headers;
  private final byte[] body;

  public Response(int status, String statusText, HttpHeaders headers, byte[] body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status " + status + " is not an HTTP status");
    }
    this.status = status;
    this.statusText = statusText == null ? "" : statusText;
    this.headers = headers == null ? HttpHeaders.EMPTY : headers;
    this.body = body == null || body.length == 0 ? NO_BODY : body.clone();
  }

  /** A 200 response with a text body ({@code text/plain;charset=UTF-8}, as {@code new Response(string)} has). */
  public static Response text(int status, String text) {
    return new Response(status, "", HttpHeaders.of("content-type", "text/plain;charset=UTF-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  public int status() {
    return status;
  }

  public String statusText() {
    return statusText;
  }

  public HttpHeaders headers() {
    return headers;
  }

  public byte[] body() {
    return body.length == 0 ? NO_BODY : body.clone();
  }


  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return status + (statusText.isEmpty() ? "" : " " + statusText);
  }
}
