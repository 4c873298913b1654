package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PowersOfTenTest {

  @Test
  void tableMatchesExactComputation() {
    for (int e = PowersOfTen.E_MIN; e <= PowersOfTen.E_MAX; e++) {
      int shift = 125 - PowersOfTen.flog2pow10(e);
      BigInteger g;
      if (e >= 0) {
        BigInteger p = BigInteger.TEN.pow(e);
        g = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
      } else {
        g = BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(-e));
      }
      g = g.add(BigInteger.ONE);
      assertThat(g.bitLength()).as("bits of g for 10^%d", e).isEqualTo(126);
      assertThat(PowersOfTen.g1(e)).as("g1 for 10^%d", e).isEqualTo(g.shiftRight(63).longValueExact());
      assertThat(PowersOfTen.g0(e)).as("g0 for 10^%d", e).isEqualTo(g.longValue() & Long.MAX_VALUE);
    }
  }

  @Test
  void flog10pow2IsExactOverTheDoubleRange() {
    for (int q = -1100; q <= 1100; q++) {
      int k = PowersOfTen.flog10pow2(q);
      // 10^k <= 2^q < 10^(k+1)
      assertThat(compareTenPowToTwoPow(k, q, 1, 1)).as("q=%d", q).isLessThanOrEqualTo(0);
      assertThat(compareTenPowToTwoPow(k + 1, q, 1, 1)).as("q=%d", q).isGreaterThan(0);
    }
  }

  @Test
  void flog10threeQuartersPow2IsExactOverTheDoubleRange() {
    for (int q = -1100; q <= 1100; q++) {
      int k = PowersOfTen.flog10threeQuartersPow2(q);
      // 10^k <= 3/4 · 2^q < 10^(k+1)
      assertThat(compareTenPowToTwoPow(k, q, 3, 4)).as("q=%d", q).isLessThanOrEqualTo(0);
      assertThat(compareTenPowToTwoPow(k + 1, q, 3, 4)).as("q=%d", q).isGreaterThan(0);
    }
  }

  @Test
  void flog2pow10IsExact() {
    for (int e = -400; e <= 400; e++) {
      int f = PowersOfTen.flog2pow10(e);
      // 2^f <= 10^e < 2^(f+1), i.e. compare 10^e with 2^f and 2^(f+1)
      assertThat(compareTenPowToTwoPow(e, f, 1, 1)).as("e=%d", e).isGreaterThanOrEqualTo(0);
      assertThat(compareTenPowToTwoPow(e, f + 1, 1, 1)).as("e=%d", e).isLessThan(0);
    }
  }

  /** Sign of 10^k − (num/den)·2^q, exactly. */
  private static int compareTenPowToTwoPow(int k, int q, int num, int den) {
    BigInteger left = BigInteger.valueOf(den);
    BigInteger right = BigInteger.valueOf(num);
    if (k >= 0) {
      left = left.multiply(BigInteger.TEN.pow(k));
    } else {
      right = right.multiply(BigInteger.TEN.pow(-k));
    }
    if (q >= 0) {
      right = right.shiftLeft(q);
    } else {
      left = left.shiftLeft(-q);
    }
    return left.compareTo(right);
  }
}
