package dev.islet.runtime.bindings;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A function or {@code RpcTarget} living in an isolate, reached from elsewhere by its handle in that
 * isolate's export table. Calls run in the owning isolate; disposing releases the handle.
 */
public final class ExportedCapability implements Capability {
  /** The isolate that owns exported objects. */
  public interface Owner {
    /** Calls (or, when {@code args} is null, reads) the path on the exported object {@code handle}. */
    CompletableFuture<Object> callExported(int handle, List<String> path, List<Object> args);

    /** A new handle to the same object. */
    int duplicate(int handle);

    /** Forgets {@code handle}. */
    void release(int handle);
  }

  private final Owner owner;
  private final int handle;
  private final AtomicBoolean disposed = new AtomicBoolean();

  public ExportedCapability(Owner owner, int handle) {
    this.owner = owner;
    this.handle = handle;
  }

  @Override
  public CompletableFuture<Object> call(List<String> path, List<Object> args) {
    return owner.callExported(handle, path, args);
  }

  @Override
  public CompletableFuture<Object> get(List<String> path) {
    return owner.callExported(handle, path, null);
  }

  @Override
  public void dispose() {
    if (disposed.compareAndSet(false, true)) {
      owner.release(handle);
    }
  }

  @Override
  public Capability dup() {
    return new ExportedCapability(owner, owner.duplicate(handle));
  }
}
