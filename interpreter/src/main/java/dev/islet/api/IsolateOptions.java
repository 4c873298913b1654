package dev.islet.api;

/**
 * Limits and settings of an isolate. Defaults: 128 MiB heap, 30 s CPU, no instruction limit,
 * 20,000 JS frames, 1,000,000 pending microtasks.
 */
public record IsolateOptions(long memoryLimitBytes, long cpuTimeLimitMillis, long instructionLimit, int maxCallDepth,
    int maxPendingJobs) {
  public static final long DEFAULT_MEMORY = 128L << 20;
  public static final long DEFAULT_CPU_MILLIS = 30_000;

  public static IsolateOptions defaults() {
    return new IsolateOptions(DEFAULT_MEMORY, DEFAULT_CPU_MILLIS, 0, dev.islet.vm.Agent.DEFAULT_MAX_CALL_DEPTH, 1_000_000);
  }

  public IsolateOptions withMemoryLimit(long bytes) {
    return new IsolateOptions(bytes, cpuTimeLimitMillis, instructionLimit, maxCallDepth, maxPendingJobs);
  }

  public IsolateOptions withCpuTimeLimit(long millis) {
    return new IsolateOptions(memoryLimitBytes, millis, instructionLimit, maxCallDepth, maxPendingJobs);
  }

  public IsolateOptions withInstructionLimit(long n) {
    return new IsolateOptions(memoryLimitBytes, cpuTimeLimitMillis, n, maxCallDepth, maxPendingJobs);
  }

  public IsolateOptions withMaxCallDepth(int depth) {
    return new IsolateOptions(memoryLimitBytes, cpuTimeLimitMillis, instructionLimit, depth, maxPendingJobs);
  }

  public IsolateOptions withMaxPendingJobs(int n) {
    return new IsolateOptions(memoryLimitBytes, cpuTimeLimitMillis, instructionLimit, maxCallDepth, n);
  }
}
