package dev.islet.values;

/** Helpers for JS string values, which are either a Java {@link String} or a {@link Rope}. */
public final class JsStrings {
  /**
   * The longest string an isolate may build. The spec allows 2^53-1; like V8 we pick a bound that
   * keeps every string a Java array and far from the JVM's limits. Exceeding it is a RangeError.
   */
  public static final int MAX_LENGTH = (1 << 29) - 24;

  private JsStrings() {}

  public static boolean isString(Object v) {
    return v instanceof String || v instanceof Rope;
  }

  /** The flat Java string of a JS string value. */
  public static String flat(Object v) {
    return v instanceof String s ? s : v.toString();
  }

  /** SameValue on two JS strings (either may be a rope). */
  public static boolean equal(CharSequence a, CharSequence b) {
    if (a == b) {
      return true;
    }
    if (a.length() != b.length()) {
      return false;
    }
    return a.toString().equals(b.toString());
  }
}
