package dev.islet.builtins.indexed;

import dev.islet.realm.Realm;

/**
 * Memory a built-in holds outside the object graph while it runs (a sort's lists, values collected
 * from an iterator): charged as transient heap, so live-set measurements made meanwhile (a
 * comparator that allocates) still count it, and returned when the built-in is done.
 */
final class ScratchMemory implements AutoCloseable {
  private final Realm realm;
  private long bytes;

  ScratchMemory(Realm realm) {
    this.realm = realm;
  }

  /** Charges {@code n} bytes before they are allocated (may end the run with a memory termination). */
  void charge(long n) {
    realm.heap.chargeTransient(n);
    bytes += n;
  }

  @Override
  public void close() {
    realm.heap.releaseTransient(bytes);
    bytes = 0;
  }
}
