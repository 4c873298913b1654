package dev.islet.runtime.http;

import dev.islet.api.Outcome;
import dev.islet.runtime.isolate.Errs;
import dev.islet.runtime.loader.Response;
import dev.islet.runtime.loader.WorkerException;
import java.util.concurrent.CompletionException;

/**
 * What a client gets when the worker did not answer: a short plain-text reason, never a Java stack. An
 * uncaught exception is a 500 ({@value #EXCEPTION}); a limit or a cancellation is a 503 with the
 * limit's message ({@code Worker exceeded CPU time limit.}, {@code Worker exceeded memory limit.}, the
 * wall-clock message naming its budget), also when the limit ended a dynamic worker whose error the
 * host let through.
 */
final class ErrorResponses {
  static final String EXCEPTION = "Worker threw exception.";
  static final String CANCELED = "Worker was canceled.";

  private ErrorResponses() {}

  static Response of(Throwable error) {
    Throwable c = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (!(c instanceof WorkerException w)) {
      return Response.text(500, EXCEPTION);
    }
    if (w.outcome() == Outcome.CANCELED) {
      return Response.text(503, CANCELED);
    }
    if (w.outcome() != Outcome.EXCEPTION || isLimit(w)) {
      return Response.text(503, w.errorMessage());
    }
    return Response.text(500, EXCEPTION);
  }

  /** A dynamic worker's limit error that crossed into the host and out uncaught. */
  private static boolean isLimit(WorkerException w) {
    String m = w.errorMessage();
    return w.errorName().equals("Error") && (m.equals(Errs.CPU_MESSAGE) || m.equals(Errs.MEMORY_MESSAGE)
        || m.startsWith("Worker exceeded its wall-clock time limit"));
  }

  static Response stopping() {
    return Response.text(503, "The server is shutting down.");
  }

  static Response tooLarge() {
    return Response.text(413, "Request body too large.");
  }

  static Response badRequest() {
    return Response.text(400, "Bad request.");
  }
}
