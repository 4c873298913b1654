package dev.islet.runtime.loader;

import dev.islet.runtime.bindings.Cloned;
import dev.islet.runtime.bindings.JavaValues;

/**
 * A stub of a worker, as {@link Loader#get} and {@link Loader#load} return it (workerd's
 * {@code WorkerStub}): not loaded until the first call through one of its entrypoints. Closing it ends
 * the worker's isolate (calls in flight fail with {@code canceled}); a closed stub refuses new calls.
 */
public final class Worker implements AutoCloseable {
  private final WorkerHandle handle;

  Worker(WorkerHandle handle) {
    this.handle = handle;
  }

  WorkerHandle handle() {
    return handle;
  }

  /** The worker's id, or null for an anonymous worker ({@link Loader#load}). */
  public String id() {
    return handle.id;
  }

  /** The default entrypoint (the default export). */
  public Entrypoint getEntrypoint() {
    return getEntrypoint(null, null, null);
  }

  /** The entrypoint {@code name} (null or "default" for the default export). */
  public Entrypoint getEntrypoint(String name) {
    return getEntrypoint(name, null, null);
  }

  /**
   * The entrypoint {@code name} with {@code props} (JSON-like; the code sees them as {@code ctx.props})
   * and {@code limits} (the lower of these and the code's own apply).
   */
  public Entrypoint getEntrypoint(String name, Object props, WorkerLimits limits) {
    String n = name == null ? "default" : name;
    Object p = props == null ? Cloned.UNDEFINED : JavaValues.toCloned(props);
    return new Entrypoint(new EntrypointCapability(handle, n, p, limits == null ? WorkerLimits.NONE : limits));
  }

  /**
   * Loads the worker and evaluates its modules now rather than at the first call: completes once it is
   * ready, or fails ({@link WorkerException}) as the first call would, e.g. with its SyntaxError.
   */
  public java.util.concurrent.CompletableFuture<Void> start() {
    return Loader.settled(handle.isolate().thenCompose(dev.islet.runtime.isolate.WorkerIsolate::start));
  }

  /** Ends the worker now: its isolate is closed and calls in flight fail with {@code canceled}. */
  @Override
  public void close() {
    handle.close(false);
  }

  /** Ends the worker once no call is in flight on it; new calls are refused from now on. */
  public void closeWhenIdle() {
    handle.close(true);
  }

  @Override
  public String toString() {
    return "Worker[" + (handle.id == null ? "anonymous" : handle.id) + "]";
  }
}
