package dev.islet.numconv;

import java.math.BigInteger;
import java.util.function.LongConsumer;

/**
 * String ↔ BigInt: StringToBigInt and BigInt::toString.
 *
 * <p>Both directions are divide and conquer on BigInteger (its own conversions are quadratic
 * below huge sizes, and one uninterruptible call). The budgeted forms take a {@code charge}
 * callback that receives units of work between the pieces — one unit per 64-bit limb
 * product, some 20 ns, close to the cost of an interpreted instruction — so an engine can
 * count the work and stop a runaway conversion by throwing from the callback.
 */
public final class BigIntConversions {
  /** Below this many bits BigInteger's own conversion is used as it is. */
  private static final int SMALL_BITS = 2048;
  /** Digits parsed by one BigInteger constructor call. */
  private static final int BLOCK = 512;
  private static final LongConsumer NO_CHARGE = units -> {};

  /** Thrown by the budgeted {@link #stringToBigInt(String, long, LongConsumer)} when the value would pass its bit limit. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("BigInt too large", null, false, false);
    }
  }

  private BigIntConversions() {}

  /**
   * StringToBigInt(str) (https://tc39.es/ecma262/#sec-stringtobigint): the value of a
   * StringIntegerLiteral — white space trimmed; empty is 0n; an optionally signed decimal
   * integer, or an unsigned "0x"/"0o"/"0b" integer; no separators, no fraction, no exponent,
   * no 'n'. Returns null where the spec returns undefined (the caller throws SyntaxError).
   */
  public static BigInteger stringToBigInt(String s) {
    return stringToBigInt(s, Long.MAX_VALUE, NO_CHARGE);
  }

