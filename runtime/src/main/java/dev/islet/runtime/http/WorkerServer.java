package dev.islet.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.islet.runtime.loader.Fetcher;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server (the JDK's {@code com.sun.net.httpserver}, keep-alive included) that sends every
 * request to a {@link Fetcher}, usually a host worker's entrypoint. A response is written when the
 * worker's future completes, on one of the server's threads; a failed invocation becomes a short
 * plain-text 500 or 503 ({@link ErrorResponses}), never a Java stack. Each request can be logged as one
 * line ({@link RequestLog}).
 */
public final class WorkerServer implements AutoCloseable {
  /** The largest request body taken (larger ones get a 413). */
  static final int MAX_BODY = 32 << 20;

  private final HttpServer server;
  private final ExecutorService threads;
  private final Fetcher target;
  private final RequestLog log;
  /** Exchanges read and not yet answered. */
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean stopping;

  private WorkerServer(HttpServer server, ExecutorService threads, Fetcher target, RequestLog log) {
    this.server = server;
    this.threads = threads;
    this.target = target;
    this.log = log;
  }

  /**
   * Starts serving {@code target} on {@code address} (port 0 picks a free port); {@code log} gets a line
   * per request, or nothing when null.
   */
  public static WorkerServer start(Fetcher target, InetSocketAddress address, PrintStream log) throws IOException {
    // Without TCP_NODELAY the headers and the body go out as two segments and the second waits for the
    // client's delayed ACK: 40 ms per keep-alive request. Read once, when the JDK's server is first used.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer http = HttpServer.create(address, 1024);
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), r -> {
      Thread t = new Thread(r, "islet-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    WorkerServer s = new WorkerServer(http, threads, target, new RequestLog(log));
    http.createContext("/", s::handle);
    http.setExecutor(threads);
    http.start();
    return s;
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) {
    long start = System.nanoTime();
    inFlight.incrementAndGet();
    if (stopping) {
      exchange.getResponseHeaders().add("connection", "close");
      respond(exchange, start, null, ErrorResponses.stopping(), null);
      return;
    }
    Request request;
    try {
      request = Exchanges.request(exchange, MAX_BODY);
    } catch (Exchanges.TooLarge e) {
      respond(exchange, start, null, ErrorResponses.tooLarge(), null);
      return;
    } catch (IOException | RuntimeException e) {
      respond(exchange, start, null, ErrorResponses.badRequest(), null);
      return;
    }
    CompletableFuture<Response> f;
    try {
      f = target.fetch(request);
    } catch (RuntimeException e) {
      f = CompletableFuture.failedFuture(e);
    }
    f.whenCompleteAsync((response, error) -> {
      if (error != null) {
        respond(exchange, start, request, ErrorResponses.of(error), error);
      } else {
        respond(exchange, start, request, response, null);
      }
    }, threads);
  }

  private void respond(HttpExchange exchange, long start, Request request, Response response, Throwable error) {
    try {
      Exchanges.send(exchange, response);
    } catch (IOException | RuntimeException e) {
      exchange.close(); // the client went away
    } finally {
      inFlight.decrementAndGet();
    }
    log.line(exchange.getRequestMethod(), exchange.getRequestURI().toString(), response.status(),
        System.nanoTime() - start, error);
  }

  /** Stops taking connections, gives exchanges in flight up to {@code graceSeconds} to finish, then stops. */
  public void stop(int graceSeconds) {
    // HttpServer.stop(n) of JDK 17 waits the whole n seconds even when nothing is in flight, so the
    // server drains here: new requests get a 503 while those in flight finish.
    stopping = true;
    long deadline = System.nanoTime() + graceSeconds * 1_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    server.stop(0);
    threads.shutdown();
    try {
      threads.awaitTermination(graceSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(0);
  }
}
