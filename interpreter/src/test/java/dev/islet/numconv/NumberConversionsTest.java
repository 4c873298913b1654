package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberConversionsTest {

  @Test
  void toInt32() {
    assertThat(NumberConversions.toInt32(Double.NaN)).isZero();
    assertThat(NumberConversions.toInt32(Double.POSITIVE_INFINITY)).isZero();
    assertThat(NumberConversions.toInt32(-0.0)).isZero();
    assertThat(NumberConversions.toInt32(-1.9)).isEqualTo(-1);
    assertThat(NumberConversions.toInt32(2147483648.0)).isEqualTo(Integer.MIN_VALUE);
    assertThat(NumberConversions.toInt32(4294967295.0)).isEqualTo(-1);
    assertThat(NumberConversions.toInt32(4294967296.0)).isZero();
    assertThat(NumberConversions.toInt32(-4294967297.0)).isEqualTo(-1);
    assertThat(NumberConversions.toInt32(0x1p53 + 2)).isEqualTo(2);
    assertThat(NumberConversions.toInt32(1e21)).isEqualTo(-559939584);
    assertThat(NumberConversions.toInt32(Double.MAX_VALUE)).isZero();
    assertThat(NumberConversions.toInt32(0x1p84 + 0x1p33 + 0x1p32 * 0)).isZero();
  }

  @Test
  void toInt32MatchesExactModuloOnRandomValues() {
    SplittableRandom random = new SplittableRandom(11);
    BigInteger twoPow32 = BigInteger.ONE.shiftLeft(32);
    for (int i = 0; i < 100_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (i % 2 == 0) {
        d = Math.scalb(random.nextDouble() - 0.5, random.nextInt(0, 100));
      }
      int expected = 0;
      if (Double.isFinite(d)) {
        BigInteger n = new BigDecimal(d).toBigInteger(); // truncation
        expected = n.mod(twoPow32).intValue();
      }
      assertThat(NumberConversions.toInt32(d)).as("%s", d).isEqualTo(expected);
      assertThat(NumberConversions.toUint32(d)).isEqualTo(expected & 0xFFFF_FFFFL);
    }
  }

  @Test
  void narrowerConversions() {
    assertThat(NumberConversions.toUint32(-1)).isEqualTo(4294967295L);
    assertThat(NumberConversions.toInt16(32768)).isEqualTo((short) -32768);
    assertThat(NumberConversions.toUint16(-1)).isEqualTo((char) 65535);
    assertThat(NumberConversions.toInt8(128)).isEqualTo((byte) -128);
    assertThat(NumberConversions.toUint8(-1)).isEqualTo(255);
    assertThat(NumberConversions.toUint8(256.7)).isEqualTo(0);
  }

  @Test
  void toUint8ClampRoundsHalfToEven() {
    assertThat(NumberConversions.toUint8Clamp(Double.NaN)).isZero();
    assertThat(NumberConversions.toUint8Clamp(-5)).isZero();
    assertThat(NumberConversions.toUint8Clamp(300)).isEqualTo(255);
    assertThat(NumberConversions.toUint8Clamp(Double.POSITIVE_INFINITY)).isEqualTo(255);
    assertThat(NumberConversions.toUint8Clamp(0.5)).isZero();
    assertThat(NumberConversions.toUint8Clamp(1.5)).isEqualTo(2);
    assertThat(NumberConversions.toUint8Clamp(2.5)).isEqualTo(2);
    assertThat(NumberConversions.toUint8Clamp(254.5)).isEqualTo(254);
    assertThat(NumberConversions.toUint8Clamp(254.50001)).isEqualTo(255);
    assertThat(NumberConversions.toUint8Clamp(1.49999)).isEqualTo(1);
  }

  @Test
  void toIntegerOrInfinity() {
    assertThat(NumberConversions.toIntegerOrInfinity(Double.NaN)).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(NumberConversions.toIntegerOrInfinity(-0.0))).isZero();
    assertThat(Double.doubleToRawLongBits(NumberConversions.toIntegerOrInfinity(-0.7))).isZero();
    assertThat(NumberConversions.toIntegerOrInfinity(-1.7)).isEqualTo(-1.0);
    assertThat(NumberConversions.toIntegerOrInfinity(1.7)).isEqualTo(1.0);
    assertThat(NumberConversions.toIntegerOrInfinity(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void moduloTwoPow64() {
    assertThat(NumberConversions.moduloTwoPow64(0x1p64)).isZero();
    assertThat(NumberConversions.moduloTwoPow64(0x1p63)).isEqualTo(Long.MIN_VALUE);
    assertThat(NumberConversions.moduloTwoPow64(-1.5)).isEqualTo(-1);
    assertThat(NumberConversions.moduloTwoPow64(0x1p64 + 0x1p12)).isEqualTo(4096);
  }
}
