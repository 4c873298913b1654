package dev.islet.ops;

import java.math.BigInteger;

/** BigInt conversions that need no realm: StringToBigInt — https://tc39.es/ecma262/#sec-stringtobigint. */
public final class BigIntConversions {
  private BigIntConversions() {}

  /** StringToBigInt ( str ): the value, or null when the string is not a StringIntegerLiteral. */
  public static BigInteger stringToBigInt(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && NumberConversions.isWhite(s.charAt(start))) {
      start++;
    }
    while (end > start && NumberConversions.isWhite(s.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return BigInteger.ZERO;
    }
    String t = s.substring(start, end);
    int radix = 10;
    int from = 0;
    if (t.length() > 2 && t.charAt(0) == '0') {
      char c = t.charAt(1);
      if (c == 'x' || c == 'X') {
        radix = 16;
      } else if (c == 'o' || c == 'O') {
        radix = 8;
      } else if (c == 'b' || c == 'B') {
        radix = 2;
      }
      if (radix != 10) {
        from = 2;
      }
    }
    boolean negative = false;
    if (radix == 10 && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      negative = t.charAt(0) == '-';
      from = 1;
    }
    if (from >= t.length()) {
      return null;
    }
    for (int i = from; i < t.length(); i++) {
      if (Character.digit(t.charAt(i), radix) < 0 || t.charAt(i) > 'z') {
        return null;
      }
    }
    BigInteger v = new BigInteger(t.substring(from), radix);
    return negative ? v.negate() : v;
  }
}
