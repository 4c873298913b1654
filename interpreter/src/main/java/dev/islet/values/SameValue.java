package dev.islet.values;

import java.math.BigInteger;

/**
 * SameValue, SameValueZero and IsStrictlyEqual on JS values — https://tc39.es/ecma262/#sec-samevalue.
 * Numbers may be Integer or Double; strings may be String or Rope.
 */
public final class SameValue {
  private SameValue() {}

  /** SameValue ( x, y ): like ===, but NaN equals NaN and +0 differs from -0. */
  public static boolean sameValue(Object x, Object y) {
    if (x == y) {
      return true;
    }
    if (x instanceof Integer a && y instanceof Integer b) {
      return a.intValue() == b.intValue();
    }
    if (x instanceof Number && y instanceof Number && !(x instanceof BigInteger) && !(y instanceof BigInteger)) {
      double a = ((Number) x).doubleValue();
      double b = ((Number) y).doubleValue();
      return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
    return sameNonNumber(x, y);
  }

  /** SameValueZero ( x, y ): like SameValue, but +0 equals -0. */
  public static boolean sameValueZero(Object x, Object y) {
    if (x == y) {
      return true;
    }
    if (x instanceof Integer a && y instanceof Integer b) {
      return a.intValue() == b.intValue();
    }
    if (x instanceof Number && y instanceof Number && !(x instanceof BigInteger) && !(y instanceof BigInteger)) {
      double a = ((Number) x).doubleValue();
      double b = ((Number) y).doubleValue();
      return a == b || (a != a && b != b);
    }
    return sameNonNumber(x, y);
  }

  /** IsStrictlyEqual ( x, y ): ===. */
  public static boolean strictEquals(Object x, Object y) {
    if (x instanceof Integer a && y instanceof Integer b) {
      return a.intValue() == b.intValue();
    }
    if (x instanceof Number && y instanceof Number && !(x instanceof BigInteger) && !(y instanceof BigInteger)) {
      return ((Number) x).doubleValue() == ((Number) y).doubleValue();
    }
    if (x == y) {
      return true;
    }
    return sameNonNumber(x, y);
  }

  private static boolean sameNonNumber(Object x, Object y) {
    if (x instanceof CharSequence a && y instanceof CharSequence b) {
      return JsStrings.equal(a, b);
    }
    if (x instanceof BigInteger a && y instanceof BigInteger b) {
      return a.equals(b);
    }
    if (x instanceof Boolean a && y instanceof Boolean b) {
      return a.booleanValue() == b.booleanValue();
    }
    return false;
  }
}
