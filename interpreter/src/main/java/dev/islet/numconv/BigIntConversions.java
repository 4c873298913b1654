package dev.islet.numconv;

import java.math.BigInteger;

/** String ↔ BigInt: StringToBigInt and BigInt::toString. */
public final class BigIntConversions {
  private BigIntConversions() {}

  /**
   * StringToBigInt(str) (https://tc39.es/ecma262/#sec-stringtobigint): the value of a
   * StringIntegerLiteral — white space trimmed; empty is 0n; an optionally signed decimal
   * integer, or an unsigned "0x"/"0o"/"0b" integer; no separators, no fraction, no exponent,
   * no 'n'. Returns null where the spec returns undefined (the caller throws SyntaxError).
   */
  public static BigInteger stringToBigInt(String s) {
    int start = StringToNumber.skipWhiteSpace(s, 0, s.length());
    int end = StringToNumber.trimEnd(s, start);
    if (start == end) {
      return BigInteger.ZERO;
    }
    if (end - start > 2 && s.charAt(start) == '0') {
      int radix = StringToNumber.radixOfPrefix(s.charAt(start + 1));
      if (radix != 0) {
        return digits(s, start + 2, end, radix, false);
      }
    }
    boolean negative = false;
    int i = start;
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      negative = s.charAt(i) == '-';
      i++;
    }
    return digits(s, i, end, 10, negative);
  }

  /** BigInt::toString(x, radix) (https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring). */
  public static String toString(BigInteger x, int radix) {
    if (radix < 2 || radix > 36) {
      throw new IllegalArgumentException("radix " + radix);
    }
    return x.toString(radix); // lower-case digits, '-' for negatives, as the spec's table
  }

  private static BigInteger digits(String s, int from, int end, int radix, boolean negative) {
    if (from == end) {
      return null;
    }
    for (int i = from; i < end; i++) {
      if (StringToNumber.digitValue(s.charAt(i)) >= radix) {
        return null;
      }
    }
    BigInteger v = parseDigits(s, from, end, radix);
    return negative ? v.negate() : v;
  }

  private static final int BLOCK = 512;

  /**
   * The value of the valid digits s[from, end). BigInteger's own parser is quadratic in the
   * length, so long inputs are split in two, halves parsed recursively, and joined by one
   * multiplication (which BigInteger does sub-quadratically): a million digits take
   * milliseconds, not minutes.
   */
  static BigInteger parseDigits(String s, int from, int end, int radix) {
    if (end - from <= BLOCK) {
      return new BigInteger(s.substring(from, end), radix);
    }
    // powers[j] = radix^(BLOCK·2^j), shared by all the splits of one call.
    BigInteger[] powers = new BigInteger[32];
    return parseSplit(s, from, end, radix, powers);
  }

  private static BigInteger parseSplit(String s, int from, int end, int radix, BigInteger[] powers) {
    int n = end - from;
    if (n <= BLOCK) {
      return new BigInteger(s.substring(from, end), radix);
    }
    // The low part is BLOCK·2^j digits, the largest such size below n.
    int j = 0;
    while ((long) BLOCK << (j + 1) < n) {
      j++;
    }
    int lowLength = BLOCK << j;
    if (powers[j] == null) {
      powers[j] = BigInteger.valueOf(radix).pow(lowLength);
    }
    BigInteger high = parseSplit(s, from, end - lowLength, radix, powers);
    BigInteger low = parseSplit(s, end - lowLength, end, radix, powers);
    return high.multiply(powers[j]).add(low);
  }
}
