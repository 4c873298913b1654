package dev.islet.numconv;

/**
 * The integer conversions of "Type Conversion" on Number values (the ToNumber step is the
 * caller's): https://tc39.es/ecma262/#sec-toint32 and its siblings, and ToIntegerOrInfinity.
 */
public final class NumberConversions {
  private NumberConversions() {}

  /** ToIntegerOrInfinity(number): truncation, NaN and −0 become +0, infinities stay. */
  public static double toIntegerOrInfinity(double d) {
    if (d != d) {
      return 0;
    }
    // + 0.0 turns the −0 of a truncated (−1, 0] into +0.
    return (d < 0 ? Math.ceil(d) : Math.floor(d)) + 0.0;
  }

  /** ToInt32: the integer modulo 2^32, as a signed int; NaN and infinities give 0. */
  public static int toInt32(double d) {
    int i = (int) d;
    if (i == d) {
      return i; // fast path, also for ±0
    }
    return (int) moduloTwoPow64(d);
  }

  /** ToUint32: the integer modulo 2^32, as a non-negative long. */
  public static long toUint32(double d) {
    return toInt32(d) & 0xFFFF_FFFFL;
  }

  /** ToInt16. */
  public static short toInt16(double d) {
    return (short) toInt32(d);
  }

  /** ToUint16 (a char is exactly an unsigned 16-bit integer). */
  public static char toUint16(double d) {
    return (char) toInt32(d);
  }

  /** ToInt8. */
  public static byte toInt8(double d) {
    return (byte) toInt32(d);
  }

  /** ToUint8, as 0..255. */
  public static int toUint8(double d) {
    return toInt32(d) & 0xFF;
  }

  /** ToUint8Clamp: clamped to 0..255 and rounded half to even (not truncated). */
  public static int toUint8Clamp(double d) {
    if (!(d > 0)) {
      return 0; // NaN, zeros and negatives
    }
    if (d >= 255) {
      return 255;
    }
    return (int) Math.rint(d); // rint rounds half to even
  }

  /**
   * ToBigInt64 / ToBigUint64 need the same truncation modulo 2^64 on a BigInt; for a Number
   * (typed-array stores) this gives the integer part modulo 2^64 as a long, 0 for NaN and
   * infinities. The low 32 bits of it are ToInt32.
   */
  public static long moduloTwoPow64(double d) {
    if (d != d || Double.isInfinite(d)) {
      return 0;
    }
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) (bits >>> 52) & 0x7FF;
    if (biased < 1023) {
      return 0; // |d| < 1
    }
    long significand = (bits & ((1L << 52) - 1)) | (1L << 52);
    int shift = biased - 1075; // d = ±significand · 2^shift
    long magnitude;
    if (shift >= 64) {
      magnitude = 0;
    } else if (shift >= 0) {
      magnitude = significand << shift; // bits above 2^64 fall off: that is the modulo
    } else {
      magnitude = significand >>> -shift; // -shift ≤ 52 here since |d| ≥ 1
    }
    return bits < 0 ? -magnitude : magnitude;
  }
}
