package dev.islet.numconv;

/**
 * The shortest decimal that rounds back to a given double, closest to it when several of that
 * length do, ties to even: the digits Number::toString needs
 * (https://tc39.es/ecma262/#sec-numeric-types-number-tostring, step 5 and its note).
 *
 * <p>This follows Raffaello Giulietti's "The Schubfach way to render doubles" (2020). A double
 * v = c·2^q has the rounding interval R = [v − 2^(q−1), v + 2^(q−1)] (half as wide below
 * when c is the smallest significand of its binade; open when c is odd). For
 * k = floor(log10(width of R)) R holds at least one multiple of 10^k and at most one multiple of
 * 10^(k+1). So the shortest decimal is either that multiple of 10^(k+1), or one of
 * s·10^k and (s+1)·10^k where s = floor(v / 10^k), whichever lies in R and is closer to v.
 *
 * <p>All four quantities are compared after scaling by 4·10^(−k); the scaled values are
 * computed with a 126-bit over-approximation of 10^(−k) and rounded to odd ("rop"), which
 * keeps every comparison with a multiple of 4 (and with 4s + 2) exact.
 */
final class ShortestDigits {
  private static final int Q_MIN = -1074;
  private static final long C_MIN = 1L << 52;
  private static final long MASK_63 = 0x7FFF_FFFF_FFFF_FFFFL;

  private ShortestDigits() {}

  /** The shortest decimal for a finite, strictly positive v. */
  static Decimal of(double v) {
    long bits = Double.doubleToRawLongBits(v);
    int biasedExponent = (int) (bits >>> 52) & 0x7FF;
    long fraction = bits & (C_MIN - 1);
    long c;
    int q;
    if (biasedExponent != 0) {
      c = fraction | C_MIN;
      q = biasedExponent - 1075;
    } else {
      c = fraction;
      q = Q_MIN;
    }
    // Even significands own their interval's bounds (round-half-even reading back).
    long out = c & 1;
    long cb = c << 2;
    long cbr = cb + 2;
    long cbl;
    int k;
    if (c != C_MIN || q == Q_MIN) {
      cbl = cb - 2;
      k = PowersOfTen.flog10pow2(q);
    } else {
      // The predecessor is in the binade below: the interval is 3/4 as wide.
      cbl = cb - 1;
      k = PowersOfTen.flog10threeQuartersPow2(q);
    }
    int h = q + PowersOfTen.flog2pow10(-k) + 2;
    long g1 = PowersOfTen.g1(-k);
    long g0 = PowersOfTen.g0(-k);
    long vb = roundToOdd(g1, g0, cb << h);
    long vbl = roundToOdd(g1, g0, cbl << h);
    long vbr = roundToOdd(g1, g0, cbr << h);

    long s = vb >> 2;
    // A multiple of 10^(k+1) in the interval is the unique shortest candidate.
    long sp10 = 10 * (s / 10);
    long tp10 = sp10 + 10;
    boolean upIn = vbl + out <= sp10 << 2;
    boolean wpIn = (tp10 << 2) + out <= vbr;
    if (upIn != wpIn) {
      return trimmed(upIn ? sp10 : tp10, k);
    }
    long t = s + 1;
    boolean uIn = vbl + out <= s << 2;
    boolean wIn = (t << 2) + out <= vbr;
    if (uIn != wIn) {
      return trimmed(uIn ? s : t, k);
    }
    // Both in: the closer one, ties to even. vb is compared with 4s + 2, the midpoint.
    long cmp = vb - ((s + t) << 1);
    return trimmed(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t, k);
  }

  /**
   * rop(g · cp / 2^127): the integer part, with the lowest bit set when a fraction remains.
   * g = g1·2^63 + g0 and cp < 2^62, so every product below fits the signed 128-bit helpers.
   */
  private static long roundToOdd(long g1, long g0, long cp) {
    long x1 = Math.multiplyHigh(g0, cp);
    long y0 = g1 * cp;
    long y1 = Math.multiplyHigh(g1, cp);
    long z = (y0 >>> 1) + x1;
    long integerPart = y1 + (z >>> 63);
    return integerPart | (((z & MASK_63) + MASK_63) >>> 63);
  }

  private static Decimal trimmed(long digits, int exponent) {
    // At most 16 iterations; only values with few digits (e.g. 1e22, 0.5) loop at all.
    while (digits % 10 == 0) {
      digits /= 10;
      exponent++;
    }
    return new Decimal(digits, exponent);
  }
}
