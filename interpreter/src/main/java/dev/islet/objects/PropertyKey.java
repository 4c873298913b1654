package dev.islet.objects;

import dev.islet.values.Symbol;

/**
 * Canonical property keys. A key is one of:
 * <ul>
 *   <li>an {@link Integer}: an array index (0 .. 2^32-2), stored as the unsigned bit pattern, so
 *       indices above 2^31-1 are negative Java ints ({@link #index} undoes that);
 *   <li>a {@link String} that is not an array index (canonical numeric strings such as "7" are
 *       always turned into the Integer form, so each key has exactly one representation);
 *   <li>a {@link Symbol}.
 * </ul>
 * Integer keys make element access cheap and put index properties in ascending order first, as
 * OrdinaryOwnPropertyKeys requires.
 */
public final class PropertyKey {
  /** 2^32 - 1: not an array index; the largest array length. */
  public static final long MAX_ARRAY_LENGTH = 0xFFFF_FFFFL;

  private static final Integer[] SMALL = new Integer[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = i;
    }
  }

  private PropertyKey() {}

  public static boolean isIndex(Object key) {
    return key instanceof Integer;
  }

  /** The array index of an Integer key, 0 .. 2^32-2. */
  public static long index(Object key) {
    return Integer.toUnsignedLong((Integer) key);
  }

  /** The key for index {@code i}; {@code i} must be below 2^32 - 1. */
  public static Integer ofIndex(long i) {
    if (i >= 0 && i < SMALL.length) {
      return SMALL[(int) i];
    }
    return (int) i;
  }

  /** The canonical key for an array index or an integer-valued string key. */
  public static Object ofLong(long i) {
    if (i >= 0 && i < MAX_ARRAY_LENGTH) {
      return ofIndex(i);
    }
    return Long.toString(i);
  }

  /** The canonical key for a string: an Integer if it is a canonical array index. */
  public static Object ofString(String s) {
    int n = s.length();
    if (n == 0 || n > 10) {
      return s;
    }
    char c0 = s.charAt(0);
    if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) {
      return s;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return s;
      }
      v = v * 10 + (c - '0');
    }
    return v < MAX_ARRAY_LENGTH ? ofIndex(v) : s;
  }

  /**
   * The form of a key that travels on the interpreter's operand stack: a key that survives being
   * converted again. Indices at or above 2^31 are negative Java ints in canonical form, which a
   * second ToPropertyKey would read as negative numbers, so they travel as their decimal string.
   */
  public static Object stackForm(Object key) {
    if (key instanceof Integer i && i < 0) {
      return Long.toString(Integer.toUnsignedLong(i));
    }
    return key;
  }

  /** The canonical key of a stack-form key (see {@link #stackForm}). */
  public static Object canonical(Object key) {
    return key instanceof String s ? ofString(s) : key;
  }

  /** The key as a JS value for reflection (OwnPropertyKeys results): a String or a Symbol. */
  public static Object toValue(Object key) {
    if (key instanceof Integer i) {
      return Long.toString(Integer.toUnsignedLong(i));
    }
    return key;
  }

  /** A human-readable form for messages: names as-is, symbols as {@code [desc]}. */
  public static String describe(Object key) {
    if (key instanceof Symbol s) {
      return "[" + (s.description() == null ? "" : s.description()) + "]";
    }
    return toValue(key).toString();
  }
}
