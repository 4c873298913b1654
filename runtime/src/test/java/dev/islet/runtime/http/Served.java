package dev.islet.runtime.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Test helper: an {@code islet serve} of a host written to a temporary folder, and a JDK HTTP client for it. */
final class Served implements AutoCloseable {
  final ServeHost serve;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Served(Path hostFile, List<String> allowNet, long cpuMs, long memory) {
    try {
      serve = ServeHost.start(new ServeHost.Settings(hostFile, "127.0.0.1", 0, allowNet, cpuMs, memory, true),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code hostSource} (written as host.js in {@code dir}, beside any files already there). */
  static Served host(Path dir, String hostSource) {
    return host(dir, hostSource, List.of(), 0, 0);
  }

  static Served host(Path dir, String hostSource, List<String> allowNet, long cpuMs, long memory) {
    try {
      Path file = dir.resolve("host.js");
      Files.writeString(file, hostSource);
      return new Served(file, allowNet, cpuMs, memory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Served file(Path hostFile) {
    return new Served(hostFile, List.of(), 0, 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + serve.port() + path;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
  }

  /** What was printed on stderr, once it contains {@code expected} (request lines follow their responses). */
  String log(String expected) {
    for (int i = 0; i < 200 && !log().contains(expected); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    return log();
  }

  String log() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    serve.close();
  }
}
