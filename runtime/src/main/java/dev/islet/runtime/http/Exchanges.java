package dev.islet.runtime.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.islet.runtime.loader.HttpHeaders;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An {@link HttpExchange} read into a {@link Request}, and a {@link Response} written to it. */
final class Exchanges {
  /** Headers of a connection, not of a message: the server writes its own. */
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "content-length",
      "upgrade", "te", "trailer", "proxy-connection");

  private Exchanges() {}

  /** The request body is larger than the server takes. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** The request with its full URL ({@code http://} + the Host header + the request target) and its body. */
  static Request request(HttpExchange exchange, int maxBody) throws IOException {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      for (String v : e.getValue()) {
        headers.add(name, v);
      }
    }
    HttpHeaders h = headers.build();
    return new Request(exchange.getRequestMethod(), url(exchange, h.get("host")), h, body(exchange.getRequestBody(), maxBody));
  }

  private static String url(HttpExchange exchange, String host) {
    URI target = exchange.getRequestURI();
    if (target.isAbsolute()) {
      return target.toString();
    }
    String authority = host == null || host.isBlank()
        ? "localhost:" + exchange.getLocalAddress().getPort() : host.strip();
    String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    return "http://" + authority + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
  }

  private static byte[] body(InputStream in, int max) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw new TooLarge();
      }
      return bytes;
    }
  }

  /** Writes {@code response} (no body for HEAD requests and for statuses that have none) and ends the exchange. */
  static void send(HttpExchange exchange, Response response) throws IOException {
    Headers out = exchange.getResponseHeaders();
    for (String[] f : response.headers().fields()) {
      if (!HOP_BY_HOP.contains(f[0])) {
        out.add(f[0], f[1]);
      }
    }
    byte[] body = response.body();
    int status = response.status();
    boolean noBody = exchange.getRequestMethod().equals("HEAD") || status < 200 || status == 204 || status == 304;
    if (noBody || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
  }
}
