package dev.islet.numconv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against node (V8): 10,000 doubles — edge cases, random bit patterns from a
 * fixed seed and random "typed" decimals — give the same String(x), toFixed(0..100),
 * toPrecision(1..100), toExponential(undefined and 0..100), toString(2..36), parseFloat
 * round trips and correctly rounded 25-digit reads; and a list of strings gives the same
 * Number(s), parseFloat(s) and parseInt(s, radix). Node runs once per test, over a file;
 * per double it prints FNV-1a hashes of each category, and on a mismatch it is asked again
 * for the full strings of the doubles that differ. Skipped where node is absent.
 */
class NodeDifferentialTest {
  private static final int COUNT = 10_000;
  private static final int FNV_OFFSET = 0x811c9dc5;

  @BeforeAll
  static void requireNode() {
    assumeTrue(NodeOracle.available(), "node is not installed: differential test skipped");
  }

  @Test
  void numbersFormatLikeNode() throws Exception {
    List<Double> values = numbers();
    List<String> input = new ArrayList<>(values.size());
    for (double v : values) {
      input.add(hex(v));
    }
    // node works while we compute our side.
    CompletableFuture<List<String>> node = CompletableFuture.supplyAsync(() -> {
      try {
        return NodeOracle.run("numbers", input);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    });
    List<String> ours = new ArrayList<>(values.size());
    for (double v : values) {
      ours.add(summary(v));
    }
    List<String> nodeLines = node.get(180, TimeUnit.SECONDS);
    assertThat(nodeLines).hasSize(values.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!ours.get(i).equals(nodeLines.get(i))) {
        mismatches.add(input.get(i));
      }
    }
    if (!mismatches.isEmpty()) {
      throw new AssertionError(mismatches.size() + " of " + values.size() + " doubles differ from node; first: "
          + explain(mismatches.subList(0, Math.min(5, mismatches.size()))));
    }
  }

  @Test
  void stringsParseLikeNode() throws Exception {
    List<String> strings = strings();
    List<String> input = new ArrayList<>();
    for (String s : strings) {
      input.add(json(s));
    }
    List<String> nodeLines = NodeOracle.run("strings", input);
    assertThat(nodeLines).hasSize(strings.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < strings.size(); i++) {
      String s = strings.get(i);
      String ours = String.join(" ", hex(StringToNumber.stringToNumber(s)), hex(StringToNumber.parseFloat(s)),
          hex(StringToNumber.parseInt(s, 0)), hex(StringToNumber.parseInt(s, 16)),
          hex(StringToNumber.parseInt(s, 36)), hex(StringToNumber.parseInt(s, 2)), hex(StringToNumber.parseInt(s, 8)));
      if (!ours.equals(nodeLines.get(i))) {
        failures.add(json(s) + ": ours " + ours + " node " + nodeLines.get(i));
      }
    }
    assertThat(failures).as("Number/parseFloat/parseInt(s, 0|16|36|2|8) as bits").isEmpty();
  }

  /** The same line node-oracle.js prints in "numbers" mode. */
  private static String summary(double x) {
    int fixed = FNV_OFFSET;
    for (int k = 0; k <= 100; k++) {
      fixed = fnv(fixed, NumberToString.toFixed(x, k));
    }
    int precision = FNV_OFFSET;
    for (int k = 1; k <= 100; k++) {
      precision = fnv(precision, NumberToString.toPrecision(x, k));
    }
    int exponential = fnv(FNV_OFFSET, NumberToString.toExponential(x));
    for (int k = 0; k <= 100; k++) {
      exponential = fnv(exponential, NumberToString.toExponential(x, k));
    }
    int radix = FNV_OFFSET;
    for (int r = 2; r <= 36; r++) {
      radix = fnv(radix, NumberToString.toString(x, r));
    }
    String s = NumberToString.toString(x);
    double back = StringToNumber.parseFloat(s);
    int roundTrip = back == x || (back != back && x != x) ? 1 : 0;
    String p25 = hex(StringToNumber.parseFloat(NumberToString.toPrecision(x, 25)));
    return String.join(" ", hex(x), s, Integer.toHexString(fixed), Integer.toHexString(precision),
        Integer.toHexString(exponential), Integer.toHexString(radix), Integer.toString(roundTrip), p25);
  }

