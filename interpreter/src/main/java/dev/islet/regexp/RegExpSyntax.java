package dev.islet.regexp;

/**
 * The early errors of a RegularExpressionLiteral (#sec-regular-expression-literals-static-semantics-early-errors):
 * the JS parser calls {@link #validate} for each regex literal. It is the same parser the RegExp
 * engine compiles from, so a literal accepted here is one the engine can run.
 */
public final class RegExpSyntax {
  private RegExpSyntax() {}

  /**
   * Null when pattern (the literal's body, between the slashes) and flags are valid, otherwise a
   * message such as {@code Invalid regular expression: /(/: Unterminated group}.
   */
  public static String validate(String pattern, String flags) {
    try {
      RegExpParser.parse(pattern, flags);
      return null;
    } catch (RegExpSyntaxException e) {
      return e.getMessage();
    }
  }
}
