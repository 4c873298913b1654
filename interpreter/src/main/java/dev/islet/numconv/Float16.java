package dev.islet.numconv;

/**
 * IEEE 754 binary16 ("half"): Math.f16round (https://tc39.es/ecma262/#sec-math.f16round) and
 * the bit conversions Float16Array and DataView need. Rounding goes from the double directly
 * (round to nearest, ties to even): going through float first would round twice.
 */
public final class Float16 {
  /** Half-way between the largest half (65504) and 2^16: ties to even round it up. */
  private static final double OVERFLOW_THRESHOLD = 65520;

  private Float16() {}

  /** The double nearest to x among binary16 values (x rounded to half precision). */
  public static double round(double x) {
    if (x != x || x == 0 || Double.isInfinite(x)) {
      return x; // NaN, ±0, ±Infinity are their own halves
    }
    double a = Math.abs(x);
    if (a >= OVERFLOW_THRESHOLD) {
      return Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    // The spacing of halves near a: 2^(exponent − 10), and 2^−24 for subnormal halves.
    int exponent = Math.max(Math.getExponent(a), -14);
    double quantum = Math.scalb(1.0, exponent - 10);
    // Scaling by a power of two is exact, and rint rounds half to even.
    double r = Math.rint(a / quantum) * quantum;
    return Math.copySign(r, x);
  }

  /** The binary16 bit pattern of x rounded to half precision (NaN becomes 0x7E00). */
  public static short toBits(double x) {
    if (x != x) {
      return (short) 0x7E00;
    }
    double r = round(x);
    int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
    double a = Math.abs(r);
    if (a == Double.POSITIVE_INFINITY) {
      return (short) (sign | 0x7C00);
    }
    if (a == 0) {
      return (short) sign;
    }
    int exponent = Math.getExponent(a);
    if (exponent < -14) {
      return (short) (sign | (int) (a * 0x1p24)); // subnormal: units of 2^−24
    }
    int fraction = (int) ((a * Math.scalb(1.0, 10 - exponent)) - 1024);
    return (short) (sign | ((exponent + 15) << 10) | fraction);
  }

  /** The double value of a binary16 bit pattern. */
  public static double fromBits(short bits) {
    int b = bits & 0xFFFF;
    int exponent = (b >>> 10) & 0x1F;
    int fraction = b & 0x3FF;
    double magnitude;
    if (exponent == 0x1F) {
      magnitude = fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    } else if (exponent == 0) {
      magnitude = fraction * 0x1p-24;
    } else {
      magnitude = Math.scalb(1024.0 + fraction, exponent - 25);
    }
    return (b & 0x8000) != 0 ? -magnitude : magnitude;
  }
}
