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

  /** x, then cbrt(x), log2(|x|), tanh(x), cosh(x), exp(x) as node 20 computes them (bit patterns). */
  private static final long[][] NODE_RESULTS = {
      {0x3ff0000000000000L, 0x3ff0000000000000L, 0x0000000000000000L, 0x3fe85efab514f394L, 0x3ff8b07551d9f550L, 0x4005bf0a8b145769L},
      {0x40fe240c9fbe76c9L, 0x4048e58dab7da808L, 0x4030e9e4bf2a1cb2L, 0x3ff0000000000000L, 0x7ff0000000000000L, 0x7ff0000000000000L},
      {0xc0e8d45df42c4e5bL, 0xc042862931d77491L, 0x402f4499e7f9dbdeL, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0xbc1593ec0931f96dL, 0xbea645a1a883278cL, 0xc04ec8c55a9921c5L, 0xbc1593ec0931f96dL, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0x3fb97516f37cd7b7L, 0x3fdda6a17399a5f1L, 0xc00aa3d0aead24ebL, 0x3fb95fb128c37993L, 0x3ff01444e66c499eL, 0x3ff1ac4247117426L},
      {0xc367f663274fc971L, 0xc117105f2c364ee7L, 0x404bca96079d2066L, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0xbf0ba3eb17ff759cL, 0xbfa332be77e1116aL, 0xc02c6c2f4b08d1c4L, 0xbf0ba3eb179179daL, 0x3ff00000005f7f92L, 0x3fefff9171129e49L},
      {0x435aed149c582c60L, 0x4113080aebbe2e07L, 0x404b601e93d5bcd7L, 0x3ff0000000000000L, 0x7ff0000000000000L, 0x7ff0000000000000L},
      {0xc0e628603a5aad03L, 0xc041d591d029f116L, 0x402ef0816c6d18dfL, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0xc36765e62a756d27L, 0xc116e1a5696c5806L, 0x404bc62f37d58babL, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0x3dc5247fdec8da81L, 0x3f361f08fc504f43L, 0xc0414c88aa9fbf7aL, 0x3dc5247fdec8da81L, 0x3ff0000000000000L, 0x3ff000000002a490L},
      {0x4077a508204b238fL, 0x401cee027f14f9f6L, 0x4021207b7f083b13L, 0x3ff0000000000000L, 0x61fbb63a341478d7L, 0x620bb63a341478d7L},
      {0xbc2e0c09247fbddcL, 0xbeaf55d5c481cc5fL, 0xc04e0ba0fb2bb708L, 0xbc2e0c09247fbddcL, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0x3e10538b2ce221afL, 0x3f501ba9219a4a19L, 0xc03df88af47f7067L, 0x3e10538b2ce221afL, 0x3ff0000000000000L, 0x3ff0000000414e2dL},
      {0xbe501fea823b35d9L, 0xbf6436017fd518fbL, 0xc039fd222227ecd0L, 0xbe501fea823b35d9L, 0x3ff0000000000001L, 0x3feffffff7f00ac0L},
      {0xbb9a763af3ac01adL, 0xbe7e092db7b3e880L, 0xc051518bd0dec116L, 0xbb9a763af3ac01adL, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0xc2fdac7d60c2afddL, 0xc0f3a86db5721267L, 0x4048721020ec496bL, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0xc3034fc2cacf3eaaL, 0xc0f57698a247b9a5L, 0x4048a2bd03a5faeaL, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0xc01aff636436f0a1L, 0xbffe3cb9ff39a6a7L, 0x400609bf82d5a703L, 0xbfeffffa3e2f9e2eL, 0x407aac661cd60f9eL, 0x3f5331f5ba015299L},
      {0xbd5e760920d67a4dL, 0xbf13d48be930e3ddL, 0xc0448919f7aadf93L, 0xbd5e760920d67a4dL, 0x3ff0000000000000L, 0x3feffffffffff0c5L},
      {0x3eacbd0f5965a0e8L, 0x3f8372fddc27e9f8L, 0xc03427b3bd77bd24L, 0x3eacbd0f5965992eL, 0x3ff0000000000674L, 0x3ff00000e5e8813fL},
      {0xc06785053d169c36L, 0xc016ebc5fb6509b7L, 0x401e39219e3ad578L, 0xbff0000000000000L, 0x50d5e6fe04c18b2cL, 0x2ef7606400fc7ccaL},
      {0xc0afd70811ccc041L, 0xc02ff2522dd94929L, 0x4027fc4bf272f080L, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0x3ffd63af56b4329cL, 0x3ff3984cca710f9dL, 0x3fec123778a47287L, 0x3fee6a6b5340ff28L, 0x4009be7046fa869bL, 0x40191b4b5a9916afL},
      {0xbf16fdc931397671L, 0xbfa6bf826af24df7L, 0xc02af436cec4654cL, 0xbf16fdc9303c44f3L, 0x3ff0000001084d16L, 0x3fefff4813c70c6bL},
      {0x3fb8ee11d300cb14L, 0x3fdd71d80c606304L, 0xc00ae1ac02fa00e5L, 0x3fb8d9f8a905520aL, 0x3ff0136ff41da5d7L, 0x3ff1a2f28a57f972L},
      {0x3c22f151bd9b9dd1L, 0x3eaade64378c158fL, 0xc04e60d2cfd1c410L, 0x3c22f151bd9b9dd1L, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0xbcf51137942fec0aL, 0xbef18968f39574c8L, 0xc047cd3162820146L, 0xbcf51137942fec0aL, 0x3ff0000000000000L, 0x3fefffffffffffd6L},
      {0x3f99675d0eceb44dL, 0x3fd2aa702f074becL, 0xc0155505b974a90aL, 0x3f99660797cbc221L, 0x3ff00142b1310de0L, 0x3ff066e2d08aba6eL},
      {0x253578bca0794686L, 0x37063c434950686dL, 0xc07ab935d29cbb99L, 0x253578bca0794686L, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0x5d934dfebdf04850L, 0x49d1088b6c5a7e51L, 0x407da455840610aaL, 0x3ff0000000000000L, 0x7ff0000000000000L, 0x7ff0000000000000L},
      {0x8cb02e338cf9cb5dL, 0xaed97e599ddc4bc0L, 0xc0899fdedbfc068aL, 0x8cb02e338cf9cb5dL, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0xc38dc07f34b7f34eL, 0xc123acd7bb7c36b4L, 0x404cf28c79049bcdL, 0xbff0000000000000L, 0x7ff0000000000000L, 0x0000000000000000L},
      {0x548c569e6018a73dL, 0x46cebacd077008c8L, 0x40749d31e7ead867L, 0x3ff0000000000000L, 0x7ff0000000000000L, 0x7ff0000000000000L},
      {0x2783cd1998a888feL, 0x37cb44c6288cff87L, 0xc0786b146c4c96dcL, 0x2783cd1998a888feL, 0x3ff0000000000000L, 0x3ff0000000000000L},
      {0x227caaf6a381d82eL, 0x361ed92bc0aad644L, 0xc07d7289c97970abL, 0x227caaf6a381d82eL, 0x3ff0000000000000L, 0x3ff0000000000000L},
  };

  @Test
  void cbrtLog2TanhCoshExpAgreeWithNodeBitForBit() {
    for (long[] row : NODE_RESULTS) {
      double x = Double.longBitsToDouble(row[0]);
      assertThat(bits(MathOps.cbrt(x))).as("cbrt(%s)", x).isEqualTo(row[1]);
      assertThat(bits(MathOps.log2(Math.abs(x)))).as("log2(%s)", Math.abs(x)).isEqualTo(row[2]);
      assertThat(bits(MathOps.tanh(x))).as("tanh(%s)", x).isEqualTo(row[3]);
      assertThat(bits(MathOps.cosh(x))).as("cosh(%s)", x).isEqualTo(row[4]);
      assertThat(bits(MathOps.exp(x))).as("exp(%s)", x).isEqualTo(row[5]);
    }
  }

  /** a, b, Math.hypot(a, b) as node 20 computes them. */
  private static final long[][] NODE_HYPOT = {
      {0x3ff0000000000000L, 0x227caaf6a381d82eL, 0x3ff0000000000000L},
      {0x40fe240c9fbe76c9L, 0x2783cd1998a888feL, 0x40fe240c9fbe76c9L},
      {0xc0e8d45df42c4e5bL, 0x548c569e6018a73dL, 0x548c569e6018a73dL},
      {0xbc1593ec0931f96dL, 0xc38dc07f34b7f34eL, 0x438dc07f34b7f34eL},
      {0x3fb97516f37cd7b7L, 0x8cb02e338cf9cb5dL, 0x3fb97516f37cd7b7L},
      {0xc367f663274fc971L, 0x5d934dfebdf04850L, 0x5d934dfebdf04850L},
      {0xbf0ba3eb17ff759cL, 0x253578bca0794686L, 0x3f0ba3eb17ff759cL},
      {0x435aed149c582c60L, 0x3f99675d0eceb44dL, 0x435aed149c582c60L},
      {0xc0e628603a5aad03L, 0xbcf51137942fec0aL, 0x40e628603a5aad03L},
      {0xc36765e62a756d27L, 0x3c22f151bd9b9dd1L, 0x436765e62a756d27L},
      {0x3dc5247fdec8da81L, 0x3fb8ee11d300cb14L, 0x3fb8ee11d300cb14L},
      {0x4077a508204b238fL, 0xbf16fdc931397671L, 0x4077a508204b2442L},
      {0xbc2e0c09247fbddcL, 0x3ffd63af56b4329cL, 0x3ffd63af56b4329cL},
      {0x3e10538b2ce221afL, 0xc0afd70811ccc041L, 0x40afd70811ccc041L},
      {0xbe501fea823b35d9L, 0xc06785053d169c36L, 0x406785053d169c36L},
      {0xbb9a763af3ac01adL, 0x3eacbd0f5965a0e8L, 0x3eacbd0f5965a0e8L},
      {0xc2fdac7d60c2afddL, 0xbd5e760920d67a4dL, 0x42fdac7d60c2afddL},
      {0xc3034fc2cacf3eaaL, 0xc01aff636436f0a1L, 0x43034fc2cacf3eaaL},
      {0xc01aff636436f0a1L, 0xc3034fc2cacf3eaaL, 0x43034fc2cacf3eaaL},
      {0xbd5e760920d67a4dL, 0xc2fdac7d60c2afddL, 0x42fdac7d60c2afddL},
  };

  @Test
  void hypotAgreesWithNodeBitForBit() {
    for (long[] row : NODE_HYPOT) {
      double[] values = {Double.longBitsToDouble(row[0]), Double.longBitsToDouble(row[1])};
      assertThat(bits(MathOps.hypot(values, 2))).as("hypot(%s, %s)", values[0], values[1]).isEqualTo(row[2]);
    }
  }

  @Test
  void fdlibmSlipsThatV8Avoids() {
    assertThat(MathOps.exp(1)).isEqualTo(Math.E);
    assertThat(MathOps.cosh(1)).isEqualTo(1.5430806348152437);
    assertThat(MathOps.tanh(7.404478539548878e-17)).isEqualTo(7.404478539548878e-17);
    assertThat(bits(MathOps.tanh(-0.0))).isEqualTo(bits(-0.0));
    assertThat(MathOps.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    assertThat(MathOps.atan2(2.9997511882356343e+208, -9.685938636280786)).isEqualTo(Math.PI / 2);
    assertThat(MathOps.atan2(-1e300, -1)).isEqualTo(-Math.PI / 2);
    assertThat(MathOps.atan2(1, -1)).isEqualTo(StrictMath.atan2(1, -1));
    assertThat(bits(MathOps.cbrt(-0.0))).isEqualTo(bits(-0.0));
    assertThat(MathOps.cbrt(-27)).isEqualTo(-3.0);
    assertThat(MathOps.cbrt(Double.MIN_VALUE)).isEqualTo(1.7031839360032603e-108);
    assertThat(MathOps.log2(Double.MIN_VALUE)).isEqualTo(-1074.0);
    assertThat(MathOps.log2(0x1p-1030)).isEqualTo(-1030.0);
  }
}
