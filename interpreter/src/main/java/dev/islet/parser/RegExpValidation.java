package dev.islet.parser;

import dev.islet.regexp.RegExpSyntax;

/**
 * Early errors of a RegularExpressionLiteral
 * (https://tc39.es/ecma262/#sec-primary-expression-regular-expression-literals-static-semantics-early-errors):
 * the pattern is checked by the RegExp engine's own pattern parser; the flags were already
 * checked by the lexer.
 */
final class RegExpValidation {
  private RegExpValidation() {}

  /** Null when the pattern is valid for the flags, else a message. */
  static String validate(String pattern, String flags) {
    return RegExpSyntax.validate(pattern, flags);
  }
}
