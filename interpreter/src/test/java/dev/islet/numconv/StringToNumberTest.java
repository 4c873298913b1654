package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StringToNumberTest {

  private static double num(String s) {
    return StringToNumber.stringToNumber(s);
  }

  @Test
  void emptyAndWhiteSpaceAreZero() {
    assertThat(num("")).isEqualTo(0.0);
    assertThat(num(" \t\n\r\u000B\f\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF")).isEqualTo(0.0);
    assertThat(num("\u180E")).isNaN(); // no longer a space separator
    assertThat(num("\u200B")).isNaN(); // zero-width space is not white space
  }

  @Test
  void decimals() {
    assertThat(num("42")).isEqualTo(42.0);
    assertThat(num("  -42  ")).isEqualTo(-42.0);
    assertThat(num("+1.5")).isEqualTo(1.5);
    assertThat(num(".5")).isEqualTo(0.5);
    assertThat(num("5.")).isEqualTo(5.0);
    assertThat(num("-.5e1")).isEqualTo(-5.0);
    assertThat(num("1E3")).isEqualTo(1000.0);
    assertThat(num("1e-400")).isEqualTo(0.0);
    assertThat(num("1e400")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Double.doubleToRawLongBits(num("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(num("007")).isEqualTo(7.0); // no octal in StringNumericLiteral
    assertThat(num("0.1")).isEqualTo(0.1);
    assertThat(num("1e00000000000000000000001")).isEqualTo(10.0);
  }

  @Test
  void rejectsWhatTheGrammarDoesNot() {
    for (String s : new String[] {".", "e5", "1e", "1e+", "1.2.3", "1_000", "1n", "1d", "1f", "NaN", "0x1p3",
        "--1", "+-1", "+0x1", "-0x1", "0x", "0b", "0o", "0b2", "0o8", "0xg", "infinity", "+Infinityx", "1 2",
        "Infinity1", "\u0661"}) {
      assertThat(num(s)).as("'%s'", s).isNaN();
    }
  }

  @Test
  void infinities() {
    assertThat(num("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(num(" +Infinity ")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(num("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void nonDecimal() {
    assertThat(num("0x1F")).isEqualTo(31.0);
    assertThat(num("0XfF")).isEqualTo(255.0);
    assertThat(num("0o17")).isEqualTo(15.0);
    assertThat(num("0B101")).isEqualTo(5.0);
    assertThat(num("0x20000000000001")).isEqualTo(0x1p53); // 2^53 + 1: tie, to even
    assertThat(num("0x20000000000003")).isEqualTo(0x1p53 + 4); // 2^53 + 3: tie, to even (up)
    assertThat(num("0x" + "f".repeat(300))).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(num("0x" + "f".repeat(256))).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(num("0x" + "f".repeat(255))).isEqualTo(0x1p1020);
  }

  @Test
  void decimalReadsAreCorrectlyRounded() {
    // Halfway points between neighbouring doubles, and strings just off them.
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 8_000; i++) {
      double a = Math.abs(Double.longBitsToDouble(random.nextLong()));
      if (!Double.isFinite(a) || !Double.isFinite(Math.nextUp(a))) {
        continue;
      }
      BigDecimal lo = new BigDecimal(a);
      BigDecimal mid = lo.add(new BigDecimal(Math.nextUp(a))).divide(BigDecimal.valueOf(2));
      BigDecimal nudge = BigDecimal.ONE.movePointLeft(mid.scale() + 5);
      for (BigDecimal d : new BigDecimal[] {mid, mid.add(nudge), mid.subtract(nudge)}) {
        String s = d.toString();
        assertThat(num(s)).as(s).isEqualTo(nearest(d));
        assertThat(StringToNumber.parseFloat(s + "xyz")).as(s).isEqualTo(nearest(d));
      }
    }
  }

  /** The double nearest to d, ties to even, decided with exact arithmetic. */
  private static double nearest(BigDecimal d) {
    double guess = d.doubleValue();
    double best = guess;
    for (double c : new double[] {Math.nextDown(guess), Math.nextUp(guess)}) {
      int cmp = new BigDecimal(c).subtract(d).abs().compareTo(new BigDecimal(best).subtract(d).abs());
      if (cmp < 0 || (cmp == 0 && (Double.doubleToRawLongBits(c) & 1) == 0)) {
        best = c;
      }
    }
    return best;
  }

  @Test
  void parseFloatTakesTheLongestPrefix() {
    assertThat(StringToNumber.parseFloat("  3.14abc")).isEqualTo(3.14);
    assertThat(StringToNumber.parseFloat("1e")).isEqualTo(1.0);
    assertThat(StringToNumber.parseFloat("1e+")).isEqualTo(1.0);
    assertThat(StringToNumber.parseFloat("1e+2x")).isEqualTo(100.0);
    assertThat(StringToNumber.parseFloat("-.5.5")).isEqualTo(-0.5);
    assertThat(StringToNumber.parseFloat("Infinityx")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(StringToNumber.parseFloat("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(StringToNumber.parseFloat("0x10")).isEqualTo(0.0);
    assertThat(StringToNumber.parseFloat("1_000")).isEqualTo(1.0);
    assertThat(StringToNumber.parseFloat("")).isNaN();
    assertThat(StringToNumber.parseFloat("-")).isNaN();
    assertThat(StringToNumber.parseFloat(".")).isNaN();
    assertThat(StringToNumber.parseFloat("e5")).isNaN();
    assertThat(StringToNumber.parseFloat("\u00A0\uFEFF7")).isEqualTo(7.0);
    assertThat(Double.doubleToRawLongBits(StringToNumber.parseFloat("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void parseInt() {
    assertThat(StringToNumber.parseInt("  42px", 0)).isEqualTo(42.0);
    assertThat(StringToNumber.parseInt("-0x1F", 0)).isEqualTo(-31.0);
    assertThat(StringToNumber.parseInt("0x1F", 16)).isEqualTo(31.0);
    assertThat(StringToNumber.parseInt("0x1F", 10)).isEqualTo(0.0);
    assertThat(StringToNumber.parseInt("0x", 0)).isNaN();
    assertThat(StringToNumber.parseInt("", 0)).isNaN();
    assertThat(StringToNumber.parseInt("-", 0)).isNaN();
    assertThat(StringToNumber.parseInt("11", 2)).isEqualTo(3.0);
    assertThat(StringToNumber.parseInt("12", 2)).isEqualTo(1.0);
    assertThat(StringToNumber.parseInt("zZ", 36)).isEqualTo(1295.0);
    assertThat(StringToNumber.parseInt("10", 1)).isNaN();
    assertThat(StringToNumber.parseInt("10", 37)).isNaN();
    assertThat(StringToNumber.parseInt("10", -1)).isNaN();
    assertThat(StringToNumber.parseInt("1e3", 0)).isEqualTo(1.0);
    assertThat(StringToNumber.parseInt("0.0000001", 0)).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(StringToNumber.parseInt("-0", 0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(StringToNumber.parseInt("123456789012345678901234567890", 0)).isEqualTo(1.2345678901234568e29);
    assertThat(StringToNumber.parseInt("9007199254740993", 0)).isEqualTo(9007199254740992.0);
    assertThat(StringToNumber.parseInt("9".repeat(400), 0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(StringToNumber.parseInt("0".repeat(100_000) + "17", 8)).isEqualTo(15.0);
    assertThat(StringToNumber.parseInt("1".repeat(64), 2)).isEqualTo(0x1p64);
  }

  @Test
  void parseIntRoundsExactlyInPowerOfTwoRadixes() {
    // 2^53 + 1 and 2^53 + 3 in binary: ties, to even.
    assertThat(StringToNumber.parseInt("1" + "0".repeat(52) + "1", 2)).isEqualTo(0x1p53);
    assertThat(StringToNumber.parseInt("1" + "0".repeat(51) + "11", 2)).isEqualTo(0x1p53 + 4);
    String big = "7".repeat(40);
    assertThat(StringToNumber.parseInt(big, 8)).isEqualTo(new java.math.BigInteger(big, 8).doubleValue());
    BigDecimal exact = new BigDecimal(new java.math.BigInteger(big, 8));
    assertThat(new BigDecimal(StringToNumber.parseInt(big, 8)).subtract(exact).abs())
        .isLessThanOrEqualTo(new BigDecimal(Math.ulp(StringToNumber.parseInt(big, 8))).divide(BigDecimal.valueOf(2), RoundingMode.UNNECESSARY));
  }

  @Test
  void whiteSpaceClassification() {
    int count = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (StringToNumber.isStrWhiteSpaceChar((char) c)) {
        count++;
      }
    }
    // TAB LF VT FF CR SP NBSP OGHAM 2000–200A(11) LS PS NNBSP MMSP IDEOSP ZWNBSP
    assertThat(count).isEqualTo(25);
  }
}
