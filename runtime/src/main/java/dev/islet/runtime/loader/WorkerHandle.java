package dev.islet.runtime.loader;

import dev.islet.api.Outcome;
import dev.islet.runtime.isolate.WorkerIsolate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What a stub refers to: a worker by id (its isolate found in, or loaded into, the warm cache on each
 * use, so an evicted worker is loaded again), an anonymous worker (one isolate, loaded on first use), or
 * one given isolate (a loopback of {@code ctx.exports}).
 */
final class WorkerHandle {
  private final Loader loader;
  final String id;
  final Supplier<CompletableFuture<WorkerCode>> code;
  /** The outbound a worker inherits when its code says so (null: blocked). */
  final Fetcher inherited;
  private final WorkerIsolate fixed;
  private CompletableFuture<WorkerIsolate> anonymous;
  private volatile boolean closed;

  WorkerHandle(Loader loader, String id, Supplier<CompletableFuture<WorkerCode>> code, Fetcher inherited) {
    this.loader = loader;
    this.id = id;
    this.code = code;
    this.inherited = inherited;
    this.fixed = null;
  }

  /** A handle to one isolate. */
  WorkerHandle(Loader loader, WorkerIsolate isolate) {
    this.loader = loader;
    this.id = isolate.id();
    this.code = null;
    this.inherited = null;
    this.fixed = isolate;
  }

  /** The isolate to invoke now, loading it if needed. */
  CompletableFuture<WorkerIsolate> isolate() {
    if (closed) {
      return CompletableFuture.failedFuture(WorkerException.ended(Outcome.CANCELED, "The worker was closed."));
    }
    if (fixed != null) {
      return CompletableFuture.completedFuture(fixed);
    }
    if (id != null) {
      return loader.cache().acquire(this);
    }
    synchronized (this) {
      CompletableFuture<WorkerIsolate> a = anonymous;
      if (closed) {
        return CompletableFuture.failedFuture(WorkerException.ended(Outcome.CANCELED, "The worker was closed."));
      }
      if (a == null || a.isDone() && !a.isCompletedExceptionally() && !a.join().isAlive()) {
        a = anonymous = loader.start(this);
      }
      return a;
    }
  }

  /**
   * Closes the worker: its isolate ends; invocations in flight fail with {@code canceled} unless
   * {@code whenIdle}, which lets them finish first.
   */
  void close(boolean whenIdle) {
    closed = true;
    if (fixed != null) {
      return;
    }
    if (id != null) {
      loader.cache().close(id);
      return;
    }
    CompletableFuture<WorkerIsolate> a;
    synchronized (this) {
      a = anonymous;
      // Stubs of a closed worker may live on (a host's stub table forgets them only when the GC does):
      // they must not keep the isolate's whole heap reachable.
      anonymous = null;
    }
    if (a != null) {
      a.thenAccept(w -> {
        if (whenIdle) {
          w.closeWhenIdle();
        } else {
          w.close();
        }
      });
    }
  }

  boolean isClosed() {
    return closed;
  }
}