  /**
   * StringToBigInt with a bound and a meter: a value of more than {@code maxBits} bits throws
   * {@link TooLarge} before any digit is converted, and the conversion charges its work.
   */
  public static BigInteger stringToBigInt(String s, long maxBits, LongConsumer charge) {
    int start = StringToNumber.skipWhiteSpace(s, 0, s.length());
    int end = StringToNumber.trimEnd(s, start);
    if (start == end) {
      return BigInteger.ZERO;
    }
    if (end - start > 2 && s.charAt(start) == '0') {
      int radix = StringToNumber.radixOfPrefix(s.charAt(start + 1));
      if (radix != 0) {
        return digits(s, start + 2, end, radix, false, maxBits, charge);
      }
    }
    boolean negative = false;
    int i = start;
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      negative = s.charAt(i) == '-';
      i++;
    }
    return digits(s, i, end, 10, negative, maxBits, charge);
  }

  /** BigInt::toString(x, radix) (https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring). */
  public static String toString(BigInteger x, int radix) {
    return toString(x, radix, NO_CHARGE);
  }

  /** BigInt::toString(x, radix), charging its work to {@code charge} as it goes. */
  public static String toString(BigInteger x, int radix, LongConsumer charge) {
    if (radix < 2 || radix > 36) {
      throw new IllegalArgumentException("radix " + radix);
    }
    int bits = x.bitLength();
    if (bits <= SMALL_BITS) {
      charge.accept(1 + (long) bits * bits / (64 * 64));
      return x.toString(radix); // lower-case digits, '-' for negatives, as the spec's table
    }
    StringBuilder sb = new StringBuilder(maxDigits(bits, radix) + 1);
    if (x.signum() < 0) {
      sb.append('-');
      x = x.negate();
    }
    BigInteger[] powers = new BigInteger[32]; // powers[k] = radix^(2^k)
    appendDigits(x, radix, 0, sb, powers, charge);
    return sb.toString();
  }

  /**
   * Appends the digits of u ≥ 0, left-padded with zeros to {@code width} digits (0: no
   * padding). Splits u by radix^(2^k) near its middle digit, high half first.
   */
  private static void appendDigits(BigInteger u, int radix, int width, StringBuilder sb, BigInteger[] powers,
      LongConsumer charge) {
    int bits = u.bitLength();
    if (bits <= SMALL_BITS) {
      charge.accept(1 + (long) bits * bits / (64 * 64));
      String s = u.toString(radix);
      for (int i = s.length(); i < width; i++) {
        sb.append('0');
      }
      sb.append(s);
      return;
    }
    // The low half gets 2^k digits, with 2^k about half of u's digit count.
    int k = 31 - Integer.numberOfLeadingZeros(Math.max(1, maxDigits(bits, radix) / 2));
    BigInteger divisor = power(radix, k, powers, charge);
    charge.accept(productCost(bits, divisor.bitLength()));
    BigInteger[] qr = u.divideAndRemainder(divisor);
    int lowWidth = 1 << k;
    if (qr[0].signum() == 0 && width == 0) {
      appendDigits(qr[1], radix, 0, sb, powers, charge);
      return;
    }
    appendDigits(qr[0], radix, width == 0 ? 0 : width - lowWidth, sb, powers, charge);
    appendDigits(qr[1], radix, lowWidth, sb, powers, charge);
  }

  /** radix^(2^k), built by repeated squaring and kept for the other splits of one conversion. */
  private static BigInteger power(int radix, int k, BigInteger[] powers, LongConsumer charge) {
    if (powers[0] == null) {
      powers[0] = BigInteger.valueOf(radix);
    }
    int have = k;
    while (powers[have] == null) {
      have--;
    }
    for (int i = have + 1; i <= k; i++) {
      int b = powers[i - 1].bitLength();
      charge.accept(productCost(b, b));
      powers[i] = powers[i - 1].multiply(powers[i - 1]);
    }
    return powers[k];
  }

  /** An upper bound of the number of digits of a value with this many bits. */
  private static int maxDigits(int bits, int radix) {
    return (int) (bits / (Math.log(radix) / Math.log(2))) + 1;
  }

  /**
   * Units for multiplying (or dividing) numbers of these bit lengths: schoolbook limb
   * products for small ones, Karatsuba's n^1.585 for large ones.
   */
  public static long productCost(long bitsA, long bitsB) {
    double a = (bitsA >> 6) + 1;
    double b = (bitsB >> 6) + 1;
    double cost = Math.min(a * b, Math.pow(a + b, 1.585));
    return 1 + (long) cost;
  }

  private static BigInteger digits(String s, int from, int end, int radix, boolean negative, long maxBits,
      LongConsumer charge) {
    if (from == end) {
      return null;
    }
    int firstSignificant = -1;
    for (int i = from; i < end; i++) {
      int d = StringToNumber.digitValue(s.charAt(i));
      if (d >= radix) {
        return null;
      }
      if (firstSignificant < 0 && d != 0) {
        firstSignificant = i;
      }
    }
    if (firstSignificant < 0) {
      return BigInteger.ZERO;
    }
    // n significant digits make a value of at least (n − 1)·log2(radix) bits.
    if ((end - firstSignificant - 1) * (Math.log(radix) / Math.log(2)) > maxBits) {
      throw new TooLarge();
    }
    charge.accept(1 + ((end - from) >> 4));
    BigInteger v = parseDigits(s, firstSignificant, end, radix, charge);
    if (v.bitLength() > maxBits) {
      throw new TooLarge();
    }
    return negative ? v.negate() : v;
  }

  /**
   * The value of the valid digits s[from, end). BigInteger's own parser is quadratic in the
   * length, so long inputs are split in two, halves parsed recursively, and joined by one
   * multiplication (which BigInteger does sub-quadratically): a million digits take
   * milliseconds, not minutes.
   */
  static BigInteger parseDigits(String s, int from, int end, int radix) {
    return parseDigits(s, from, end, radix, NO_CHARGE);
  }

  private static BigInteger parseDigits(String s, int from, int end, int radix, LongConsumer charge) {
    if (end - from <= BLOCK) {
      return new BigInteger(s.substring(from, end), radix);
    }
    // powers[j] = radix^(BLOCK·2^j), shared by all the splits of one call.
    BigInteger[] powers = new BigInteger[32];
    return parseSplit(s, from, end, radix, powers, charge);
  }

  private static BigInteger parseSplit(String s, int from, int end, int radix, BigInteger[] powers,
      LongConsumer charge) {
    int n = end - from;
    if (n <= BLOCK) {
      charge.accept(1 + (long) n * n / 4096);
      return new BigInteger(s.substring(from, end), radix);
    }
    // The low part is BLOCK·2^j digits, the largest such size below n.
    int j = 0;
    while ((long) BLOCK << (j + 1) < n) {
      j++;
    }
    int lowLength = BLOCK << j;
    if (powers[j] == null) {
      long powerBits = (long) (lowLength * (Math.log(radix) / Math.log(2)));
      charge.accept(productCost(powerBits / 2, powerBits / 2));
      powers[j] = BigInteger.valueOf(radix).pow(lowLength);
    }
    BigInteger high = parseSplit(s, from, end - lowLength, radix, powers, charge);
    BigInteger low = parseSplit(s, end - lowLength, end, radix, powers, charge);
    charge.accept(productCost(high.bitLength(), powers[j].bitLength()));
    return high.multiply(powers[j]).add(low);
  }
}
