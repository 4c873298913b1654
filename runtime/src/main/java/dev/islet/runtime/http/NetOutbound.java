package dev.islet.runtime.http;

import dev.islet.runtime.loader.Fetcher;
import dev.islet.runtime.loader.HttpHeaders;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Outbound HTTP for {@code islet serve --allow-net HOST…}: a request to an allowed host (by name, or
 * {@code name:port}; {@code *} allows every host) goes out through the JDK's {@link HttpClient};
 * any other is refused with an error naming the host. Only {@code http} and {@code https} URLs leave.
 */
public final class NetOutbound implements Fetcher {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

  private final Set<String> allowed;
  private final HttpClient client;

  public NetOutbound(List<String> allowedHosts) {
    this.allowed = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** Whether a request to {@code uri} may leave. */
  boolean allows(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return allowed.contains("*") || allowed.contains(host) || uri.getPort() >= 0 && allowed.contains(host + ":" + uri.getPort());
  }

  @Override
  public CompletableFuture<Response> fetch(Request request) {
    URI uri;
    try {
      uri = URI.create(request.url());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("invalid URL " + request.url()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("only http and https URLs can be fetched, not " + request.url()));
    }
    if (!allows(uri)) {
      return CompletableFuture.failedFuture(new SecurityException(
          "outbound requests to " + uri.getHost() + " are not allowed (islet serve --allow-net " + uri.getHost() + ")"));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .method(request.method(), request.hasBody() ? HttpRequest.BodyPublishers.ofByteArray(request.body())
            : HttpRequest.BodyPublishers.noBody());
    for (String[] f : request.headers().fields()) {
      if (!RESTRICTED.contains(f[0])) {
        b.header(f[0], f[1]);
      }
    }
    return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
      HttpHeaders.Builder h = HttpHeaders.builder();
      r.headers().map().forEach((name, values) -> {
        if (!name.startsWith(":")) {
          values.forEach(v -> h.add(name, v));
        }
      });
      return new Response(r.statusCode(), "", h.build(), r.body());
    });
  }
}
