package dev.islet.lexer;

import dev.islet.unicode.UnicodeIdentifiers;

/**
 * ECMAScript IdentifierStart / IdentifierPart classification
 * (https://tc39.es/ecma262/#sec-names-and-keywords). ASCII is one table lookup; everything else
 * goes to {@link UnicodeIdentifiers} (Unicode 17 ID_Start / ID_Continue plus ZWNJ/ZWJ).
 */
public final class Identifiers {
  private Identifiers() {}

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
    return UnicodeIdentifiers.isIdentifierStart(cp);
  }

  public static boolean isIdentifierPart(int cp) {
    if (cp < 128) {
      return cp >= 0 && (ASCII[cp] & 2) != 0;
    }
    return UnicodeIdentifiers.isIdentifierPart(cp);
  }
}
