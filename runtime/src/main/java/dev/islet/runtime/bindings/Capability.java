package dev.islet.runtime.bindings;

import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a stub points at: a function or {@code RpcTarget} in some isolate, a worker's entrypoint, a
 * Java service. Calls take and give {@link Cloned} values and complete on any thread; a failure is a
 * {@link dev.islet.runtime.loader.WorkerException}. Implementations must never block the calling thread.
 */
public interface Capability {
  /**
   * Calls the method at the end of {@code path} on the object the rest of the path leads to (the
   * target itself when {@code path} is empty and it is a function).
   */
  CompletableFuture<Object> call(List<String> path, List<Object> args);

  /** Reads the property at {@code path}. */
  CompletableFuture<Object> get(List<String> path);

  /** Whether the target answers HTTP ({@code stub.fetch(request)}): a worker entrypoint or a service. */
  default boolean isFetcher() {
    return false;
  }

  /** An HTTP request to the target; fails unless {@link #isFetcher()}. */
  default CompletableFuture<Response> fetch(Request request) {
    return CompletableFuture.failedFuture(new dev.islet.runtime.loader.WorkerException(dev.islet.api.Outcome.EXCEPTION,
        "TypeError", "This RPC stub does not have a fetch() method.", ""));
  }

  /** Releases what the capability holds on the other side; later calls fail. Idempotent. */
  default void dispose() {}

  /** A capability with its own lifetime ({@code stub.dup()}). */
  default Capability dup() {
    return this;
  }
}
