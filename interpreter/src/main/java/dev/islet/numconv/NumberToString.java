package dev.islet.numconv;

import java.nio.charset.StandardCharsets;

/**
 * Number → String: Number::toString (https://tc39.es/ecma262/#sec-numeric-types-number-tostring)
 * with the shortest round-trip digits, the same with a radix (V8's digits, which test262 and
 * users expect), and the exact formats of {@code toFixed}, {@code toExponential} and
 * {@code toPrecision}.
 *
 * <p>The one-argument {@link #toString(double)} is hot (string concatenation, property keys):
 * integers take a {@code Long.toString} path and the rest never touches BigInteger.
 */
public final class NumberToString {
  private static final double TWO_POW_53 = 0x1p53;

  private NumberToString() {}

  /** Number::toString(x) — the shortest digits that read back as x ("1e+21", "0.1", "-0" → "0"). */
  public static String toString(double x) {
    int i = (int) x;
    if (i == x) {
      return i == 0 ? "0" : Integer.toString(i); // both zeros print "0"
    }
    if (x != x) {
      return "NaN";
    }
    boolean negative = x < 0;
    double a = negative ? -x : x;
    if (a < TWO_POW_53) {
      long l = (long) a;
      if (l == a) {
        // Below 2^53 an integer's shortest digits are the integer itself (ulp <= 1).
        return Long.toString(negative ? -l : l);
      }
    } else if (a == Double.POSITIVE_INFINITY) {
      return negative ? "-Infinity" : "Infinity";
    }
    Decimal d = ShortestDigits.of(a);
    return format(negative, d.significand(), d.exponent());
  }

  /**
   * Number::toString(x, radix) for radix 2–36. Radix 10 is {@link #toString(double)}; the
   * others give V8's digits (see {@link RadixToString}).
   */
  public static String toString(double x, int radix) {
    if (radix == 10) {
      return toString(x);
    }
    if (radix < 2 || radix > 36) {
      throw new IllegalArgumentException("radix " + radix);
    }
    if (x != x || Double.isInfinite(x)) {
      return toString(x);
    }
    return RadixToString.toString(x, radix);
  }

  /**
   * The shortest decimal for a finite x ≠ 0 (sign ignored): the n, k, s of Number::toString
   * step 5, as {@code s × 10^exponent}. Used by {@code toExponential()} without an argument.
   */
  public static Decimal shortestDecimal(double x) {
    if (x == 0 || x != x || Double.isInfinite(x)) {
      throw new IllegalArgumentException("not a finite non-zero number: " + x);
    }
    return ShortestDigits.of(Math.abs(x));
  }

  /**
   * Number.prototype.toFixed's result for a fraction-digit count already checked to be in
   * 0..100 (https://tc39.es/ecma262/#sec-number.prototype.tofixed, steps 6–12).
   */
  public static String toFixed(double x, int fractionDigits) {
    return ExactFormatting.toFixed(x, fractionDigits);
  }

  /**
   * Number.prototype.toExponential(undefined): the shortest digits in exponential form
   * (https://tc39.es/ecma262/#sec-number.prototype.toexponential).
   */
  public static String toExponential(double x) {
    return ExactFormatting.toExponential(x, -1);
  }

  /**
   * Number.prototype.toExponential(f) for f already checked to be in 0..100; non-finite x
   * give Number::toString(x) as the spec's step 6 does.
   */
  public static String toExponential(double x, int fractionDigits) {
    if (fractionDigits < 0 || fractionDigits > 100) {
      throw new IllegalArgumentException("fractionDigits " + fractionDigits);
    }
    return ExactFormatting.toExponential(x, fractionDigits);
  }

  /**
   * Number.prototype.toPrecision(p) for p already checked to be in 1..100
   * (https://tc39.es/ecma262/#sec-number.prototype.toprecision).
   */
  public static String toPrecision(double x, int precision) {
    return ExactFormatting.toPrecision(x, precision);
  }

  /** Number::toString steps 6–12 for the value (−1)^negative × digits × 10^exponent. */
  static String format(boolean negative, long digits, int exponent) {
    byte[] buf = new byte[32];
    int pos = 0;
    if (negative) {
      buf[pos++] = '-';
    }
    int k = decimalLength(digits);
    int n = exponent + k;
    if (k <= n && n <= 21) {
      // 6. The digits followed by n − k zeros.
      pos = writeDigits(buf, pos, digits, k);
      for (int z = 0; z < n - k; z++) {
        buf[pos++] = '0';
      }
    } else if (0 < n && n <= 21) {
      // 7. The first n digits, '.', the remaining k − n.
      int start = pos;
      pos = writeDigits(buf, pos + 1, digits, k);
      System.arraycopy(buf, start + 1, buf, start, n);
      buf[start + n] = '.';
    } else if (-6 < n && n <= 0) {
      // 8. "0." then −n zeros then the digits.
      buf[pos++] = '0';
      buf[pos++] = '.';
      for (int z = 0; z < -n; z++) {
        buf[pos++] = '0';
      }
      pos = writeDigits(buf, pos, digits, k);
    } else {
      // 9.–12. Exponential: d[.ddd]e±(n−1).
      int start = pos;
      pos = writeDigits(buf, pos + 1, digits, k);
      buf[start] = buf[start + 1];
      if (k == 1) {
        pos--;
      } else {
        buf[start + 1] = '.';
      }
      buf[pos++] = 'e';
      int e = n - 1;
      buf[pos++] = (byte) (e < 0 ? '-' : '+');
      int abs = Math.abs(e);
      pos = writeDigits(buf, pos, abs, decimalLength(abs));
    }
    return new String(buf, 0, pos, StandardCharsets.ISO_8859_1);
  }

  /** Writes the {@code length} decimal digits of {@code value} at {@code pos}; returns the end. */
  static int writeDigits(byte[] buf, int pos, long value, int length) {
    int end = pos + length;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + (int) (value % 10));
      value /= 10;
    }
    return end;
  }

  /** The number of decimal digits of a non-negative long (1 for 0). */
  static int decimalLength(long v) {
    int len = 1;
    long p = 10;
    while (len < 19 && v >= p) {
      len++;
      p *= 10;
    }
    return len;
  }
}
