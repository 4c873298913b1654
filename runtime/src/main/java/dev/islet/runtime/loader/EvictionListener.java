package dev.islet.runtime.loader;

/** Told when a warm worker leaves a {@link Loader}'s cache. Called on a runtime thread; must not block. */
@FunctionalInterface
public interface EvictionListener {
  /** Why a warm worker left the cache. */
  enum Reason {
    /** More warm workers than {@code maxWarmWorkers}: the least recently used went. */
    CAPACITY,
    /** Warm workers used more heap than {@code maxWarmMemory}: the least recently used idle one went. */
    MEMORY,
    /** Unused for longer than {@code idleTimeout}. */
    IDLE,
    /** Its isolate ended: a limit terminated it, or its code failed to load. */
    TERMINATED,
    /** The loader was closed. */
    CLOSED
  }

  void evicted(String id, Reason reason);
}
