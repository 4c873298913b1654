package dev.islet.spectests.test262;

/**
 * What an executor saw when it ran one test in one mode. The executor only observes; {@link Verdict}
 * compares the observation with the test's expectation.
 *
 * @param kind      how the run ended
 * @param phase     for {@link Kind#THREW}: the phase the error escaped in
 * @param errorType for {@link Kind#THREW}: the name of the thrown error's constructor (e.g. {@code SyntaxError})
 * @param message   a message for people (the error's message, the Java exception, why it timed out)
 */
public record Observation(Kind kind, Phase phase, String errorType, String message) {
  /** How a run ended. */
  public enum Kind {
    /** It ran to the end without an uncaught error (for async tests: {@code $DONE} reported success). */
    COMPLETED,
    /** A JavaScript error escaped (for async tests: {@code $DONE} reported a failure). */
    THREW,
    /** The engine failed: a Java exception or error that is not a JavaScript error. Always a failure. */
    CRASH,
    /** The instruction or CPU budget, or the runner's backstop, ran out. Always a failure. */
    TIMEOUT,
    /** The test's heap limit ran out. Always a failure. */
    OUT_OF_MEMORY,
    /**
     * The test could not run as written: a harness file failed, or it needs what the engine does not
     * have yet (modules). Always a failure.
     */
    NOT_RUN
  }

  private static final Observation COMPLETED_RUN = new Observation(Kind.COMPLETED, null, null, "");

  public static Observation completed() {
    return COMPLETED_RUN;
  }

  public static Observation threw(Phase phase, String errorType, String message) {
    return new Observation(Kind.THREW, phase, errorType, message == null ? "" : message);
  }

  /** A crash described by the Java throwable that caused it, with the frame it came from. */
  public static Observation crash(Throwable t) {
    StringBuilder msg = new StringBuilder(t.getClass().getName());
    if (t.getMessage() != null) {
      msg.append(": ").append(firstLine(t.getMessage()));
    }
    StackTraceElement[] trace = t.getStackTrace();
    if (trace.length > 0) {
      msg.append(" at ").append(trace[0]);
    }
    return new Observation(Kind.CRASH, null, null, msg.toString());
  }

  public static Observation timeout(String message) {
    return new Observation(Kind.TIMEOUT, null, null, message);
  }

  public static Observation outOfMemory(String message) {
    return new Observation(Kind.OUT_OF_MEMORY, null, null, message);
  }

  public static Observation notRun(String message) {
    return new Observation(Kind.NOT_RUN, null, null, message);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
