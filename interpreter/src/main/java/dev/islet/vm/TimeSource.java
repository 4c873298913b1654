package dev.islet.vm;

/**
 * The clock behind Date.now() and new Date(): milliseconds since 1970-01-01T00:00Z. An agent has
 * one; a host may replace it (a fixed clock for tests, a coarsened or request-frozen clock for
 * isolates that must not measure time precisely).
 */
@FunctionalInterface
public interface TimeSource {
  /** The system clock. */
  TimeSource SYSTEM = System::currentTimeMillis;

  /** The current time value; a finite integral number of milliseconds. */
  long currentTimeMillis();
}
