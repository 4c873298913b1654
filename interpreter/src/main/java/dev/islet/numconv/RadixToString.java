package dev.islet.numconv;

import java.nio.charset.StandardCharsets;

/**
 * Number::toString(x, radix) for radix ≠ 10. The spec leaves these digits
 * implementation-defined; we produce exactly what V8 (node) prints, because scripts and tests
 * compare against it. The method is V8's: the integer part is written digit by digit from the
 * exact integer, with zeros for the digits below the double's precision once the quotient
 * passes 2^53; the fraction is generated with ordinary double arithmetic until the remaining
 * fraction is smaller than half the distance to the next double ("delta", scaled along with
 * the fraction), and the last digit is rounded half-to-even with a carry that may ripple into
 * the integer part. Every step is an IEEE double operation, which Java performs exactly as C++.
 */
final class RadixToString {
  private static final byte[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.ISO_8859_1);
  // 1024 integer digits (radix 2) on the left of the middle, 1074 fraction digits on its right.
  private static final int BUFFER_SIZE = 2200;
  private static final int POINT = BUFFER_SIZE / 2;

  private RadixToString() {}

  /** A finite x in radix 2..9 or 11..36. */
  static String toString(double x, int radix) {
    byte[] buf = new byte[BUFFER_SIZE];
    int integerCursor = POINT;
    int fractionCursor = POINT;
    boolean negative = x < 0;
    double value = negative ? -x : x;
    double integer = Math.floor(value);
    double fraction = value - integer;
    // Fraction digits are worth producing only down to the input's own precision.
    double delta = Math.max(0.5 * (Math.nextUp(value) - value), Double.MIN_VALUE);
    if (fraction >= delta) {
      buf[fractionCursor++] = '.';
      do {
        fraction *= radix;
        delta *= radix;
        int digit = (int) fraction;
        buf[fractionCursor++] = DIGITS[digit];
        fraction -= digit;
        boolean roundsUp = fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0);
        if (roundsUp && fraction + delta > 1) {
          fractionCursor = roundUp(buf, fractionCursor, radix);
          if (fractionCursor == POINT) {
            integer += 1; // the carry left the fraction; the point is dropped
          }
          break;
        }
      } while (fraction >= delta);
    }
    // Digits below the double's precision are zeros.
    while (Math.getExponent(integer / radix) > 52) {
      integer /= radix;
      buf[--integerCursor] = '0';
    }
    do {
      double remainder = integer % radix;
      buf[--integerCursor] = DIGITS[(int) remainder];
      integer = (integer - remainder) / radix;
    } while (integer > 0);
    if (negative) {
      buf[--integerCursor] = '-';
    }
    return new String(buf, integerCursor, fractionCursor - integerCursor, StandardCharsets.ISO_8859_1);
  }

  /**
   * Adds one unit in the last written fraction digit: digits equal to radix − 1 are dropped
   * (they become trailing zeros), the first smaller one is incremented. Returns the new end,
   * which is {@link #POINT} when the carry reached the integer part.
   */
  private static int roundUp(byte[] buf, int end, int radix) {
    int cursor = end;
    while (true) {
      cursor--;
      if (cursor == POINT) {
        return POINT;
      }
      int c = buf[cursor];
      int digit = c > '9' ? c - 'a' + 10 : c - '0';
      if (digit + 1 < radix) {
        buf[cursor] = DIGITS[digit + 1];
        return cursor + 1;
      }
    }
  }
}
