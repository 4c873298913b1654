package dev.islet.spectests.test262.engine;

import java.io.PrintStream;

/**
 * The limits every test runs under, and where engine-bug details go.
 *
 * @param instructionLimit the engine's instruction budget per test and mode: a test that spends it ends as
 *                         TIMEOUT. Deterministic, so a baseline does not flap with the machine's load.
 * @param cpuMillis        a CPU-time limit per test and mode on top of it (a second line of defence, for
 *                         built-ins that do much work per charged tick); also a TIMEOUT
 * @param memoryBytes      the heap limit per test and mode (OUT OF MEMORY past it)
 * @param verbose          where to print the Java stack trace of every engine crash, or null
 */
public record EngineSettings(long instructionLimit, long cpuMillis, long memoryBytes, PrintStream verbose) {
  /** A few hundred million ticks: the heaviest real tests (Unicode property escapes) stay well below it. */
  public static final long DEFAULT_INSTRUCTIONS = 300_000_000L;
  public static final long DEFAULT_CPU_MILLIS = 20_000;
  public static final long DEFAULT_MEMORY = 256L << 20;

  public static EngineSettings defaults() {
    return new EngineSettings(DEFAULT_INSTRUCTIONS, DEFAULT_CPU_MILLIS, DEFAULT_MEMORY, null);
  }

  public EngineSettings withVerbose(PrintStream out) {
    return new EngineSettings(instructionLimit, cpuMillis, memoryBytes, out);
  }

  public EngineSettings withInstructionLimit(long n) {
    return new EngineSettings(n, cpuMillis, memoryBytes, verbose);
  }
}
