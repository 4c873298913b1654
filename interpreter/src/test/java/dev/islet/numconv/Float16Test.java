package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Float16Test {

  @Test
  void everyHalfRoundTrips() {
    for (int b = 0; b <= 0xFFFF; b++) {
      double v = Float16.fromBits((short) b);
      if (v != v) {
        assertThat(Float16.round(v)).isNaN();
        continue;
      }
      assertThat(Float16.round(v)).isEqualTo(v);
      assertThat(Float16.toBits(v) & 0xFFFF).as("bits %04x", b).isEqualTo(b);
    }
  }

  @Test
  void midpointsRoundToEven() {
    // Between each pair of neighbouring finite positive halves, the midpoint goes to the even one.
    for (int b = 0; b < 0x7BFF; b++) {
      double lo = Float16.fromBits((short) b);
      double hi = Float16.fromBits((short) (b + 1));
      double mid = (lo + hi) / 2; // exact in double
      double expected = (b & 1) == 0 ? lo : hi;
      assertThat(Float16.round(mid)).as("between %s and %s", lo, hi).isEqualTo(expected);
      assertThat(Float16.round(Math.nextUp(mid))).isEqualTo(hi);
      assertThat(Float16.round(Math.nextDown(mid))).isEqualTo(lo);
    }
  }

  @Test
  void specialValuesAndOverflow() {
    assertThat(Float16.round(65504)).isEqualTo(65504.0);
    assertThat(Float16.round(65519.99)).isEqualTo(65504.0);
    assertThat(Float16.round(65520)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Float16.round(-65520)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Float16.round(0x1p-25)).isEqualTo(0.0); // half of the least subnormal: to even (0)
    assertThat(Float16.round(Math.nextUp(0x1p-25))).isEqualTo(0x1p-24);
    assertThat(Double.doubleToRawLongBits(Float16.round(-0x1p-26))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Float16.round(Double.MIN_VALUE)).isEqualTo(0.0);
    assertThat(Float16.toBits(Double.NaN)).isEqualTo((short) 0x7E00);
    assertThat(Float16.toBits(-0.0)).isEqualTo((short) 0x8000);
    assertThat(Float16.toBits(Double.NEGATIVE_INFINITY)).isEqualTo((short) 0xFC00);
  }

  @Test
  void roundsFromDoubleNotThroughFloat() {
    // 1 + 2^-11 + 2^-40 rounds up as a half, but through float it first becomes the tie 1 + 2^-11
    // and then rounds down to 1.
    double x = 1 + 0x1p-11 + 0x1p-40;
    assertThat(Float16.round(x)).isEqualTo(1 + 0x1p-10);
    assertThat((float) x).isEqualTo((float) (1 + 0x1p-11));
  }

  @Test
  void randomValuesRoundToNearest() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 50_000; i++) {
      double x = Math.scalb(random.nextDouble(), random.nextInt(-30, 18));
      double r = Float16.round(x);
      if (Double.isInfinite(r)) {
        assertThat(x).isGreaterThanOrEqualTo(65520);
        continue;
      }
      int bits = Float16.toBits(r) & 0xFFFF;
      BigDecimal dist = new BigDecimal(r).subtract(new BigDecimal(x)).abs();
      if (bits > 0) {
        double below = Float16.fromBits((short) (bits - 1));
        assertThat(dist).isLessThanOrEqualTo(new BigDecimal(below).subtract(new BigDecimal(x)).abs());
      }
      if (bits < 0x7BFF) {
        double above = Float16.fromBits((short) (bits + 1));
        assertThat(dist).isLessThanOrEqualTo(new BigDecimal(above).subtract(new BigDecimal(x)).abs());
      }
    }
  }
}
