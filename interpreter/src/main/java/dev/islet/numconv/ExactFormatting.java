package dev.islet.numconv;

import java.math.BigInteger;

/**
 * toFixed, toExponential and toPrecision, computed exactly: each asks for the integer n
 * nearest to x·10^s for some s, ties to the larger n. A finite double is m·2^b exactly, so
 * n is a ratio of integers rounded half up; no floating-point step is involved.
 */
final class ExactFormatting {
  private static final int MAX_DIGITS = 101;
  private static final BigInteger[] POW10 = new BigInteger[MAX_DIGITS + 1];
  private static final BigInteger FIVE = BigInteger.valueOf(5);
  /** 5^0 .. 5^27, the powers of five that fit a long. */
  private static final long[] POW5_LONG = new long[28];

  static {
    POW10[0] = BigInteger.ONE;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
    }
    POW5_LONG[0] = 1;
    for (int i = 1; i < POW5_LONG.length; i++) {
      POW5_LONG[i] = POW5_LONG[i - 1] * 5;
    }
  }

  private ExactFormatting() {}

  /** https://tc39.es/ecma262/#sec-number.prototype.tofixed steps 6–12, f in 0..100. */
  static String toFixed(double x, int f) {
    if (f < 0 || f > 100) {
      throw new IllegalArgumentException("fractionDigits " + f);
    }
    if (x != x || Double.isInfinite(x)) {
      return NumberToString.toString(x);
    }
    boolean negative = x < 0;
    double a = negative ? -x : x;
    String sign = negative ? "-" : "";
    if (a >= 1e21) {
      return sign + NumberToString.toString(a);
    }
    String m = a == 0 ? "0" : roundHalfUp(a, f).toString();
    if (f == 0) {
      return sign + m;
    }
    int k = m.length();
    StringBuilder sb = new StringBuilder(f + 3 + k);
    sb.append(sign);
    if (k <= f) {
      // "0." followed by f − k zeros, then the digits.
      sb.append("0.");
      sb.append("0".repeat(f - k));
      sb.append(m);
    } else {
      sb.append(m, 0, k - f).append('.').append(m, k - f, k);
    }
    return sb.toString();
  }

  /**
   * https://tc39.es/ecma262/#sec-number.prototype.toexponential steps 6–15;
   * {@code f = -1} stands for an undefined fractionDigits (shortest digits).
   */
  static String toExponential(double x, int f) {
    if (x != x || Double.isInfinite(x)) {
      return NumberToString.toString(x);
    }
    boolean negative = x < 0;
    double a = negative ? -x : x;
    String digits;
    int e;
    if (a == 0) {
      digits = "0".repeat(f < 0 ? 1 : f + 1);
      e = 0;
    } else if (f < 0) {
      Decimal d = ShortestDigits.of(a);
      digits = Long.toString(d.significand());
      e = d.exponent() + digits.length() - 1;
    } else {
      DigitsAndExponent r = roundToPrecision(a, f + 1);
      digits = r.digits;
      e = r.exponent;
    }
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (negative) {
      sb.append('-');
    }
    appendExponential(sb, digits, e);
    return sb.toString();
  }

  /** https://tc39.es/ecma262/#sec-number.prototype.toprecision steps 5–13, p in 1..100. */
  static String toPrecision(double x, int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("precision " + p);
    }
    if (x != x || Double.isInfinite(x)) {
      return NumberToString.toString(x);
    }
    boolean negative = x < 0;
    double a = negative ? -x : x;
    String m;
    int e;
    if (a == 0) {
      m = "0".repeat(p);
      e = 0;
    } else {
      DigitsAndExponent r = roundToPrecision(a, p);
      m = r.digits;
      e = r.exponent;
    }
    StringBuilder sb = new StringBuilder(p + 10);
    if (negative) {
      sb.append('-');
    }
    if (e < -6 || e >= p) {
      appendExponential(sb, m, e); // 10.
    } else if (e == p - 1) {
      sb.append(m); // 11.
    } else if (e >= 0) {
      sb.append(m, 0, e + 1).append('.').append(m, e + 1, p); // 12.
    } else {
      sb.append("0.").append("0".repeat(-(e + 1))).append(m); // 13.
    }
    return sb.toString();
  }

  /** d[.ddd]e±|e|, the common tail of toExponential and toPrecision. */
  private static void appendExponential(StringBuilder sb, String digits, int e) {
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
  }

  private record DigitsAndExponent(String digits, int exponent) {}

  /**
   * The e and n with 10^(p−1) ≤ n < 10^p and n·10^(e−p+1) nearest to a (ties: the larger),
   * for a finite a &gt; 0.
   */
  private static DigitsAndExponent roundToPrecision(double a, int p) {
    int highBit = Math.getExponent(a);
    if (highBit < Double.MIN_EXPONENT) {
      highBit = -1074 + 63 - Long.numberOfLeadingZeros(Double.doubleToRawLongBits(a)); // subnormal
    }
    // 2^highBit ≤ a < 2^(highBit+1), so this is floor(log10 a) or one less.
    int e = PowersOfTen.flog10pow2(highBit);
    BigInteger limit = POW10[p];
    BigInteger n = roundHalfUp(a, p - 1 - e);
    while (n.compareTo(limit) >= 0) {
      // Rounding (or the estimate) put n at p + 1 digits: one power of ten more.
      e++;
      n = roundHalfUp(a, p - 1 - e);
    }
    return new DigitsAndExponent(n.toString(), e);
  }

  /** The integer nearest to a·10^s, ties up, for finite a ≥ 0 and any s. */
  static BigInteger roundHalfUp(double a, int s) {
    long bits = Double.doubleToRawLongBits(a);
    int biased = (int) (bits >>> 52) & 0x7FF;
    long m = bits & ((1L << 52) - 1);
    int b;
    if (biased == 0) {
      b = -1074;
    } else {
      m |= 1L << 52;
      b = biased - 1075;
    }
    if (m == 0) {
      return BigInteger.ZERO;
    }
    // a·10^s = m · 5^s · 2^(b+s): fold the 2^s into the binary exponent.
    int shift = b + s;
    BigInteger num = BigInteger.valueOf(m);
    BigInteger den = BigInteger.ONE;
    if (s > 0) {
      num = num.multiply(pow5(s));
    } else if (s < 0) {
      den = pow5(-s);
    }
    if (shift >= 0) {
      num = num.shiftLeft(shift);
    } else if (den.equals(BigInteger.ONE)) {
      // floor(num / 2^k + 1/2) = (num >> k) + bit k−1 of num.
      int k = -shift;
      if (k > num.bitLength()) {
        return BigInteger.ZERO;
      }
      BigInteger q = num.shiftRight(k);
      return num.testBit(k - 1) ? q.add(BigInteger.ONE) : q;
    } else {
      den = den.shiftLeft(-shift);
    }
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].shiftLeft(1).compareTo(den) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  private static BigInteger pow5(int s) {
    // Repeated squaring: a few microseconds even for 5^400, so no (mutable) cache.
    return s < 28 ? BigInteger.valueOf(POW5_LONG[s]) : FIVE.pow(s);
  }
}
