package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the three properties Number::toString asks of its digits, with
 * {@link Double#parseDouble} (correctly rounded, ties to even) as the judge of "reads back":
 * the decimal reads back as the double; no decimal with fewer digits does; and no other decimal
 * with as many digits that reads back is closer (a tie goes to the even digit).
 */
class ShortestDigitsTest {

  @Test
  void edgeCases() {
    double[] values = {
      Double.MIN_VALUE, 2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL,
      Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE,
      Math.nextDown(Double.MAX_VALUE), 1, 0.1, 0.2, 0.3, 0.1 + 0.2, 123e-20, 1e21, 1e22, 1e23,
      9007199254740993.0, 0x1p53, 0x1p54, 0x1p60, 5e-324, 1.7976931348623157e308,
      2.2250738585072014e-308, 2.225073858507201e-308, 4.35e-321, 1e-7, 1e-6, 9.999999999999999e22,
      Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 100, 1e15, 1e16, 1e17, 5e-7, 4.9e-324
    };
    for (double v : values) {
      check(v);
    }
  }

  @Test
  void allPowersOfTwo() {
    // Powers of two sit at the irregular (asymmetric) interval boundaries.
    for (int e = -1074; e <= 1023; e++) {
      double v = Math.scalb(1.0, e);
      check(v);
      check(Math.nextUp(v));
      if (e > -1074) {
        check(Math.nextDown(v));
      }
    }
  }

  @Test
  void powersOfTenAndNeighbours() {
    for (int e = -323; e <= 308; e++) {
      double v = Double.parseDouble("1e" + e);
      check(v);
      check(Math.nextUp(v));
      check(Math.nextDown(v));
    }
  }

  @Test
  void randomBitPatterns() {
    SplittableRandom random = new SplittableRandom(0x5EEDL);
    for (int i = 0; i < 100_000; i++) {
      double v = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
      if (Double.isFinite(v) && v != 0) {
        check(v);
      }
    }
  }

  @Test
  void randomShortDecimals() {
    // Values typed by people: few digits, where the "closest" choice matters most.
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 50_000; i++) {
      long digits = random.nextLong(1, 100_000_000L);
      int exponent = random.nextInt(-330, 300);
      double v = Double.parseDouble(digits + "e" + exponent);
      if (Double.isFinite(v) && v != 0) {
        check(v);
      }
    }
  }

  static void check(double v) {
    Decimal d = ShortestDigits.of(v);
    long s = d.significand();
    int e = d.exponent();
    assertThat(s % 10).as("no trailing zero for %s", v).isNotZero();
    assertThat(readsBack(BigDecimal.valueOf(s, -e), v)).as("round trip of %s: %se%d", v, s, e).isTrue();
    BigDecimal exact = new BigDecimal(v);
    // Fewer digits: any such decimal in the interval would put one of these two in it.
    BigDecimal coarse = BigDecimal.ONE.scaleByPowerOfTen(e + 1);
    BigDecimal down = exact.divide(coarse, 0, RoundingMode.FLOOR).multiply(coarse);
    BigDecimal up = exact.divide(coarse, 0, RoundingMode.CEILING).multiply(coarse);
    assertThat(down.signum() != 0 && readsBack(down, v)).as("shorter %s reads back as %s", down, v).isFalse();
    assertThat(readsBack(up, v)).as("shorter %s reads back as %s", up, v).isFalse();
    // Same length: the other neighbour at 10^e must not be a closer (or even-tie) choice.
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(e);
    BigDecimal ours = BigDecimal.valueOf(s, -e);
    BigDecimal other = ours.compareTo(exact) <= 0 ? ours.add(unit) : ours.subtract(unit);
    if (other.signum() > 0 && readsBack(other, v)) {
      int cmp = ours.subtract(exact).abs().compareTo(other.subtract(exact).abs());
      assertThat(cmp).as("closest digits for %s: ours %s, other %s", v, ours, other).isLessThanOrEqualTo(0);
      if (cmp == 0) {
        assertThat(s % 2).as("tie goes to even for %s", v).isZero();
      }
    }
  }

  private static boolean readsBack(BigDecimal decimal, double v) {
    return Double.parseDouble(decimal.toString()) == v;
  }
}
