package dev.islet.numconv;

import java.math.BigInteger;

/**
 * String → Number: StringToNumber (https://tc39.es/ecma262/#sec-stringtonumber), parseFloat
 * (https://tc39.es/ecma262/#sec-parsefloat-string) and parseInt
 * (https://tc39.es/ecma262/#sec-parseint-string-radix). Results are correctly rounded.
 *
 * <p>Decimal text is validated by our own scanner against the spec's grammar and then handed
 * to {@link Double#parseDouble}, which is correctly rounded but accepts more than the spec
 * ("1d", "0x1p3", "NaN", surrounding whitespace of its own kind): it only ever sees text that
 * the scanner has already accepted.
 */
public final class StringToNumber {
  /** The largest integer below which every integer is a double: 2^53. */
  private static final long TWO_POW_53 = 1L << 53;

  private StringToNumber() {}

  /**
   * StrWhiteSpaceChar: WhiteSpace (TAB, VT, FF, ZWNBSP, any Zs) or LineTerminator (LF, CR, LS,
   * PS). The Zs code points are listed rather than taken from {@link Character}, whose Unicode
   * version moves with the JDK.
   */
  public static boolean isStrWhiteSpaceChar(char c) {
    if (c <= 0x20) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D); // TAB LF VT FF CR and SP
    }
    if (c < 0xA0) {
      return false;
    }
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
  }

  /** The index of the first non-StrWhiteSpaceChar at or after {@code from}. */
  static int skipWhiteSpace(String s, int from, int end) {
    int i = from;
    while (i < end && isStrWhiteSpaceChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of s without its trailing StrWhiteSpaceChars, not below {@code start}. */
  static int trimEnd(String s, int start) {
    int end = s.length();
    while (end > start && isStrWhiteSpaceChar(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** StringToNumber(str): NaN unless the whole (trimmed) string is a StringNumericLiteral. */
  public static double stringToNumber(String s) {
    int len = s.length();
    // Fast path: short plain non-negative integers without a leading zero, e.g. "42".
    if (len > 0 && len <= 15) {
      char c0 = s.charAt(0);
      if (c0 >= '1' && c0 <= '9') {
        long v = c0 - '0';
        int i = 1;
        while (i < len) {
          char c = s.charAt(i);
          if (c < '0' || c > '9') {
            break;
          }
          v = v * 10 + (c - '0');
          i++;
        }
        if (i == len) {
          return v;
        }
      }
    }
    int start = skipWhiteSpace(s, 0, len);
    int end = trimEnd(s, start);
    if (start == end) {
      return 0; // empty or only white space
    }
    if (end - start > 2 && s.charAt(start) == '0') {
      int radix = radixOfPrefix(s.charAt(start + 1));
      if (radix != 0) {
        return nonDecimalValue(s, start + 2, end, radix);
      }
    }
    int scanned = scanStrDecimalLiteral(s, start, end);
    return scanned == end ? decimalValue(s, start, end) : Double.NaN;
  }

  /** parseFloat(string): the value of the longest StrDecimalLiteral prefix after white space. */
  public static double parseFloat(String s) {
    int end = s.length();
    int start = skipWhiteSpace(s, 0, end);
    int prefixEnd = scanStrDecimalLiteral(s, start, end);
    return prefixEnd < 0 ? Double.NaN : decimalValue(s, start, prefixEnd);
  }

  /**
   * parseInt(string, radix) where {@code radix} is already ToInt32(radix) (0 meaning "not
   * given"). For radix 2, 4, 8, 10, 16 and 32 the value is the exact integer correctly
   * rounded, as the spec requires; for the others the spec allows an approximation, and we
   * give V8's (see {@link #approximateIntegerValue}) so results match node bit for bit.
   */
  public static double parseInt(String s, int radix) {
    int end = s.length();
    int i = skipWhiteSpace(s, 0, end);
    boolean negative = false;
    if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    boolean stripPrefix = true;
    if (radix != 0) {
      if (radix < 2 || radix > 36) {
        return Double.NaN;
      }
      if (radix != 16) {
        stripPrefix = false;
      }
    } else {
      radix = 10;
    }
    if (stripPrefix && i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x') {
      i += 2;
      radix = 16;
    }
    int digitsEnd = i;
    while (digitsEnd < end && digitValue(s.charAt(digitsEnd)) < radix) {
      digitsEnd++;
    }
    if (digitsEnd == i) {
      return Double.NaN;
    }
    double v = (radix & (radix - 1)) == 0 || radix == 10
        ? integerValue(s, i, digitsEnd, radix)
        : approximateIntegerValue(s, i, digitsEnd, radix);
    return negative ? -v : v; // −0 for "-0", as step 16 requires
  }

  /** The radix named by the letter after a leading "0" (x, o, b in either case), else 0. */
  static int radixOfPrefix(char c) {
    switch (c) {
      case 'x': case 'X':
        return 16;
      case 'o': case 'O':
        return 8;
      case 'b': case 'B':
        return 2;
      default:
        return 0;
    }
  }

  /** The value of a digit in radix up to 36, or 99 for a non-digit. */
  static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int lower = c | 0x20;
    if (lower >= 'a' && lower <= 'z') {
      return lower - 'a' + 10;
    }
    return 99;
  }

  /** Digits s[from, end) in the radix, or NaN if any is not one (or there are none). */
  static double nonDecimalValue(String s, int from, int end, int radix) {
    if (from == end) {
      return Double.NaN;
    }
    for (int i = from; i < end; i++) {
      if (digitValue(s.charAt(i)) >= radix) {
        return Double.NaN;
      }
    }
    return integerValue(s, from, end, radix);
  }

  /** The correctly rounded value of the valid digits s[from, end) in the radix. */
  static double integerValue(String s, int from, int end, int radix) {
    int i = from;
    while (i < end - 1 && s.charAt(i) == '0') {
      i++;
    }
    int significant = i;
    long v = 0;
    // Exact while the accumulator stays below 2^53 (then the double is exact too).
    long limit = (TWO_POW_53 - 1) / radix;
    while (i < end && v <= limit) {
      v = v * radix + digitValue(s.charAt(i));
      i++;
    }
    if (i == end && v < TWO_POW_53) {
      return v;
    }
    // The value is at least 2^47 · radix^(end − i): past 2^1100 it is Infinity, so BigInteger
    // never sees a huge input.
    double bitsPerDigit = Math.log(radix) / Math.log(2);
    if ((end - i) * bitsPerDigit > 1100) {
      return Double.POSITIVE_INFINITY;
    }
    return new BigInteger(s.substring(significant, end), radix).doubleValue(); // half-even
  }

  /**
   * The digits s[from, end) in a radix that is not a power of two nor 10, computed as V8
   * does: digits are gathered into parts small enough that part and multiplier stay below
   * 2^32/36, and each part is folded in with one double multiply and one add. Exact below
   * 2^53; above, rounding errors accumulate (allowed by step 13 of parseInt).
   */
  static double approximateIntegerValue(String s, int from, int end, int radix) {
    final long maxMultiplier = 0xFFFF_FFFFL / 36;
    double result = 0;
    int i = from;
    while (i < end && s.charAt(i) == '0') {
      i++; // leading zeros would shift where the parts split
    }
    while (i < end) {
      long part = 0;
      long multiplier = 1;
      while (i < end) {
        long m = multiplier * radix;
        if (m > maxMultiplier) {
          break;
        }
        part = part * radix + digitValue(s.charAt(i));
        multiplier = m;
        i++;
      }
      result = result * multiplier + part;
    }
    return result;
  }

  /**
   * Scans StrDecimalLiteral (optional sign, then Infinity or decimal digits with an optional
   * fraction and exponent; no separators) from {@code start}; returns the end of the longest
   * match or −1 if there is none. An exponent marker not followed by digits is not consumed.
   */
  static int scanStrDecimalLiteral(String s, int start, int end) {
    int i = start;
    if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (s.startsWith("Infinity", i)) {
      return i + 8 <= end ? i + 8 : -1;
    }
    int digits = 0;
    while (i < end && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < end && s.charAt(i) == '.') {
      int j = i + 1;
      int fractionDigits = 0;
      while (j < end && isDigit(s.charAt(j))) {
        j++;
        fractionDigits++;
      }
      if (digits + fractionDigits == 0) {
        return -1; // a lone "."
      }
      digits += fractionDigits;
      i = j;
    }
    if (digits == 0) {
      return -1;
    }
    if (i < end && (s.charAt(i) | 0x20) == 'e') {
      int j = i + 1;
      if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int expStart = j;
      while (j < end && isDigit(s.charAt(j))) {
        j++;
      }
      if (j > expStart) {
        i = j;
      }
    }
    return i;
  }

  /** The value of s[from, end), which {@link #scanStrDecimalLiteral} accepted whole. */
  static double decimalValue(String s, int from, int end) {
    char last = s.charAt(end - 1);
    if (last == 'y') {
      return s.charAt(from) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    // Fast path: at most 15 digits and no exponent. The digits are an exact long below 2^53
    // and 10^fractionDigits (≤ 10^22) an exact double, so one correctly rounded division (or
    // none) gives the correctly rounded result.
    int i = from;
    boolean negative = false;
    char first = s.charAt(i);
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    long v = 0;
    int digits = 0;
    int fractionDigits = -1; // −1: no '.' yet
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          break;
        }
        v = v * 10 + (c - '0');
        if (fractionDigits >= 0) {
          fractionDigits++;
        }
      } else if (c == '.') {
        fractionDigits = 0;
      } else {
        break; // an exponent
      }
    }
    if (i == end) {
      double d = fractionDigits <= 0 ? v : v / EXACT_POWERS_OF_TEN[fractionDigits];
      return negative ? -d : d;
    }
    return Double.parseDouble(s.substring(from, end));
  }

  private static final double[] EXACT_POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
