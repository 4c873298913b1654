package dev.islet.lexer;

/**
 * ECMAScript IdentifierStart / IdentifierPart classification
 * (https://tc39.es/ecma262/#sec-names-and-keywords): ID_Start and ID_Continue plus {@code $},
 * {@code _}, and ZWNJ/ZWJ in parts. ASCII is a table lookup; the rest a binary search over the
 * generated {@link IdentifierTables} (newer Unicode than JDK 17's own data).
 */
public final class Identifiers {
  private Identifiers() {}

  private static final int[] START = parse(IdentifierTables.ID_START);
  private static final int[] CONTINUE = parse(IdentifierTables.ID_CONTINUE);
  // Bit 1: may start an identifier; bit 2: may continue one.
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 'a'; c <= 'z'; c++) {
      ASCII[c] = 3;
      ASCII[c - 32] = 3;
    }
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = 2;
    }
    ASCII['$'] = 3;
    ASCII['_'] = 3;
  }

  public static boolean isIdentifierStart(int cp) {
    if (cp < 128) {
      return cp >= 0 && (ASCII[cp] & 1) != 0;
    }
    return inRanges(START, cp);
  }

  public static boolean isIdentifierPart(int cp) {
    if (cp < 128) {
      return cp >= 0 && (ASCII[cp] & 2) != 0;
    }
    return cp == 0x200C || cp == 0x200D || inRanges(CONTINUE, cp);
  }

  private static boolean inRanges(int[] ranges, int cp) {
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

  private static int[] parse(String table) {
    String[] items = table.split(",");
    int[] out = new int[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      String item = items[i];
      int dash = item.indexOf('-');
      if (dash < 0) {
        out[2 * i] = out[2 * i + 1] = Integer.parseInt(item, 16);
      } else {
        out[2 * i] = Integer.parseInt(item.substring(0, dash), 16);
        out[2 * i + 1] = Integer.parseInt(item.substring(dash + 1), 16);
      }
    }
    return out;
  }
}
