package dev.islet.api.host;

/**
 * The event loop a host API schedules tasks on (timers of {@code AbortSignal.timeout}, stream
 * pulls after I/O): the runtime's event loop registers one per realm with {@link HostState}. A task
 * runs later on the isolate's thread, as a macrotask followed by a microtask checkpoint.
 */
public interface HostScheduler {
  /** A scheduled task that can be cancelled. */
  interface Cancellable {
    void cancel();
  }

  /** Runs {@code task} after at least {@code delayMillis} milliseconds. */
  Cancellable schedule(long delayMillis, Runnable task);

  /**
   * Keeps the event loop alive until the returned handle is closed (pending I/O the host will
   * complete later, such as an outbound fetch).
   */
  default Cancellable keepAlive() {
    return () -> {};
  }
}
