package dev.islet.ops;

/**
 * Number ↔ String for the engine's hot paths: small-integer caches in front of
 * {@code dev.islet.numconv} (shortest round-trip digits, correctly rounded parsing).
 */
public final class NumberConversions {
  private static final String[] SMALL_INTS = new String[256];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = Integer.toString(i);
    }
  }

  private NumberConversions() {}

  public static String intToString(int i) {
    if (i >= 0 && i < SMALL_INTS.length) {
      return SMALL_INTS[i];
    }
    return Integer.toString(i);
  }

  /** Number::toString ( x ) — https://tc39.es/ecma262/#sec-numeric-types-number-tostring (shortest round-trip digits). */
  public static String toString(double x) {
    if (x == (int) x && (x != 0 || Double.doubleToRawLongBits(x) == 0)) {
      return intToString((int) x);
    }
    return dev.islet.numconv.NumberToString.toString(x);
  }

  /** ToInt32 on a double — https://tc39.es/ecma262/#sec-toint32 */
  public static int toInt32(double d) {
    if (d >= -2147483648.0 && d <= 2147483647.0) {
      return (int) d;                       // truncation, and modulo 2^32 is the identity in range
    }
    if (d > -9.2e18 && d < 9.2e18) {
      return (int) (long) d;                // truncation to a long, whose low 32 bits are the value modulo 2^32
    }
    if (d != d || Double.isInfinite(d)) {   // NaN and infinities give +0
      return 0;
    }
    double t = d < 0 ? Math.ceil(d) : Math.floor(d);
    double m = t % 4294967296.0;
    return (int) (long) m;
  }

  /** ToInt32 on a Number value (Integer or Double). */
  public static int toInt32(Number n) {
    return n instanceof Integer i ? i : toInt32(n.doubleValue());
  }

  /** StringToNumber ( str ) — https://tc39.es/ecma262/#sec-stringtonumber (correctly rounded). */
  public static Number stringToNumber(String s) {
    double d = dev.islet.numconv.StringToNumber.stringToNumber(s);
    int i = (int) d;
    if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) {
      return i;
    }
    return d;
  }

  /** WhiteSpace or LineTerminator — https://tc39.es/ecma262/#sec-white-space */
  public static boolean isWhite(char c) {
    switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }
}
