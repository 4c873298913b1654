package dev.islet.runtime.http;

import dev.islet.runtime.loader.Entrypoint;
import dev.islet.runtime.loader.Loader;
import dev.islet.runtime.loader.LoaderOptions;
import dev.islet.runtime.loader.Outbound;
import dev.islet.runtime.loader.Worker;
import dev.islet.runtime.loader.WorkerCode;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.runtime.webapi.console.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code islet serve}: a {@link Loader}, the host worker read from a file ({@link HostCode}) with
 * {@code env.LOADER} bound to that loader, and a {@link WorkerServer} in front of the host's default
 * entrypoint. The host's outbound (and so that of every dynamic worker that inherits it) is blocked
 * unless hosts are allowed ({@link NetOutbound}). Console lines of every worker are printed as they are
 * logged: log, info and debug to {@code out}, warn and error to {@code err}.
 */
public final class ServeHost implements AutoCloseable {
  private final Loader loader;
  private final Worker host;
  private final WorkerServer server;

  /** What {@code islet serve} was asked for. */
  public record Settings(Path hostFile, String bindHost, int port, List<String> allowNet, long cpuMs, long memoryLimitBytes,
      boolean requestLog) {}

  private ServeHost(Loader loader, Worker host, WorkerServer server) {
    this.loader = loader;
    this.host = host;
    this.server = server;
  }

  /**
   * Reads the host, starts the loader and the server.
   *
   * @throws IOException when the host's files cannot be read or the address cannot be bound
   */
  public static ServeHost start(Settings s, PrintStream out, PrintStream err) throws IOException {
    WorkerCode.Builder code = HostCode.read(s.hostFile());
    LoaderOptions.Builder options = LoaderOptions.builder()
        .outbound(s.allowNet().isEmpty() ? Outbound.BLOCKED : Outbound.via(new NetOutbound(s.allowNet())))
        .consoleSink((id, level, text) -> (level.compareTo(Console.Level.WARN) >= 0 ? err : out).println(text));
    if (s.cpuMs() > 0) {
      options.cpuMs(s.cpuMs());
    }
    if (s.memoryLimitBytes() > 0) {
      options.memoryLimit(s.memoryLimitBytes());
    }
    Loader loader = Loader.create(options.build());
    Worker host;
    WorkerServer server;
    try {
      host = loader.load(code.env("LOADER", loader).build());
      startHost(host, s.hostFile());
      Entrypoint entry = host.getEntrypoint();
      server = WorkerServer.start(entry, new InetSocketAddress(s.bindHost(), s.port()), s.requestLog() ? err : null);
    } catch (IOException | RuntimeException e) {
      loader.close();
      throw e;
    }
    return new ServeHost(loader, host, server);
  }

  /** Evaluates the host's modules before serving, so a broken host is reported now, not at the first request. */
  private static void startHost(Worker host, Path file) throws IOException {
    try {
      host.start().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof WorkerException w)) {
        throw new IOException(file + ": " + e.getCause());
      }
      // A SyntaxError's message already says where and what ("host.js:1:39: SyntaxError: …").
      String what = w.errorMessage().contains(w.errorName() + ": ") ? w.errorMessage() : w.getMessage();
      throw new IOException(file + ": " + what + (w.errorStack().isEmpty() ? "" : "\n" + w.errorStack()));
    } catch (TimeoutException e) {
      throw new IOException(file + ": the host's modules did not finish evaluating in 30 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting the host");
    }
  }

  public int port() {
    return server.port();
  }

  /** Stops taking requests, lets those in flight finish (up to {@code graceSeconds}), then ends every worker. */
  public void stop(int graceSeconds) {
    server.stop(graceSeconds);
    host.close();
    loader.close();
  }

  @Override
  public void close() {
    stop(0);
  }
}
