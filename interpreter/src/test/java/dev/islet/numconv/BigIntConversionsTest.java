package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;

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
}
