package dev.islet.regexp;

/** RegExp flags as bits (#sec-parsepattern and #sec-regexpinitialize). */
public final class RegExpFlags {
  public static final int HAS_INDICES = 1;   // d
  public static final int GLOBAL = 2;        // g
  public static final int IGNORE_CASE = 4;   // i
  public static final int MULTILINE = 8;     // m
  public static final int DOT_ALL = 16;      // s
  public static final int UNICODE = 32;      // u
  public static final int UNICODE_SETS = 64; // v
  public static final int STICKY = 128;      // y

  /** The order of RegExp.prototype.flags (#sec-get-regexp.prototype.flags). */
  private static final String ORDER = "dgimsuvy";

  private RegExpFlags() {}

  /** The bit of one flag letter, or 0 when it is not a flag. */
  public static int bit(char c) {
    switch (c) {
      case 'd': return HAS_INDICES;
      case 'g': return GLOBAL;
      case 'i': return IGNORE_CASE;
      case 'm': return MULTILINE;
      case 's': return DOT_ALL;
      case 'u': return UNICODE;
      case 'v': return UNICODE_SETS;
      case 'y': return STICKY;
      default: return 0;
    }
  }

  /**
   * Parses a flags string: -1 when a letter is not a flag, repeats, or u and v are both present
   * (#sec-regexpinitialize step 8 and the literal's early errors).
   */
  public static int parse(String flags) {
    int bits = 0;
    for (int i = 0; i < flags.length(); i++) {
      int b = bit(flags.charAt(i));
      if (b == 0 || (bits & b) != 0) {
        return -1;
      }
      bits |= b;
    }
    if ((bits & UNICODE) != 0 && (bits & UNICODE_SETS) != 0) {
      return -1;
    }
    return bits;
  }

  /** The flags as a string in the canonical order. */
  public static String toString(int bits) {
    StringBuilder sb = new StringBuilder(8);
    for (int i = 0; i < ORDER.length(); i++) {
      if ((bits & bit(ORDER.charAt(i))) != 0) {
        sb.append(ORDER.charAt(i));
      }
    }
    return sb.toString();
  }
}
