package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumericLiteralsTest {

  @Test
  void decimalLiterals() {
    assertThat(NumericLiterals.numberValue("0")).isEqualTo(0.0);
    assertThat(NumericLiterals.numberValue("123")).isEqualTo(123.0);
    assertThat(NumericLiterals.numberValue("1.5e3")).isEqualTo(1500.0);
    assertThat(NumericLiterals.numberValue(".5")).isEqualTo(0.5);
    assertThat(NumericLiterals.numberValue("5.")).isEqualTo(5.0);
    assertThat(NumericLiterals.numberValue("1_000_000")).isEqualTo(1e6);
    assertThat(NumericLiterals.numberValue("1e1_0")).isEqualTo(1e10);
    assertThat(NumericLiterals.numberValue("0.1")).isEqualTo(0.1);
    assertThat(NumericLiterals.numberValue("9007199254740993")).isEqualTo(9007199254740992.0);
    assertThat(NumericLiterals.numberValue("1e309")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(NumericLiterals.numberValue("0.0")).isEqualTo(0.0);
    assertThat(NumericLiterals.numberValue("0e5")).isEqualTo(0.0);
  }

  @Test
  void nonDecimalAndLegacyLiterals() {
    assertThat(NumericLiterals.numberValue("0xFF")).isEqualTo(255.0);
    assertThat(NumericLiterals.numberValue("0o777")).isEqualTo(511.0);
    assertThat(NumericLiterals.numberValue("0b1010")).isEqualTo(10.0);
    assertThat(NumericLiterals.numberValue("0xFFFF_FFFF")).isEqualTo(4294967295.0);
    assertThat(NumericLiterals.numberValue("0777")).isEqualTo(511.0); // LegacyOctalIntegerLiteral
    assertThat(NumericLiterals.numberValue("00")).isEqualTo(0.0);
    assertThat(NumericLiterals.numberValue("08")).isEqualTo(8.0); // NonOctalDecimalIntegerLiteral
    assertThat(NumericLiterals.numberValue("0789")).isEqualTo(789.0);
    assertThat(NumericLiterals.numberValue("08.5")).isEqualTo(8.5);
    assertThat(NumericLiterals.numberValue("09e1")).isEqualTo(90.0);
    assertThat(NumericLiterals.numberValue("0x" + "F".repeat(20))).isEqualTo(0x1p80);
  }

  @Test
  void bigIntLiterals() {
    assertThat(NumericLiterals.bigIntValue("0n")).isEqualTo(BigInteger.ZERO);
    assertThat(NumericLiterals.bigIntValue("123n")).isEqualTo(BigInteger.valueOf(123));
    assertThat(NumericLiterals.bigIntValue("123")).isEqualTo(BigInteger.valueOf(123));
    assertThat(NumericLiterals.bigIntValue("0xFFn")).isEqualTo(BigInteger.valueOf(255));
    assertThat(NumericLiterals.bigIntValue("0o17n")).isEqualTo(BigInteger.valueOf(15));
    assertThat(NumericLiterals.bigIntValue("0b11n")).isEqualTo(BigInteger.valueOf(3));
    assertThat(NumericLiterals.bigIntValue("1_000n")).isEqualTo(BigInteger.valueOf(1000));
    assertThat(NumericLiterals.bigIntValue("18446744073709551617n")).isEqualTo(new BigInteger("18446744073709551617"));
    String huge = "7".repeat(100_000);
    assertThat(NumericLiterals.bigIntValue(huge + "n")).isEqualTo(new BigInteger(huge));
    assertThatThrownBy(() -> NumericLiterals.bigIntValue("n")).isInstanceOf(NumberFormatException.class);
  }
}
