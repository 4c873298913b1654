package dev.islet.regexp;

/**
 * Where the matcher reports its work. It charges steps in chunks (about every thousand
 * backtracking steps), so an implementation can afford to check a deadline or an instruction budget
 * on each call and end a catastrophic match by throwing its own termination exception, which the
 * matcher lets through untouched.
 */
public interface RegExpBudget {
  /** No limit (tests, and the engine's own trusted uses). */
  RegExpBudget UNLIMITED = steps -> { };

  /** Records that the matcher took {@code steps} more steps; may throw to stop the match. */
  void charge(long steps);

  /** Records that the backtracking stack grew by {@code bytes}; may throw to stop the match. */
  default void chargeMemory(long bytes) {
  }
}
