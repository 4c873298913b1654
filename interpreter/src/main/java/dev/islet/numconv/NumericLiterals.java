package dev.islet.numconv;

import java.math.BigInteger;

/**
 * Values of numeric literals for the lexer (https://tc39.es/ecma262/#sec-literals-numeric-literals).
 * The lexer validates the syntax (separator placement, strict-mode octal, an IdentifierStart
 * right after the literal); these methods only compute values, and ignore any '_' they see so
 * the lexer may pass the text with or without its separators.
 */
public final class NumericLiterals {
  private NumericLiterals() {}

  /**
   * The MV of a NumericLiteral that is not a BigInt: decimal ("1.5e3", ".5", "5."),
   * "0x"/"0o"/"0b" forms, LegacyOctalIntegerLiteral ("0777" is 511) and
   * NonOctalDecimalIntegerLiteral ("089" is 89, "08.5" is 8.5), correctly rounded.
   */
  public static double numberValue(String text) {
    String t = withoutSeparators(text);
    int len = t.length();
    if (len >= 2 && t.charAt(0) == '0') {
      int radix = StringToNumber.radixOfPrefix(t.charAt(1));
      if (radix != 0) {
        return StringToNumber.integerValue(t, 2, len, radix);
      }
      if (isLegacyOctal(t)) {
        return StringToNumber.integerValue(t, 1, len, 8);
      }
    }
    return StringToNumber.decimalValue(t, 0, len);
  }

  /**
   * The value of a BigIntLiteral: decimal or "0x"/"0o"/"0b" digits, with or without the
   * trailing 'n'.
   */
  public static BigInteger bigIntValue(String text) {
    String t = withoutSeparators(text);
    int end = t.length();
    if (end > 0 && t.charAt(end - 1) == 'n') {
      end--;
    }
    if (end > 2 && t.charAt(0) == '0') {
      int radix = StringToNumber.radixOfPrefix(t.charAt(1));
      if (radix != 0) {
        return BigIntConversions.parseDigits(t, 2, end, radix);
      }
    }
    return BigIntConversions.parseDigits(t, 0, end, 10);
  }

  /** "0" followed only by octal digits (at least one): LegacyOctalIntegerLiteral. */
  private static boolean isLegacyOctal(String t) {
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '7') {
        return false;
      }
    }
    return true;
  }

  private static String withoutSeparators(String text) {
    return text.indexOf('_') < 0 ? text : text.replace("_", "");
  }
}
