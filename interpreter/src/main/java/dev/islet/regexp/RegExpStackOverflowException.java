package dev.islet.regexp;

/**
 * The backtracking stack passed {@link RegExpMatcher#MAX_STACK}. The RegExp built-ins report it
 * as a RangeError, as other engines do for patterns too complex to run.
 */
public final class RegExpStackOverflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RegExpStackOverflowException() {
    super("Maximum regular expression backtracking stack size exceeded", null, false, false);
  }
}
