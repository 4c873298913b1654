package dev.islet.builtins.numbers;

/**
 * The Math functions (https://tc39.es/ecma262/#sec-math-object) and Number::exponentiate where
 * Java's own differ from the spec or are missing. Arguments are already ToNumber'ed.
 *
 * <p>For the rest, StrictMath (fdlibm, the same library V8 ports) is right as it is: abs, acos,
 * asin, atan, atan2, cbrt, ceil, cos, cosh, exp, expm1, floor, log, log1p, log10, sin, sinh,
 * sqrt, tan, tanh; {@code Math.max}/{@code Math.min} of two values already order −0 below +0
 * and propagate NaN (the built-in must still coerce every argument first); sign is
 * {@code Math.signum}; fround is {@code (double) (float) x}; f16round is
 * {@code dev.islet.numconv.Float16.round}; trunc is
 * {@code NumberConversions.toIntegerOrInfinity} except that it keeps −0 and NaN, see
 * {@link #trunc}.
 */
public final class MathOps {
  private static final double LN2 = 0.6931471805599453;

  private MathOps() {}

  /**
   * Number::exponentiate (https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate),
   * also Math.pow. Java's pow agrees on every special case but is written out here so the
   * spec's table is checked where it is stated: 1 ** Infinity and (−1) ** ±Infinity are NaN,
   * and a negative finite base with a non-integer exponent is NaN ((−8) ** (1/3)).
   */
  public static double exponentiate(double base, double exponent) {
    if (exponent != exponent) {
      return Double.NaN;
    }
    if (exponent == 0) {
      return 1; // even for a NaN base
    }
    if (base != base) {
      return Double.NaN;
    }
    if (Double.isInfinite(exponent)) {
      double a = Math.abs(base);
      if (a == 1) {
        return Double.NaN;
      }
      return (a > 1) == (exponent > 0) ? Double.POSITIVE_INFINITY : 0;
    }
    if (base < 0 && Double.isFinite(base) && exponent != Math.rint(exponent)) {
      return Double.NaN;
    }
    return StrictMath.pow(base, exponent);
  }

  /**
   * Math.round (https://tc39.es/ecma262/#sec-math.round): the integer closest to x, ties
   * toward +∞; results in [−0.5, 0) are −0. Not floor(x + 0.5), which is wrong for
   * 0.49999999999999994 and for odd integers above 2^52.
   */
  public static double round(double x) {
    if (x != x || Double.isInfinite(x) || Math.abs(x) >= 0x1p52) {
      return x; // NaN, infinities and integers too large to have a fraction
    }
    double floor = Math.floor(x);
    double r = (x - floor >= 0.5) ? floor + 1 : floor; // x − floor is exact here
    return r == 0 ? Math.copySign(0.0, x) : r; // ±0 for x in [−0.5, 0.5), by x's sign
  }

  /** Math.trunc: the integral part, keeping −0 (also for (−1, 0)), NaN and infinities. */
  public static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /**
   * Math.hypot (https://tc39.es/ecma262/#sec-math.hypot) of {@code values[0..count)}: an
   * infinity wins over NaN; NaN next; all zeros (of any sign) give +0. The sum of squares is
   * taken after scaling by the largest magnitude, so no intermediate overflows or underflows,
   * and compensated (Kahan) so the result stays within an ulp or so of exact.
   */
  public static double hypot(double[] values, int count) {
    double max = 0;
    boolean sawNaN = false;
    for (int i = 0; i < count; i++) {
      double a = Math.abs(values[i]);
      if (a == Double.POSITIVE_INFINITY) {
        return Double.POSITIVE_INFINITY;
      }
      if (a != a) {
        sawNaN = true;
      } else if (a > max) {
        max = a;
      }
    }
    if (sawNaN) {
      return Double.NaN;
    }
    if (max == 0) {
      return 0;
    }
    if (count == 2) {
      return StrictMath.hypot(values[0], values[1]);
    }
    double sum = 0;
    double compensation = 0;
    for (int i = 0; i < count; i++) {
      double scaled = values[i] / max;
      double term = scaled * scaled - compensation;
      double next = sum + term;
      compensation = (next - sum) - term;
      sum = next;
    }
    return Math.sqrt(sum) * max;
  }

  /** Math.asinh: odd, exact at ±0, log(2|x|) far out, log1p close in for accuracy. */
  public static double asinh(double x) {
    if (x != x || x == 0 || Double.isInfinite(x)) {
      return x;
    }
    double a = Math.abs(x);
    double r;
    if (a > 0x1p28) {
      r = StrictMath.log(a) + LN2; // sqrt(x² + 1) ≈ |x|
    } else if (a > 2) {
      r = StrictMath.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
    } else if (a < 0x1p-28) {
      return x; // asinh(x) = x − x³/6 + …
    } else {
      double t = a * a;
      r = StrictMath.log1p(a + t / (1 + Math.sqrt(1 + t)));
    }
    return x < 0 ? -r : r;
  }

  /** Math.acosh: NaN below 1, +0 at 1. */
  public static double acosh(double x) {
    if (!(x >= 1)) {
      return Double.NaN;
    }
    if (x == 1) {
      return 0;
    }
    if (x > 0x1p28) {
      return x == Double.POSITIVE_INFINITY ? x : StrictMath.log(x) + LN2;
    }
    if (x > 2) {
      return StrictMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
    }
    double t = x - 1;
    return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
  }

  /** Math.atanh: ±Infinity at ±1, NaN beyond, odd, exact at ±0. */
  public static double atanh(double x) {
    double a = Math.abs(x);
    if (!(a <= 1)) {
      return Double.NaN;
    }
    if (a == 1) {
      return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (a < 0x1p-28) {
      return x; // includes ±0
    }
    double r;
    if (a < 0.5) {
      double t = a + a;
      r = 0.5 * StrictMath.log1p(t + t * a / (1 - a));
    } else {
      r = 0.5 * StrictMath.log1p((a + a) / (1 - a));
    }
    return x < 0 ? -r : r;
  }

  /** Math.log2: exact for powers of two (including subnormals), else log(m)/ln 2 + e. */
  public static double log2(double x) {
    if (x != x || x < 0) {
      return Double.NaN;
    }
    if (x == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return x;
    }
    // x = m · 2^e with m in [√½, √2), so log2(m) is small and its error stays tiny.
    int e = Math.getExponent(x);
    double m;
    if (e < Double.MIN_EXPONENT) {
      double normalized = x * 0x1p54;
      e = Math.getExponent(normalized) - 54;
      m = Math.scalb(normalized, -(e + 54));
    } else {
      m = Math.scalb(x, -e);
    }
    if (m == 1) {
      return e;
    }
    if (m > Math.sqrt(2)) {
      m /= 2;
      e++;
    }
    return e + StrictMath.log(m) / LN2;
  }

  /** Math.clz32 of ToUint32(x), given as the int bits. */
  public static int clz32(int uint32Bits) {
    return Integer.numberOfLeadingZeros(uint32Bits);
  }

  /** Math.imul of ToInt32 arguments: the low 32 bits of the product. */
  public static int imul(int a, int b) {
    return a * b;
  }
}
