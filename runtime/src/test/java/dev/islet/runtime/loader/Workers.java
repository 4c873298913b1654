package dev.islet.runtime.loader;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Test helpers: worker code from one module, and waiting on futures with a timeout. */
final class Workers {
  private Workers() {}

  static WorkerCode.Builder code(String mainSource) {
    return WorkerCode.builder().compatibilityDate("2026-03-01").mainModule("index.js").module("index.js", mainSource);
  }

  static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the future did not complete: " + e);
    }
  }

  /** The WorkerException a future failed with. */
  static WorkerException failure(CompletableFuture<?> f) {
    try {
      f.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WorkerException w) {
        return w;
      }
      throw new AssertionError("failed with " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the future did not complete: " + e);
    }
    throw new AssertionError("the future succeeded");
  }
}
