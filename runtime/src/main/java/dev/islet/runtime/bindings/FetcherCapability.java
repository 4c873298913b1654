package dev.islet.runtime.bindings;

import dev.islet.api.Outcome;
import dev.islet.runtime.loader.Fetcher;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import dev.islet.runtime.loader.WorkerException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A Java {@link Fetcher} as a capability: {@code stub.fetch(...)} only. */
public final class FetcherCapability implements Capability {
  private final Fetcher fetcher;

  public FetcherCapability(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  public Fetcher fetcher() {
    return fetcher;
  }

  @Override
  public boolean isFetcher() {
    return true;
  }

  @Override
  public CompletableFuture<Response> fetch(Request request) {
    try {
      CompletableFuture<Response> f = fetcher.fetch(request);
      return f == null ? CompletableFuture.failedFuture(new IllegalStateException("the Fetcher returned no future")) : f;
    } catch (RuntimeException e) { // the service's own failure rejects the fetch, it never escapes into the isolate
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<Object> call(List<String> path, List<Object> args) {
    return CompletableFuture.failedFuture(new WorkerException(Outcome.EXCEPTION, "TypeError",
        "The RPC receiver does not implement the method \"" + String.join(".", path) + "\".", ""));
  }

  @Override
  public CompletableFuture<Object> get(List<String> path) {
    return CompletableFuture.completedFuture(Cloned.UNDEFINED);
  }
}
