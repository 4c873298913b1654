package dev.islet.builtins.fundamental;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.realm.Realm;

/**
 * URI Handling Functions — https://tc39.es/ecma262/#sec-uri-handling-functions: the spec's Encode
 * and Decode, with UTF-8 validated strictly (no overlong forms, surrogates or code points past
 * U+10FFFF). Output is charged as it grows, so a huge result ends in a RangeError or a memory
 * termination before the Java allocation.
 */
final class UriCoding {
  private UriCoding() {}

  /** uriReserved plus "#": kept by encodeURI, and escapes of them kept by decodeURI. */
  static final String RESERVED_AND_HASH = ";/?:@&=+$,#";
  private static final String MARK = "-_.!~*'()";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final int CHUNK = 4096;

  private static boolean alwaysUnescaped(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || MARK.indexOf(c) >= 0;
  }

  /** Encode ( string, extraUnescaped ) — https://tc39.es/ecma262/#sec-encode */
  static String encode(Realm realm, String s, String extraUnescaped) {
    int len = s.length();
    StringBuilder r = new StringBuilder(Math.min(len, CHUNK));
    int charged = 0;
    for (int k = 0; k < len; ) {
      char c = s.charAt(k);
      if (alwaysUnescaped(c) || extraUnescaped.indexOf(c) >= 0) {
        r.append(c);
        k++;
      } else {
        int cp = c;
        if (Character.isHighSurrogate(c)) {
          if (k + 1 >= len || !Character.isLowSurrogate(s.charAt(k + 1))) {
            throw Errors.error(realm, Msg.URI_MALFORMED);
          }
          cp = Character.toCodePoint(c, s.charAt(k + 1));
          k += 2;
        } else if (Character.isLowSurrogate(c)) {
          throw Errors.error(realm, Msg.URI_MALFORMED);
        } else {
          k++;
        }
        appendUtf8Escapes(r, cp);
      }
      if (r.length() - charged >= CHUNK) {
        realm.agent.chargeAppend(realm, r.length(), r.length() - charged);
        charged = r.length();
      }
    }
    realm.agent.chargeAppend(realm, r.length(), r.length() - charged);
    return r.toString();
  }

  private static void appendUtf8Escapes(StringBuilder r, int cp) {
    if (cp < 0x80) {
      escapeByte(r, cp);
    } else if (cp < 0x800) {
      escapeByte(r, 0xC0 | cp >> 6);
      escapeByte(r, 0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      escapeByte(r, 0xE0 | cp >> 12);
      escapeByte(r, 0x80 | cp >> 6 & 0x3F);
      escapeByte(r, 0x80 | cp & 0x3F);
    } else {
      escapeByte(r, 0xF0 | cp >> 18);
      escapeByte(r, 0x80 | cp >> 12 & 0x3F);
      escapeByte(r, 0x80 | cp >> 6 & 0x3F);
      escapeByte(r, 0x80 | cp & 0x3F);
    }
  }

  private static void escapeByte(StringBuilder r, int b) {
    r.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  /** Decode ( string, preserveEscapeSet ) — https://tc39.es/ecma262/#sec-decode */
  static String decode(Realm realm, String s, String preserveEscapeSet) {
    int len = s.length();
    if (s.indexOf('%') < 0) {
      realm.agent.budget.charge(1 + (len >> 4));
      return s;
    }
    StringBuilder r = new StringBuilder(Math.min(len, CHUNK));
    int charged = 0;
    for (int k = 0; k < len; k++) {
      char c = s.charAt(k);
      if (c != '%') {
        r.append(c);
      } else {
        int start = k;
        int b = hexOctet(realm, s, k);
        k += 2;
        if ((b & 0x80) == 0) {
          if (preserveEscapeSet.indexOf((char) b) >= 0) {
            r.append(s, start, k + 1);
          } else {
            r.append((char) b);
          }
        } else {
          int n = Integer.numberOfLeadingZeros(~b << 24);
          if (n == 1 || n > 4) {
            throw Errors.error(realm, Msg.URI_MALFORMED);
          }
          int cp = b & (0xFF >> (n + 1));
          for (int j = 1; j < n; j++) {
            k++;
            if (k >= len || s.charAt(k) != '%') {
              throw Errors.error(realm, Msg.URI_MALFORMED);
            }
            int cont = hexOctet(realm, s, k);
            if ((cont & 0xC0) != 0x80) {
              throw Errors.error(realm, Msg.URI_MALFORMED);
            }
            k += 2;
            cp = cp << 6 | cont & 0x3F;
          }
          // Reject overlong forms, surrogate code points and values past U+10FFFF.
          int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
          if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw Errors.error(realm, Msg.URI_MALFORMED);
          }
          r.appendCodePoint(cp);
        }
      }
      if (r.length() - charged >= CHUNK) {
        realm.agent.chargeAppend(realm, r.length(), r.length() - charged);
        charged = r.length();
      }
    }
    realm.agent.chargeAppend(realm, r.length(), r.length() - charged);
    return r.toString();
  }

  /** ParseHexOctet of the two digits after the '%' at {@code k}; a URIError when they are not there. */
  private static int hexOctet(Realm realm, String s, int k) {
    if (k + 2 >= s.length()) {
      throw Errors.error(realm, Msg.URI_MALFORMED);
    }
    int v = hex(s, k + 1, 2);
    if (v < 0) {
      throw Errors.error(realm, Msg.URI_MALFORMED);
    }
    return v;
  }

  /** escape ( string ) — https://tc39.es/ecma262/#sec-escape-string */
  static String escape(Realm realm, String s) {
    int len = s.length();
    StringBuilder r = new StringBuilder(Math.min(len, CHUNK));
    int charged = 0;
    for (int k = 0; k < len; k++) {
      char c = s.charAt(k);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "@*_+-./".indexOf(c) >= 0) {
        r.append(c);
      } else if (c < 256) {
        escapeByte(r, c);
      } else {
        r.append("%u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
      }
      if (r.length() - charged >= CHUNK) {
        realm.agent.chargeAppend(realm, r.length(), r.length() - charged);
        charged = r.length();
      }
    }
    realm.agent.chargeAppend(realm, r.length(), r.length() - charged);
    return r.toString();
  }

  /** unescape ( string ) — https://tc39.es/ecma262/#sec-unescape-string */
  static String unescape(Realm realm, String s) {
    int len = s.length();
    realm.agent.budget.charge(1 + (len >> 4));
    if (s.indexOf('%') < 0) {
      return s;
    }
    realm.heap.charge(2L * len);
    StringBuilder r = new StringBuilder(len);
    for (int k = 0; k < len; k++) {
      char c = s.charAt(k);
      if (c == '%') {
        if (k + 6 <= len && s.charAt(k + 1) == 'u') {
          int v = hex(s, k + 2, 4);
          if (v >= 0) {
            c = (char) v;
            k += 5;
          }
        } else if (k + 3 <= len) {
          int v = hex(s, k + 1, 2);
          if (v >= 0) {
            c = (char) v;
            k += 2;
          }
        }
      }
      r.append(c);
    }
    return r.toString();
  }

  /** The value of {@code n} hex digits at {@code from}, or -1. */
  private static int hex(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      int d = c < 128 ? Character.digit(c, 16) : -1;
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }
}
