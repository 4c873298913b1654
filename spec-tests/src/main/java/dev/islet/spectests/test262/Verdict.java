package dev.islet.spectests.test262;

/**
 * Judges an observation against a test's expectation (INTERPRETING.md, "Test Results" and
 * "negative"): a negative test passes only when an error of exactly its {@code type} escapes in
 * exactly its {@code phase}; every other test passes only when it completes. A negative phase
 * beyond what the executor reaches ({@link TestExecutor#lastPhase()}) is not observable: such a test
 * must then complete like a positive one.
 */
public final class Verdict {
  private Verdict() {}

  /** Null when the test passed; otherwise why it failed, for people. */
  public static String failure(Frontmatter meta, Observation seen, Phase lastPhase) {
    switch (seen.kind()) {
      case CRASH:
        return "CRASH: " + seen.message();
      case TIMEOUT:
        return "TIMEOUT: " + seen.message();
      case OUT_OF_MEMORY:
        return "OUT OF MEMORY: " + seen.message();
      case NOT_RUN:
        return "NOT RUN: " + seen.message();
      default:
        break;
    }
    Negative expected = meta.negative();
    boolean observable = expected != null && expected.phase().ordinal() <= lastPhase.ordinal();
    if (!observable) {
      return seen.kind() == Observation.Kind.COMPLETED ? null : describe(seen);
    }
    String want = "expected " + expected.type() + " at " + expected.phase().yamlName() + " phase";
    if (seen.kind() == Observation.Kind.COMPLETED) {
      return want + ", but " + (expected.phase() == Phase.PARSE && lastPhase == Phase.PARSE
          ? "it parsed" : "it completed");
    }
    if (seen.phase() == expected.phase() && expected.type().equals(seen.errorType())) {
      return null;
    }
    return want + ", got " + describe(seen);
  }

  private static String describe(Observation seen) {
    String msg = seen.message();
    String what = seen.errorType() != null ? seen.errorType() : "a non-error value";
    return what + " at " + seen.phase().yamlName() + " phase" + (msg.isEmpty() ? "" : ": " + msg);
  }
}
