package dev.islet.runtime.loader;

/**
 * Limits of one invocation of a worker (a fetch or an RPC call). Zero means "no limit of its own"
 * (the loader's default applies). {@code cpuMs} and {@code subRequests} are workerd's names;
 * {@code wallTimeMs} is islet's addition (outcome {@code exceededWallTime}).
 */
public record WorkerLimits(long cpuMs, int subRequests, long wallTimeMs) {
  public static final WorkerLimits NONE = new WorkerLimits(0, 0, 0);

  public WorkerLimits {
    if (cpuMs < 0 || subRequests < 0 || wallTimeMs < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  public static WorkerLimits cpu(long cpuMs) {
    return new WorkerLimits(cpuMs, 0, 0);
  }

  public WorkerLimits withCpuMs(long ms) {
    return new WorkerLimits(ms, subRequests, wallTimeMs);
  }

  public WorkerLimits withSubRequests(int n) {
    return new WorkerLimits(cpuMs, n, wallTimeMs);
  }

  public WorkerLimits withWallTimeMs(long ms) {
    return new WorkerLimits(cpuMs, subRequests, ms);
  }

  /** The lower of each limit (a limit of zero is no limit, so the other one wins). */
  public WorkerLimits lower(WorkerLimits other) {
    if (other == null) {
      return this;
    }
    return new WorkerLimits(min(cpuMs, other.cpuMs), (int) min(subRequests, other.subRequests), min(wallTimeMs, other.wallTimeMs));
  }

  private static long min(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    return Math.min(a, b);
  }
}
