package dev.islet.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathOpsTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double NAN = Double.NaN;

  private static long bits(double d) {
    return Double.doubleToRawLongBits(d);
  }

  @Test
  void exponentiateFollowsTheSpecTable() {
    assertThat(MathOps.exponentiate(NAN, 0)).isEqualTo(1.0);
    assertThat(MathOps.exponentiate(NAN, -0.0)).isEqualTo(1.0);
    assertThat(MathOps.exponentiate(1, NAN)).isNaN();
    assertThat(MathOps.exponentiate(NAN, 1)).isNaN();
    assertThat(MathOps.exponentiate(1, INF)).isNaN();
    assertThat(MathOps.exponentiate(-1, -INF)).isNaN();
    assertThat(MathOps.exponentiate(2, INF)).isEqualTo(INF);
    assertThat(MathOps.exponentiate(0.5, INF)).isEqualTo(0.0);
    assertThat(MathOps.exponentiate(2, -INF)).isEqualTo(0.0);
    assertThat(MathOps.exponentiate(-0.5, -INF)).isEqualTo(INF);
    assertThat(MathOps.exponentiate(INF, 0.5)).isEqualTo(INF);
    assertThat(bits(MathOps.exponentiate(INF, -1))).isEqualTo(bits(0.0));
    assertThat(MathOps.exponentiate(-INF, 3)).isEqualTo(-INF);
    assertThat(MathOps.exponentiate(-INF, 2)).isEqualTo(INF);
    assertThat(bits(MathOps.exponentiate(-INF, -3))).isEqualTo(bits(-0.0));
    assertThat(bits(MathOps.exponentiate(-INF, -2))).isEqualTo(bits(0.0));
    assertThat(bits(MathOps.exponentiate(-0.0, 3))).isEqualTo(bits(-0.0));
    assertThat(bits(MathOps.exponentiate(-0.0, 2))).isEqualTo(bits(0.0));
    assertThat(MathOps.exponentiate(-0.0, -3)).isEqualTo(-INF);
    assertThat(MathOps.exponentiate(-0.0, -2)).isEqualTo(INF);
    assertThat(MathOps.exponentiate(0.0, -1)).isEqualTo(INF);
    assertThat(MathOps.exponentiate(-8, 1.0 / 3)).isNaN();
    assertThat(MathOps.exponentiate(-8, 3)).isEqualTo(-512.0);
    assertThat(MathOps.exponentiate(2, 0.5)).isEqualTo(Math.sqrt(2));
    assertThat(MathOps.exponentiate(2, -1074)).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void roundTiesTowardPlusInfinity() {
    assertThat(MathOps.round(0.5)).isEqualTo(1.0);
    assertThat(MathOps.round(1.5)).isEqualTo(2.0);
    assertThat(MathOps.round(2.5)).isEqualTo(3.0);
    assertThat(MathOps.round(-2.5)).isEqualTo(-2.0);
    assertThat(MathOps.round(-2.6)).isEqualTo(-3.0);
    assertThat(MathOps.round(0.49999999999999994)).isEqualTo(0.0);
    assertThat(bits(MathOps.round(-0.5))).isEqualTo(bits(-0.0));
    assertThat(bits(MathOps.round(-0.2))).isEqualTo(bits(-0.0));
    assertThat(bits(MathOps.round(-0.0))).isEqualTo(bits(-0.0));
    assertThat(bits(MathOps.round(0.2))).isEqualTo(bits(0.0));
    assertThat(MathOps.round(0x1p52 + 1)).isEqualTo(0x1p52 + 1);
    assertThat(MathOps.round(-(0x1p52 + 1))).isEqualTo(-(0x1p52 + 1));
    assertThat(MathOps.round(0x1p52 - 0.5)).isEqualTo(0x1p52);
    assertThat(MathOps.round(NAN)).isNaN();
    assertThat(MathOps.round(-INF)).isEqualTo(-INF);
    assertThat(MathOps.round(Double.MIN_VALUE)).isEqualTo(0.0);
  }

  @Test
  void trunc() {
    assertThat(bits(MathOps.trunc(-0.5))).isEqualTo(bits(-0.0));
    assertThat(MathOps.trunc(-1.5)).isEqualTo(-1.0);
    assertThat(MathOps.trunc(1.5)).isEqualTo(1.0);
    assertThat(MathOps.trunc(NAN)).isNaN();
  }

  @Test
  void hypot() {
    assertThat(MathOps.hypot(new double[] {3, 4}, 2)).isEqualTo(5.0);
    assertThat(MathOps.hypot(new double[] {NAN, INF}, 2)).isEqualTo(INF);
    assertThat(MathOps.hypot(new double[] {NAN, -INF, 1}, 3)).isEqualTo(INF);
    assertThat(MathOps.hypot(new double[] {NAN, 1}, 2)).isNaN();
    assertThat(bits(MathOps.hypot(new double[] {-0.0, -0.0}, 2))).isEqualTo(bits(0.0));
    assertThat(bits(MathOps.hypot(new double[0], 0))).isEqualTo(bits(0.0));
    assertThat(MathOps.hypot(new double[] {-3}, 1)).isEqualTo(3.0);
    assertThat(MathOps.hypot(new double[] {1e300, 1e300, 1e300}, 3)).isCloseTo(Math.sqrt(3) * 1e300, org.assertj.core.data.Offset.offset(1e286));
    assertThat(MathOps.hypot(new double[] {1e-300, 1e-300, 1e-300}, 3)).isGreaterThan(0.0);
    assertThat(MathOps.hypot(new double[] {2, 3, 6}, 3)).isEqualTo(7.0);
  }

  @Test
  void hyperbolicInverses() {
    assertThat(bits(MathOps.asinh(-0.0))).isEqualTo(bits(-0.0));
    assertThat(MathOps.asinh(-INF)).isEqualTo(-INF);
    assertThat(MathOps.asinh(NAN)).isNaN();
    assertThat(MathOps.asinh(1)).isCloseTo(0.881373587019543, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(MathOps.asinh(-1e300)).isCloseTo(-691.4686750787736, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(MathOps.acosh(0.5)).isNaN();
    assertThat(bits(MathOps.acosh(1))).isEqualTo(bits(0.0));
    assertThat(MathOps.acosh(INF)).isEqualTo(INF);
    assertThat(MathOps.acosh(2)).isCloseTo(1.3169578969248166, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(MathOps.atanh(1)).isEqualTo(INF);
    assertThat(MathOps.atanh(-1)).isEqualTo(-INF);
    assertThat(MathOps.atanh(1.5)).isNaN();
    assertThat(bits(MathOps.atanh(-0.0))).isEqualTo(bits(-0.0));
    assertThat(MathOps.atanh(0.5)).isCloseTo(0.5493061443340548, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void log2() {
    for (int e = -1074; e <= 1023; e++) {
      assertThat(MathOps.log2(Math.scalb(1.0, e))).as("2^%d", e).isEqualTo((double) e);
    }
    assertThat(MathOps.log2(0)).isEqualTo(-INF);
    assertThat(MathOps.log2(-0.0)).isEqualTo(-INF);
    assertThat(MathOps.log2(-1)).isNaN();
    assertThat(MathOps.log2(INF)).isEqualTo(INF);
    assertThat(MathOps.log2(3)).isCloseTo(1.584962500721156, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(MathOps.log2(1e-310)).isCloseTo(-1029.7977094150824, org.assertj.core.data.Offset.offset(1e-11));
  }

  @Test
  void integerHelpers() {
    assertThat(MathOps.clz32(0)).isEqualTo(32);
    assertThat(MathOps.clz32(1)).isEqualTo(31);
    assertThat(MathOps.clz32(-1)).isZero();
    assertThat(MathOps.imul(0xffffffff, 5)).isEqualTo(-5);
    assertThat(MathOps.imul(0x7fffffff, 2)).isEqualTo(-2);
  }
}
