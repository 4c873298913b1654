package dev.islet.builtins.numbers;

/**
 * The exact sum behind Math.sumPrecise (https://tc39.es/ecma262/#sec-math.sumprecise): values
 * are added one at a time (the built-in feeds them from its iterator) and the result is the
 * exact mathematical sum rounded once.
 *
 * <p>Every finite double is an integer multiple of 2^−1074 below 2^1024, so the sum lives in a
 * fixed-point accumulator of 32-bit limbs (kept in longs so carries can wait: each add puts
 * less than 2^32 into a limb, and limbs are normalised well before 2^62 could be reached).
 * This needs no special case for intermediate overflow, unlike floating-point expansions.
 */
public final class PreciseSum {
  /** Bit 0 of limb 0 is worth 2^−1074; 2098 bits of range plus headroom for carries. */
  private static final int LIMBS = 68;
  private static final int NORMALIZE_EVERY = 1 << 28;
  private static final long MASK_32 = 0xFFFF_FFFFL;

  private enum State { MINUS_ZERO, FINITE, PLUS_INFINITY, MINUS_INFINITY, NOT_A_NUMBER }

  private final long[] limbs = new long[LIMBS];
  private State state = State.MINUS_ZERO;
  private int addsSinceNormalize;

  /** Step 7.b of Math.sumPrecise for one Number. */
  public void add(double value) {
    if (state == State.NOT_A_NUMBER) {
      return;
    }
    if (value != value) {
      state = State.NOT_A_NUMBER;
    } else if (value == Double.POSITIVE_INFINITY) {
      state = state == State.MINUS_INFINITY ? State.NOT_A_NUMBER : State.PLUS_INFINITY;
    } else if (value == Double.NEGATIVE_INFINITY) {
      state = state == State.PLUS_INFINITY ? State.NOT_A_NUMBER : State.MINUS_INFINITY;
    } else if (!(value == 0 && Double.doubleToRawLongBits(value) < 0)) {
      // Not −0: it joins the finite sum (an infinity already seen keeps the state).
      if (state == State.MINUS_ZERO || state == State.FINITE) {
        state = State.FINITE;
        accumulate(value);
      }
    }
  }

  /** Steps 8–12: the rounded sum, or NaN/±Infinity/−0 as the state says. */
  public double result() {
    switch (state) {
      case NOT_A_NUMBER:
        return Double.NaN;
      case PLUS_INFINITY:
        return Double.POSITIVE_INFINITY;
      case MINUS_INFINITY:
        return Double.NEGATIVE_INFINITY;
      case MINUS_ZERO:
        return -0.0;
      default:
        return roundExact();
    }
  }

  private void accumulate(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int biased = (int) (bits >>> 52) & 0x7FF;
    long significand = bits & ((1L << 52) - 1);
    int position; // where the significand's bit 0 goes, counting from 2^−1074
    if (biased == 0) {
      position = 0;
    } else {
      significand |= 1L << 52;
      position = biased - 1;
    }
    if (bits < 0) {
      significand = -significand;
    }
    int limb = position >>> 5;
    int offset = position & 31;
    // significand = high·2^32 + low with low in [0, 2^32) and |high| < 2^21, so each piece
    // shifted by offset < 32 fits a long; each limb receives less than 2^33 per add.
    long low = (significand & MASK_32) << offset;
    long high = (significand >> 32) << offset;
    limbs[limb] += low & MASK_32;
    limbs[limb + 1] += (low >>> 32) + (high & MASK_32);
    limbs[limb + 2] += high >> 32;
    if (++addsSinceNormalize >= NORMALIZE_EVERY) {
      normalize();
    }
  }

  /** Propagates carries: every limb but the last in [0, 2^32), the last holds the sign. */
  private void normalize() {
    for (int i = 0; i < LIMBS - 1; i++) {
      long carry = limbs[i] >> 32;
      limbs[i] -= carry << 32;
      limbs[i + 1] += carry;
    }
    addsSinceNormalize = 0;
  }

  /** The accumulated integer (in units of 2^−1074) rounded to the nearest double, ties even. */
  private double roundExact() {
    normalize();
    boolean negative = limbs[LIMBS - 1] < 0;
    if (negative) {
      negate();
    }
    double magnitude = roundMagnitude();
    if (negative) {
      negate(); // leave the accumulator as it was: result() may be asked again
    }
    return negative ? -magnitude : magnitude;
  }

  private void negate() {
    for (int i = 0; i < LIMBS; i++) {
      limbs[i] = -limbs[i];
    }
    normalize();
  }

  private double roundMagnitude() {
    int top = LIMBS - 1;
    while (top >= 0 && limbs[top] == 0) {
      top--;
    }
    if (top < 0) {
      return 0; // an exact zero sum is +0
    }
    int length = top * 32 + 64 - Long.numberOfLeadingZeros(limbs[top]);
    double magnitude;
    if (length <= 53) {
      // Exact: at most 53 bits, and the scaling lands on a double (subnormal or not).
      long v = top == 0 ? limbs[0] : (limbs[1] << 32) | limbs[0];
      magnitude = Math.scalb((double) v, -1074);
    } else {
      // 54 bits: the significand and the rounding bit; below them only "anything set?".
      int shift = length - 54;
      long window = 0;
      for (int b = length - 1; b >= shift; b--) {
        window = (window << 1) | bit(b);
      }
      boolean sticky = anyBitBelow(shift);
      long significand = window >>> 1;
      if ((window & 1) != 0 && (sticky || (significand & 1) != 0)) {
        significand++; // may become 2^53: still exact as a double
      }
      // Past 2^1024 scalb gives Infinity, which is the correctly rounded result.
      magnitude = Math.scalb((double) significand, shift + 1 - 1074);
    }
    return magnitude;
  }

  private long bit(int index) {
    return (limbs[index >>> 5] >>> (index & 31)) & 1;
  }

  private boolean anyBitBelow(int index) {
    int limb = index >>> 5;
    for (int i = 0; i < limb; i++) {
      if (limbs[i] != 0) {
        return true;
      }
    }
    return (limbs[limb] & ((1L << (index & 31)) - 1)) != 0;
  }
}
