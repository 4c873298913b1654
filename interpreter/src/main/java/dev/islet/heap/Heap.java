package dev.islet.heap;

/**
 * One isolate's heap account. Every allocation the engine makes for the isolate is charged here
 * by a size estimate ({@link SizeEstimates}); large requests are charged before the allocation
 * happens, so a single huge request fails before the JVM is hurt.
 *
 * <p>When the charges pass the limit, the isolate measures its live set (a trace from its roots,
 * through the {@link LiveSetMeter}); if the live set alone is over the limit, the run ends with a
 * {@link Termination} of kind MEMORY. Otherwise the account restarts from the live size.
 */
public final class Heap {
  /** Measures the bytes reachable from the isolate's roots. */
  @FunctionalInterface
  public interface LiveSetMeter {
    long measureLiveBytes();
  }

  private long used;
  private long limit;
  private LiveSetMeter meter;
  private long measurements;
  private long transientBytes;

  public Heap(long limitBytes) {
    this.limit = limitBytes <= 0 ? Long.MAX_VALUE : limitBytes;
  }

  public void setMeter(LiveSetMeter meter) {
    this.meter = meter;
  }

  public void setLimit(long limitBytes) {
    this.limit = limitBytes <= 0 ? Long.MAX_VALUE : limitBytes;
  }

  public long limit() {
    return limit;
  }

  public long used() {
    return used;
  }

  public long measurements() {
    return measurements;
  }

  /** Charges {@code bytes}; may end the run with a MEMORY termination. */
  public void charge(long bytes) {
    long u = used + bytes;
    used = u;
    if (u > limit) {
      overLimit(bytes, bytes);
    }
  }

  /**
   * Charges {@code bytes} that a running built-in holds outside the object graph (a JSON output
   * buffer, a list being collected): the live-set meter cannot see them, so they are added to
   * every measurement until {@link #releaseTransient} returns them.
   */
  public void chargeTransient(long bytes) {
    transientBytes += bytes;
    charge(bytes);
  }

  /**
   * Charges {@code bytes} a built-in just added to a buffer it is filling (the StringBuilder of a join),
   * which now holds {@code heldBytes} in all. The meter cannot see the buffer, so a measurement made
   * for this charge counts all of it: a join that grows past the limit ends the run even though each
   * append is small.
   */
  public void chargeGrowth(long bytes, long heldBytes) {
    long u = used + bytes;
    used = u;
    if (u > limit) {
      overLimit(bytes, heldBytes);
    }
  }

  /** Returns bytes charged with {@link #chargeTransient} once the built-in no longer holds them. */
  public void releaseTransient(long bytes) {
    transientBytes = Math.max(0, transientBytes - bytes);
    release(bytes);
  }

  /** Returns {@code bytes} to the account (memory the engine knows it released, e.g. a popped frame). */
  public void release(long bytes) {
    used = Math.max(0, used - bytes);
  }

  /** {@code held}: what the meter cannot see that this request adds to (at least the request). */
  private void overLimit(long request, long held) {
    if (held > limit) {
      used -= request;
      throw new Termination(Termination.Kind.MEMORY, (held == request ? "a single allocation of " : "a buffer of ") + held
          + " bytes exceeds the memory limit of " + limit + " bytes");
    }
    if (meter == null) {
      used -= request;
      throw new Termination(Termination.Kind.MEMORY, "memory limit of " + limit + " bytes exceeded");
    }
    measurements++;
    long live = meter.measureLiveBytes() + transientBytes + held;
    if (live > limit) {
      used = live;
      throw new Termination(Termination.Kind.MEMORY, "memory limit of " + limit + " bytes exceeded (live set " + live + " bytes)");
    }
    used = live;
  }
}
