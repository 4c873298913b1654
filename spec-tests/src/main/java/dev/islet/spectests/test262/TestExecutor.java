package dev.islet.spectests.test262;

/**
 * Runs tests on an engine. The runner creates one executor per worker thread (so an executor need
 * not be thread-safe), calls {@link #run} for each test and mode, and judges the {@link Observation}
 * itself. An executor should report engine failures as {@link Observation#crash}; the runner also
 * catches anything that escapes (including {@code StackOverflowError} and {@code OutOfMemoryError})
 * and counts it as a crash, and a backstop (CPU and wall-clock time) counts a run that never returns as a
 * timeout.
 */
public interface TestExecutor extends AutoCloseable {
  /**
   * The last phase this executor reaches. A parse-only executor stops after {@link Phase#PARSE}: a
   * negative test of a later phase must then simply parse.
   */
  Phase lastPhase();

  /** Runs one test in one mode and reports what happened. */
  Observation run(Execution execution);

  /** Releases what the executor holds; called when its worker thread ends. */
  @Override
  default void close() {}

  /** Makes one executor per worker thread. */
  @FunctionalInterface
  interface Factory {
    TestExecutor create();
  }
}
