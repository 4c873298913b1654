package dev.islet.builtins.structured;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ElementTypeTest {
  private static Object roundTrip(ElementType t, Object numeric, boolean little) {
    byte[] b = new byte[16];
    t.set(b, 3, numeric, little);
    return t.get(b, 3, little);
  }

  @Test
  void integerTypesWrapModulo() {
    assertThat(roundTrip(ElementType.INT8, 200, true)).isEqualTo(-56);
    assertThat(roundTrip(ElementType.UINT8, -1, true)).isEqualTo(255);
    assertThat(roundTrip(ElementType.INT16, 40000.7, false)).isEqualTo(-25536);
    assertThat(roundTrip(ElementType.UINT16, -1.0, true)).isEqualTo(65535);
    assertThat(roundTrip(ElementType.INT32, 4294967297.0, true)).isEqualTo(1);
    assertThat(roundTrip(ElementType.UINT32, -1, false)).isEqualTo(4294967295.0);
    assertThat(roundTrip(ElementType.INT32, Double.NaN, true)).isEqualTo(0);
  }

  @Test
  void clampedRoundsHalfToEven() {
    assertThat(roundTrip(ElementType.UINT8_CLAMPED, 2.5, true)).isEqualTo(2);
    assertThat(roundTrip(ElementType.UINT8_CLAMPED, 3.5, true)).isEqualTo(4);
    assertThat(roundTrip(ElementType.UINT8_CLAMPED, 1e9, true)).isEqualTo(255);
    assertThat(roundTrip(ElementType.UINT8_CLAMPED, -3, true)).isEqualTo(0);
    assertThat(roundTrip(ElementType.UINT8_CLAMPED, Double.NaN, true)).isEqualTo(0);
  }

  @Test
  void floatsRoundOnceFromTheDouble() {
    assertThat(roundTrip(ElementType.FLOAT32, 0.1, true)).isEqualTo((double) 0.1f);
    assertThat(roundTrip(ElementType.FLOAT16, 65520.0, true)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(roundTrip(ElementType.FLOAT16, 65519.99, false)).isEqualTo(65504.0);
    assertThat(roundTrip(ElementType.FLOAT64, -0.0, false)).isEqualTo(-0.0);
  }

  @Test
  void bigIntTypesKeepSixtyFourBits() {
    BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
    assertThat(roundTrip(ElementType.BIGINT64, BigInteger.ONE.shiftLeft(63), true)).isEqualTo(BigInteger.ONE.shiftLeft(63).negate());
    assertThat(roundTrip(ElementType.BIGUINT64, BigInteger.valueOf(-1), false)).isEqualTo(twoTo64.subtract(BigInteger.ONE));
    assertThat(roundTrip(ElementType.BIGUINT64, twoTo64.add(BigInteger.TEN), true)).isEqualTo(BigInteger.TEN);
  }

  @Test
  void byteOrderIsHonoured() {
    byte[] b = new byte[4];
    ElementType.UINT16.set(b, 0, 0x0102, false);
    assertThat(b[0]).isEqualTo((byte) 1);
    ElementType.UINT16.set(b, 2, 0x0102, true);
    assertThat(b[2]).isEqualTo((byte) 2);
  }
}
