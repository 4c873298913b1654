package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BigIntConversionsTest {

  @Test
  void stringToBigInt() {
    assertThat(BigIntConversions.stringToBigInt("")).isEqualTo(BigInteger.ZERO);
    assertThat(BigIntConversions.stringToBigInt(" \n\u2028 ")).isEqualTo(BigInteger.ZERO);
    assertThat(BigIntConversions.stringToBigInt("  123  ")).isEqualTo(BigInteger.valueOf(123));
    assertThat(BigIntConversions.stringToBigInt("-123")).isEqualTo(BigInteger.valueOf(-123));
    assertThat(BigIntConversions.stringToBigInt("+123")).isEqualTo(BigInteger.valueOf(123));
    assertThat(BigIntConversions.stringToBigInt("-0")).isEqualTo(BigInteger.ZERO);
    assertThat(BigIntConversions.stringToBigInt("0x1F")).isEqualTo(BigInteger.valueOf(31));
    assertThat(BigIntConversions.stringToBigInt("0O17")).isEqualTo(BigInteger.valueOf(15));
    assertThat(BigIntConversions.stringToBigInt("0b11")).isEqualTo(BigInteger.valueOf(3));
    assertThat(BigIntConversions.stringToBigInt("007")).isEqualTo(BigInteger.valueOf(7));
  }

  @Test
  void stringToBigIntRejects() {
    for (String s : new String[] {"1n", "1.5", "1e3", "Infinity", "-0x1", "+0x1", "0x", "0b2", "1_000", "-", "+",
        "1 2", "0x1g", "abc", "--1", "\u0661"}) {
      assertThat(BigIntConversions.stringToBigInt(s)).as("'%s'", s).isNull();
    }
  }

  @Test
  void longInputsParseInSubQuadraticTime() {
    String digits = "9".repeat(1_000_000);
    long start = System.nanoTime();
    BigInteger v = BigIntConversions.stringToBigInt(digits);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(v).isEqualTo(BigInteger.TEN.pow(1_000_000).subtract(BigInteger.ONE));
    assertThat(millis).as("ms to parse a million digits").isLessThan(20_000);
    assertThat(BigIntConversions.stringToBigInt("0x" + "f".repeat(5000)))
        .isEqualTo(BigInteger.ONE.shiftLeft(20_000).subtract(BigInteger.ONE));
  }

  @Test
  void toStringWithRadix() {
    assertThat(BigIntConversions.toString(BigInteger.valueOf(255), 16)).isEqualTo("ff");
    assertThat(BigIntConversions.toString(BigInteger.valueOf(-255), 2)).isEqualTo("-11111111");
    assertThat(BigIntConversions.toString(BigInteger.ZERO, 36)).isEqualTo("0");
    assertThat(BigIntConversions.toString(new BigInteger("123456789012345678901234567890"), 36))
        .isEqualTo("byw97um9s91dlz68tsi");
  }

  @Test
  void longToStringAgreesWithBigIntegerInEveryRadix() {
    java.util.Random random = new java.util.Random(42);
    for (int bits : new int[] {2049, 3000, 8191, 20_000, 70_001}) {
      for (int radix : new int[] {2, 3, 7, 10, 16, 36}) {
        BigInteger x = new BigInteger(bits, random).setBit(bits - 1);
        assertThat(BigIntConversions.toString(x, radix)).isEqualTo(x.toString(radix));
        assertThat(BigIntConversions.toString(x.negate(), radix)).isEqualTo(x.negate().toString(radix));
      }
    }
    // Zeros in the middle survive the padding of the low halves.
    BigInteger sparse = BigInteger.TEN.pow(5000).add(BigInteger.valueOf(7));
    assertThat(BigIntConversions.toString(sparse, 10)).isEqualTo(sparse.toString());
  }

  @Test
  void budgetedFormsChargeAndStop() {
    long[] charged = new long[1];
    BigInteger x = BigInteger.ONE.shiftLeft(100_000).subtract(BigInteger.ONE);
    BigIntConversions.toString(x, 10, units -> charged[0] += units);
    assertThat(charged[0]).isGreaterThan(100);
    class Stop extends RuntimeException {}
    assertThatThrownBy(() -> BigIntConversions.toString(x, 10, units -> {
      throw new Stop();
    })).isInstanceOf(Stop.class);
    charged[0] = 0;
    String digits = "7".repeat(50_000);
    assertThat(BigIntConversions.stringToBigInt(digits, 1 << 24, units -> charged[0] += units))
        .isEqualTo(new BigInteger(digits));
    assertThat(charged[0]).isGreaterThan(100);
  }

  @Test
  void budgetedParseRefusesValuesPastTheLimitBeforeConverting() {
    assertThatThrownBy(() -> BigIntConversions.stringToBigInt("1" + "0".repeat(400), 1000, units -> {}))
        .isInstanceOf(BigIntConversions.TooLarge.class);
    // Leading zeros do not count, and a value just at the limit is fine.
    assertThat(BigIntConversions.stringToBigInt("0".repeat(5000) + "1", 8, units -> {})).isEqualTo(BigInteger.ONE);
    assertThat(BigIntConversions.stringToBigInt("0x" + "f".repeat(250), 1000, units -> {}).bitLength()).isEqualTo(1000);
    assertThatThrownBy(() -> BigIntConversions.stringToBigInt("0x1" + "0".repeat(250), 1000, units -> {}))
        .isInstanceOf(BigIntConversions.TooLarge.class);
  }
}
