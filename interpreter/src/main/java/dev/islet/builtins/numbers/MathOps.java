package dev.islet.builtins.numbers;

/**
 * The Math functions (https://tc39.es/ecma262/#sec-math-object) and Number::exponentiate where
 * Java's own differ from the spec or are missing. Arguments are already ToNumber'ed.
 *
 * <p>For the rest, StrictMath (fdlibm, the library V8 ports from FreeBSD) is right as it is: abs,
 * acos, asin, atan, ceil, cos, expm1, floor, log, log1p, log10, sin, sinh, sqrt, tan; {@code Math.max}/{@code Math.min} of two values already order −0 below +0
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
   * and compensated (Kahan), which is V8's algorithm: results agree with node to the last digit
   * (fdlibm's two-argument hypot differs from it in about one case in eight, by an ulp).
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

  /** 1/ln 2 split so that {@code IVLN2_HI} has only 33 significant bits (products with it stay exact). */
  private static final double IVLN2_HI = Double.longBitsToDouble(0x3FF7154765200000L);
  private static final double IVLN2_LO = 1.67517131648865118353e-10;

  /**
   * Math.log2, as accurate as V8's (FreeBSD's e_log2): x = m · 2^k with m in [√½, √2),
   * log2(x) = k + log(1 + f)/ln 2 with f = m − 1, where log(1 + f) = f − f²/2 + s(f²/2 + R(s²)),
   * s = f/(2 + f), and the division by ln 2 is carried out in two parts so the leading part
   * f − f²/2 loses nothing. Powers of two are exact.
   */
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
    int k = 0;
    if (x < Double.MIN_NORMAL) {
      x *= 0x1p54; // subnormal: normalise first
      k = -54;
    }
    long bits = Double.doubleToRawLongBits(x);
    k += (int) (bits >>> 52) - 1023;
    double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L); // [1, 2)
    if (m > SQRT2) {
      m *= 0.5;
      k++;
    }
    double f = m - 1; // exact
    if (f == 0) {
      return k;
    }
    double halfSquare = 0.5 * f * f;
    double s = f / (2 + f);
    double z = s * s;
    double w = z * z;
    double odd = w * (LG2 + w * (LG4 + w * LG6));
    double even = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    double r = s * (halfSquare + even + odd);
    // hi: f − f²/2 rounded to 21 fraction bits of its high word, so hi · IVLN2_HI is exact.
    double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(f - halfSquare) & 0xFFFF_FFFF_0000_0000L);
    double lo = (f - hi) - halfSquare + r;
    double valueHi = hi * IVLN2_HI;
    double valueLo = (lo + hi) * IVLN2_LO + lo * IVLN2_HI;
    double sum = k + valueHi;
    valueLo += (k - sum) + valueHi;
    return valueLo + sum;
  }

  private static final double SQRT2 = 1.4142135623730951;
  // The minimax coefficients of log((1 + s)/(1 − s)) = 2s + 2s³/3 + … used by fdlibm's log.
  private static final double LG1 = 6.666666666666735130e-01;
  private static final double LG2 = 3.999999999940941908e-01;
  private static final double LG3 = 2.857142874366239149e-01;
  private static final double LG4 = 2.222219843214978396e-01;
  private static final double LG5 = 1.818357216161805012e-01;
  private static final double LG6 = 1.531383769920937332e-01;
  private static final double LG7 = 1.479819860511658591e-01;

  /**
   * Math.cbrt with an error below 0.667 ulp, digit for digit as V8 (FreeBSD's s_cbrt): a
   * 5-bit estimate from the exponent, a polynomial to 23 bits, rounded up to a 23-bit value t
   * (so t² is exact), then one Newton step, t + t·(x/t² − t)/(2t + x/t²).
   */
  public static double cbrt(double x) {
    if (x != x || x == 0 || Double.isInfinite(x)) {
      return x;
    }
    long bits = Double.doubleToRawLongBits(x);
    long sign = bits & 0x8000_0000_0000_0000L;
    int high = (int) (bits >>> 32) & 0x7FFF_FFFF;
    double t;
    if (high < 0x0010_0000) {
      // Subnormal: scale by 2^54 first; the estimate divides the exponent by three.
      double scaled = x * 0x1p54;
      int scaledHigh = (int) (Double.doubleToRawLongBits(scaled) >>> 32) & 0x7FFF_FFFF;
      t = Double.longBitsToDouble(sign | ((long) (scaledHigh / 3 + 696_219_795) << 32));
    } else {
      t = Double.longBitsToDouble(sign | ((long) (high / 3 + 715_094_163) << 32));
    }
    double r = (t * t) * (t / x);
    t = t * ((1.87595182427177009643 + r * (-1.88497979543377169875 + r * 1.621429720105354466140))
        + ((r * r) * r) * (-0.758397934778766047437 + r * 0.145996192886612446982));
    // Away from zero to 23 significant bits: the estimate ends above cbrt(x), t² is exact.
    t = Double.longBitsToDouble((Double.doubleToRawLongBits(t) + 0x8000_0000L) & 0xFFFF_FFFF_C000_0000L);
    double square = t * t;
    double q = x / square;
    double twice = t + t;
    q = (q - t) / (twice + q);
    return t + t * q;
  }

  /** Math.exp: fdlibm's, except exp(1), which fdlibm gets an ulp high; V8 returns Math.E. */
  public static double exp(double x) {
    return x == 1 ? Math.E : StrictMath.exp(x);
  }

  /** Math.cosh: fdlibm's algorithm on {@link #exp}, so cosh(1) agrees with V8. */
  public static double cosh(double x) {
    double a = Math.abs(x);
    if (a != a) {
      return a;
    }
    if (a < 0.34657359027997264) { // ½ ln 2: cosh = 1 + t²/(2(1 + t)) with t = e^a − 1
      if (a < 0x1p-55) {
        return 1;
      }
      double t = StrictMath.expm1(a);
      double w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    if (a < 22) {
      double t = exp(a);
      return 0.5 * t + 0.5 / t;
    }
    if (a < 709.782712893384) { // ln(Double.MAX_VALUE)
      return 0.5 * exp(a);
    }
    if (a <= 710.4758600739439) { // e^a / 2 still finite: split the power so it does not overflow early
      double w = exp(0.5 * a);
      return 0.5 * w * w;
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Math.tanh: fdlibm's algorithm. Java's StrictMath.tanh is an ulp off for tiny arguments
   * (tanh(x) = x below 2^−28); this one returns x there, as V8 does.
   */
  public static double tanh(double x) {
    double a = Math.abs(x);
    if (a != a) {
      return x;
    }
    double z;
    if (a < 22) {
      if (a < 0x1p-28) {
        return x; // includes ±0
      }
      if (a >= 1) {
        double t = StrictMath.expm1(2 * a);
        z = 1 - 2 / (t + 2);
      } else {
        double t = StrictMath.expm1(-2 * a);
        z = -t / (t + 2);
      }
    } else {
      z = 1; // also for ±Infinity
    }
    return x < 0 ? -z : z;
  }

  /**
   * Math.atan2: fdlibm's, except where |y/x| > 2^60 with x < 0: fdlibm computes
   * π − (π/2 − tiny) and lands an ulp above π/2; the result is ±π/2 (as FreeBSD and V8 have it).
   */
  public static double atan2(double y, double x) {
    if (y == y && x == x && y != 0 && x < 0 && !Double.isInfinite(y) && !Double.isInfinite(x)) {
      int highY = (int) (Double.doubleToRawLongBits(y) >>> 32) & 0x7FFF_FFFF;
      int highX = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7FFF_FFFF;
      if ((highY - highX) >> 20 > 60) {
        return y > 0 ? Math.PI / 2 : -Math.PI / 2;
      }
    }
    return StrictMath.atan2(y, x);
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
