package dev.islet.unicode;

/**
 * ID_Start / ID_Continue of Unicode 17 (the JDK 17's {@code Character} knows Unicode 13 only), for
 * IdentifierName (#sec-names-and-keywords) and RegExp group names (#prod-RegExpIdentifierName).
 */
public final class UnicodeIdentifiers {
  private UnicodeIdentifiers() {}

  private static final class Tables {
    static final int[] ID_START = UnicodeData.get().ranges(UnicodeData.BINARY, "ID_Start");
    static final int[] ID_CONTINUE = UnicodeData.get().ranges(UnicodeData.BINARY, "ID_Continue");
  }

  /** IdentifierStartChar: ID_Start, '$' or '_'. */
  public static boolean isIdentifierStart(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
    }
    return inRanges(Tables.ID_START, cp);
  }

  /** IdentifierPartChar: ID_Continue, '$', ZWNJ or ZWJ. */
  public static boolean isIdentifierPart(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '$' || cp == '_';
    }
    return cp == 0x200C || cp == 0x200D || inRanges(Tables.ID_CONTINUE, cp);
  }

  /** Binary search in sorted inclusive ranges {@code [lo0, hi0, lo1, hi1, …]}. */
  public static boolean inRanges(int[] ranges, int cp) {
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (cp > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
