package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberToStringTest {

  @Test
  void specialValues() {
    assertThat(NumberToString.toString(0.0)).isEqualTo("0");
    assertThat(NumberToString.toString(-0.0)).isEqualTo("0");
    assertThat(NumberToString.toString(Double.NaN)).isEqualTo("NaN");
    assertThat(NumberToString.toString(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(NumberToString.toString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Test
  void integers() {
    assertThat(NumberToString.toString(1)).isEqualTo("1");
    assertThat(NumberToString.toString(-42)).isEqualTo("-42");
    assertThat(NumberToString.toString(2147483648.0)).isEqualTo("2147483648");
    assertThat(NumberToString.toString(-2147483649.0)).isEqualTo("-2147483649");
    assertThat(NumberToString.toString(9007199254740991.0)).isEqualTo("9007199254740991");
    assertThat(NumberToString.toString(9007199254740992.0)).isEqualTo("9007199254740992");
    // 2^53 + 1 is not a double; 2^53 + 2 is, and prints as itself.
    assertThat(NumberToString.toString(9007199254740994.0)).isEqualTo("9007199254740994");
    // Above 2^53 the shortest digits are padded with zeros, not the exact integer.
    assertThat(NumberToString.toString(0x1p60)).isEqualTo("1152921504606847000");
    assertThat(NumberToString.toString(1e20)).isEqualTo("100000000000000000000");
    assertThat(NumberToString.toString(123456789012345680000.0)).isEqualTo("123456789012345680000");
  }

  @Test
  void exponentBoundaries() {
    assertThat(NumberToString.toString(1e21)).isEqualTo("1e+21");
    assertThat(NumberToString.toString(-1e21)).isEqualTo("-1e+21");
    assertThat(NumberToString.toString(1.5e21)).isEqualTo("1.5e+21");
    assertThat(NumberToString.toString(999999999999999900000.0)).isEqualTo("999999999999999900000");
    assertThat(NumberToString.toString(0.000001)).isEqualTo("0.000001");
    assertThat(NumberToString.toString(0.0000012345)).isEqualTo("0.0000012345");
    assertThat(NumberToString.toString(1e-7)).isEqualTo("1e-7");
    assertThat(NumberToString.toString(1.25e-7)).isEqualTo("1.25e-7");
    assertThat(NumberToString.toString(123e-20)).isEqualTo("1.23e-18");
  }

  @Test
  void fractions() {
    assertThat(NumberToString.toString(0.1)).isEqualTo("0.1");
    assertThat(NumberToString.toString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(NumberToString.toString(-1.5)).isEqualTo("-1.5");
    assertThat(NumberToString.toString(Math.PI)).isEqualTo("3.141592653589793");
    assertThat(NumberToString.toString(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(NumberToString.toString(123.456)).isEqualTo("123.456");
  }

  @Test
  void extremes() {
    assertThat(NumberToString.toString(5e-324)).isEqualTo("5e-324");
    assertThat(NumberToString.toString(-5e-324)).isEqualTo("-5e-324");
    assertThat(NumberToString.toString(1.7976931348623157e308)).isEqualTo("1.7976931348623157e+308");
    assertThat(NumberToString.toString(2.2250738585072014e-308)).isEqualTo("2.2250738585072014e-308");
    assertThat(NumberToString.toString(1e23)).isEqualTo("1e+23");
    // JDK 17's Double.toString gives 2.0E-3 style and, for some values, more digits than needed:
    assertThat(NumberToString.toString(2e23)).isEqualTo("2e+23");
    assertThat(NumberToString.toString(1.0E23)).isEqualTo("1e+23");
    assertThat(NumberToString.toString(5.0E-324 * 3)).isEqualTo("1.5e-323");
  }

  @Test
  void radix() {
    assertThat(NumberToString.toString(255, 16)).isEqualTo("ff");
    assertThat(NumberToString.toString(-255, 2)).isEqualTo("-11111111");
    assertThat(NumberToString.toString(0.5, 2)).isEqualTo("0.1");
    assertThat(NumberToString.toString(255.5, 16)).isEqualTo("ff.8");
    assertThat(NumberToString.toString(Math.PI, 36)).isEqualTo("3.53i5ab8p5f");
    assertThat(NumberToString.toString(0.1, 3)).isEqualTo("0.0022002200220022002200220022002201");
    assertThat(NumberToString.toString(-0.0, 2)).isEqualTo("0");
    assertThat(NumberToString.toString(Double.NaN, 2)).isEqualTo("NaN");
    assertThat(NumberToString.toString(Double.NEGATIVE_INFINITY, 36)).isEqualTo("-Infinity");
    assertThat(NumberToString.toString(1e21, 36)).isEqualTo("5v1j4f4ds7c000");
    assertThat(NumberToString.toString(0x1p60, 10)).isEqualTo("1152921504606847000");
    assertThat(NumberToString.toString(Double.MAX_VALUE, 2)).hasSize(1024).startsWith("1111");
    assertThat(NumberToString.toString(Double.MIN_VALUE, 2)).hasSize(1076).endsWith("1");
    assertThatThrownBy(() -> NumberToString.toString(1, 37)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toFixed() {
    assertThat(NumberToString.toFixed(0, 2)).isEqualTo("0.00");
    assertThat(NumberToString.toFixed(-0.0, 2)).isEqualTo("0.00");
    assertThat(NumberToString.toFixed(-0.0000001, 2)).isEqualTo("-0.00");
    assertThat(NumberToString.toFixed(1.005, 2)).isEqualTo("1.00"); // 1.005 is 1.00499999…
    assertThat(NumberToString.toFixed(1.45, 1)).isEqualTo("1.4");
    assertThat(NumberToString.toFixed(0.5, 0)).isEqualTo("1"); // a true tie: the larger n
    assertThat(NumberToString.toFixed(2.5, 0)).isEqualTo("3");
    assertThat(NumberToString.toFixed(-2.5, 0)).isEqualTo("-3");
    assertThat(NumberToString.toFixed(123.456, 10)).isEqualTo("123.4560000000");
    assertThat(NumberToString.toFixed(0.1, 20)).isEqualTo("0.10000000000000000555");
    assertThat(NumberToString.toFixed(1e21, 2)).isEqualTo("1e+21");
    assertThat(NumberToString.toFixed(-1e21, 2)).isEqualTo("-1e+21");
    assertThat(NumberToString.toFixed(1e20, 2)).isEqualTo("100000000000000000000.00");
    assertThat(NumberToString.toFixed(999999999999999900000.0, 0)).isEqualTo("999999999999999868928");
    assertThat(NumberToString.toFixed(5e-324, 100)).isEqualTo("0." + "0".repeat(100));
    assertThat(NumberToString.toFixed(Double.NaN, 2)).isEqualTo("NaN");
    assertThat(NumberToString.toFixed(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-Infinity");
    assertThat(NumberToString.toFixed(0.000001, 7)).isEqualTo("0.0000010");
  }

  @Test
  void toExponential() {
    assertThat(NumberToString.toExponential(0)).isEqualTo("0e+0");
    assertThat(NumberToString.toExponential(0, 2)).isEqualTo("0.00e+0");
    assertThat(NumberToString.toExponential(-0.0, 2)).isEqualTo("0.00e+0");
    assertThat(NumberToString.toExponential(123456)).isEqualTo("1.23456e+5");
    assertThat(NumberToString.toExponential(123456, 2)).isEqualTo("1.23e+5");
    assertThat(NumberToString.toExponential(125, 1)).isEqualTo("1.3e+2"); // tie: the larger
    assertThat(NumberToString.toExponential(-0.00015, 1)).isEqualTo("-1.5e-4");
    assertThat(NumberToString.toExponential(9.99, 1)).isEqualTo("1.0e+1");
    assertThat(NumberToString.toExponential(5e-324)).isEqualTo("5e-324");
    assertThat(NumberToString.toExponential(5e-324, 2)).isEqualTo("4.94e-324");
    assertThat(NumberToString.toExponential(Double.MAX_VALUE, 0)).isEqualTo("2e+308");
    assertThat(NumberToString.toExponential(1, 100)).isEqualTo("1." + "0".repeat(100) + "e+0");
    assertThat(NumberToString.toExponential(Double.POSITIVE_INFINITY, 2)).isEqualTo("Infinity");
    assertThatThrownBy(() -> NumberToString.toExponential(1, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toPrecision() {
    assertThat(NumberToString.toPrecision(0, 1)).isEqualTo("0");
    assertThat(NumberToString.toPrecision(0, 4)).isEqualTo("0.000");
    assertThat(NumberToString.toPrecision(-0.0, 3)).isEqualTo("0.00");
    assertThat(NumberToString.toPrecision(123.456, 4)).isEqualTo("123.5");
    assertThat(NumberToString.toPrecision(123.456, 2)).isEqualTo("1.2e+2");
    assertThat(NumberToString.toPrecision(123456, 6)).isEqualTo("123456");
    assertThat(NumberToString.toPrecision(0.000123, 2)).isEqualTo("0.00012");
    assertThat(NumberToString.toPrecision(0.0000001, 1)).isEqualTo("1e-7");
    assertThat(NumberToString.toPrecision(0.000001, 1)).isEqualTo("0.000001");
    assertThat(NumberToString.toPrecision(99.99, 3)).isEqualTo("100");
    assertThat(NumberToString.toPrecision(99.99, 2)).isEqualTo("1.0e+2");
    assertThat(NumberToString.toPrecision(-1.5, 1)).isEqualTo("-2");
    assertThat(NumberToString.toPrecision(1e21, 1)).isEqualTo("1e+21");
    assertThat(NumberToString.toPrecision(0.1, 100)).startsWith("0.1000000000000000055511151231257827");
    assertThat(NumberToString.toPrecision(Double.NaN, 3)).isEqualTo("NaN");
  }

  @Test
  void shortestDecimal() {
    Decimal d = NumberToString.shortestDecimal(-0.00125);
    assertThat(d.significand()).isEqualTo(125);
    assertThat(d.exponent()).isEqualTo(-5);
    assertThat(d.digitCount()).isEqualTo(3);
    assertThatThrownBy(() -> NumberToString.shortestDecimal(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
