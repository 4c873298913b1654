package dev.islet.runtime.http;

import dev.islet.runtime.loader.WorkerException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * One line per request: {@code GET /path 200 1.3 ms}, and for a failed invocation its outcome and
 * error ({@code GET / 500 2.0 ms exception: TypeError: x is not a function}). Null output logs nothing.
 */
final class RequestLog {
  private final PrintStream out;

  RequestLog(PrintStream out) {
    this.out = out;
  }

  void line(String method, String target, int status, long nanos, Throwable error) {
    if (out == null) {
      return;
    }
    StringBuilder sb = new StringBuilder(96).append(method).append(' ').append(target).append(' ').append(status)
        .append(' ').append(String.format(Locale.ROOT, "%.1f", nanos / 1e6)).append(" ms");
    if (error != null) {
      Throwable c = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (c instanceof WorkerException w) {
        sb.append(' ').append(w.outcome().jsName()).append(": ").append(w.getMessage());
      } else {
        sb.append(" error: ").append(c);
      }
    }
    out.println(sb);
  }
}
