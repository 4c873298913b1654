package dev.islet.regexp;

/**
 * A pattern or flags that are not valid: the message reads like
 * {@code Invalid regular expression: /(/: Unterminated group}. The RegExp constructor turns it into
 * a SyntaxError; the JS parser reports it as an early error of the literal.
 */
public final class RegExpSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public RegExpSyntaxException(String pattern, String flags, String reason) {
    super("Invalid regular expression: /" + pattern + "/" + flags + ": " + reason, null, false, false);
    this.reason = reason;
  }

  /** The reason alone ("Unterminated group"). */
  public String reason() {
    return reason;
  }
}