  /** Asks node for the full strings of a few doubles and names the first difference of each. */
  private static String explain(List<String> hexes) throws Exception {
    List<String> lines = NodeOracle.run("numbers", hexes, "detail");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hexes.size(); i++) {
      double x = Double.longBitsToDouble(Long.parseUnsignedLong(hexes.get(i), 16));
      List<String> ours = new ArrayList<>();
      ours.add(NumberToString.toString(x));
      StringBuilder f = new StringBuilder();
      for (int k = 0; k <= 100; k++) {
        f.append(k == 0 ? "" : " ").append(NumberToString.toFixed(x, k));
      }
      ours.add(f.toString());
      StringBuilder p = new StringBuilder();
      for (int k = 1; k <= 100; k++) {
        p.append(k == 1 ? "" : " ").append(NumberToString.toPrecision(x, k));
      }
      ours.add(p.toString());
      StringBuilder e = new StringBuilder(NumberToString.toExponential(x));
      for (int k = 0; k <= 100; k++) {
        e.append(' ').append(NumberToString.toExponential(x, k));
      }
      ours.add(e.toString());
      StringBuilder r = new StringBuilder();
      for (int k = 2; k <= 36; k++) {
        r.append(k == 2 ? "" : " ").append(NumberToString.toString(x, k));
      }
      ours.add(r.toString());
      String[] names = {"String", "toFixed", "toPrecision", "toExponential", "toString(radix)"};
      sb.append("\n  ").append(x).append(" (").append(hexes.get(i)).append("):");
      for (int c = 0; c < names.length; c++) {
        String theirs = lines.get(i * 6 + 1 + c);
        if (!theirs.equals(ours.get(c))) {
          String[] a = ours.get(c).split(" ");
          String[] b = theirs.split(" ");
          for (int j = 0; j < Math.min(a.length, b.length); j++) {
            if (!a[j].equals(b[j])) {
              sb.append(' ').append(names[c]).append(" #").append(j).append(" ours ").append(a[j])
                  .append(" node ").append(b[j]);
              break;
            }
          }
        }
      }
    }
    return sb.toString();
  }

  /** Edge cases, then random bit patterns and random short decimals (fixed seeds), 10,000 in all. */
  static List<Double> numbers() {
    Set<Double> set = new LinkedHashSet<>();
    double[] edges = {
      0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
      -Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
      Double.MAX_VALUE, -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 5e-324, 1.7976931348623157e308,
      0x1p53, 0x1p53 - 1, 0x1p53 + 2, -0x1p53, 0x1p52 + 0.5, 0x1p63, 0x1p64, 0x1p31, 0x1p32,
      1e21, Math.nextDown(1e21), Math.nextUp(1e21), 1e20, 999999999999999900000.0, 1e22, 1e23,
      1e-6, Math.nextDown(1e-6), 1e-7, Math.nextUp(1e-7), 0.1, 0.2, 0.3, 0.1 + 0.2, 123e-20, 0.5, 1.5,
      2.5, -2.5, 1.005, 1.45, 1.25, 0.125, 8.345, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, -Math.PI, 1, -1,
      10, 100, 255, 255.5, 4294967295.0, 4294967296.0, 2147483647.0, -2147483648.0, 1e15, 1e16, 1e17,
      123456789012345680000.0, 9.5, 99.5, 0.05, 0.005, 5e-5, 4.35, 1.1, 3.3, 1234.5678
    };
    for (double d : edges) {
      set.add(d);
    }
    for (int e = -20; e <= 22; e++) {
      set.add(Double.parseDouble("1e" + e));
      set.add(Double.parseDouble("5e" + e)); // ties for toFixed/toPrecision where exact
    }
    SplittableRandom random = new SplittableRandom(20240611L);
    while (set.size() < 5_000) {
      set.add(Double.longBitsToDouble(random.nextLong()));
    }
    while (set.size() < COUNT) {
      long digits = random.nextLong(1, 1L << random.nextInt(1, 54));
      int exponent = random.nextInt(-25, 23);
      double v = Double.parseDouble(digits + "e" + exponent);
      if (random.nextBoolean()) {
        // Exact binary fractions: genuine ties for toFixed and toPrecision.
        v = Math.scalb((double) (digits | 1), -random.nextInt(1, 12));
      }
      set.add(random.nextInt(4) == 0 ? -v : v);
    }
    return new ArrayList<>(set);
  }

  static List<String> strings() {
    List<String> list = new ArrayList<>(List.of(
        "", " ", "\t\n\u000B\f\r \u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF",
        "\u180E1", "1\u180E", "\u200B1", " 12 ", "\u3000-5.5\uFEFF", "0", "-0", "+0", "00", "007", "08", "0.", ".0", ".",
        "5.", ".5", "+.5", "-.5e-3", "1e", "1e+", "1e-", "1E5", "1e+5", "1e-5", "1e1000", "-1e1000", "1e-1000",
        "Infinity", "-Infinity", "+Infinity", "infinity", "INFINITY", "Infinityx", "Inf", "NaN", "nan",
        "0x", "0x1", "0X1f", "0xG", "-0x1", "+0x1", "0x1.5", "0x1p3", "0o17", "0O17", "0o8", "0b101", "0B2",
        "-0b1", "0b", "0o", "1_000", "1n", "1d", "1f", "1D", "1.5e3.5", "1e5e5", "12abc", "abc12", "--1",
        "+-1", "1.2.3", "0.0000001", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.797693134862315807e308",
        "1.7976931348623159e308", "2.2250738585072011e-308", "2.2250738585072012e-308",
        "123456789012345678901234567890", "0.000000000000000000000000000000000000001",
        "0x1fffffffffffff", "0x20000000000001", "0x20000000000003", "0xffffffffffffffffffffffff",
        "0b" + "1".repeat(60), "0o" + "7".repeat(30), "zz", "ZZ", "Z", "z1", "12e3x", "  0x10  ", "0x10 x",
        "1e00000000000000000000001", "0.1e-99999999999999999", "1" + "0".repeat(400), "1" + "0".repeat(308),
        "-" + "9".repeat(400), "0." + "0".repeat(400) + "1", "1".repeat(800) + "e-600",
        "0x" + "f".repeat(300), "7fffffff", "-7fffffff", "100000000", "123 456", "1,5", "\u0661", "\uFF11"));
    SplittableRandom random = new SplittableRandom(7);
    String[] spaces = {"", " ", "\t", "\n", "\u00A0", "\uFEFF", "\u2028"};
    for (int i = 0; i < 600; i++) {
      double x = Double.longBitsToDouble(random.nextLong());
      String s;
      switch (random.nextInt(4)) {
        case 0:
          s = NumberToString.toString(x);
          break;
        case 1:
          s = Double.isFinite(x) ? NumberToString.toPrecision(x, random.nextInt(1, 40)) : "Infinity";
          break;
        case 2: {
          // Near a halfway point between two doubles: the hardest reads.
          java.math.BigDecimal a = new java.math.BigDecimal(Math.abs(Double.isFinite(x) ? x : 1.5));
          java.math.BigDecimal b = new java.math.BigDecimal(Math.nextUp(a.doubleValue()));
          java.math.BigDecimal mid = a.add(b).divide(java.math.BigDecimal.valueOf(2));
          java.math.BigDecimal nudge = java.math.BigDecimal.ONE.movePointLeft(40 - mid.precision() + mid.scale());
          int which = random.nextInt(3);
          s = (which == 0 ? mid : which == 1 ? mid.add(nudge) : mid.subtract(nudge)).toString();
          break;
        }
        default:
          s = Long.toString(random.nextLong(), random.nextInt(2, 37)).toUpperCase(Locale.ROOT);
          break;
      }
      list.add(spaces[random.nextInt(spaces.length)] + s + spaces[random.nextInt(spaces.length)]);
    }
    return list;
  }

  private static int fnv(int h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x01000193;
    }
    h ^= 10;
    return h * 0x01000193;
  }

  private static String hex(double v) {
    String h = Long.toHexString(Double.doubleToLongBits(v));
    return "0".repeat(16 - h.length()) + h;
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
