package dev.islet.runtime.webapi.console;

/**
 * How {@link Inspector} writes strings and keys, as Node's {@code util.inspect} does: the quote that
 * needs no escaping (single, else double, else backtick), C-style escapes for control characters, and
 * {@code \\uXXXX} for lone surrogates.
 */
final class InspectStrings {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private InspectStrings() {}

  /** A string literal for {@code s}: quoted and escaped. */
  static String quote(String s) {
    char q = '\'';
    if (s.indexOf('\'') >= 0) {
      if (s.indexOf('"') < 0) {
        q = '"';
      } else if (s.indexOf('`') < 0 && !s.contains("${")) {
        q = '`';
      }
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == q && q == '\'') {
        sb.append("\\'");
      } else if (c == '\\') {
        sb.append("\\\\");
      } else if (c < 0x20 || (c > 0x7E && c < 0xA0)) {
        appendControl(sb, c);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append("\\u").append(Integer.toHexString(c));
      } else {
        sb.append(c);
      }
    }
    return sb.append(q).toString();
  }

  private static void appendControl(StringBuilder sb, char c) {
    switch (c) {
      case '\b' -> sb.append("\\b");
      case '\t' -> sb.append("\\t");
      case '\n' -> sb.append("\\n");
      case '\f' -> sb.append("\\f");
      case '\r' -> sb.append("\\r");
      default -> sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
    }
  }

  /** True for keys written bare ({@code a_1}); others are quoted ({@code 'a-b'}, {@code '2'}). */
  static boolean isPlainKey(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** A non-enumerable key as Node shows it, {@code [key]}: the key's text with control characters escaped. */
  static String hiddenKey(String key) {
    StringBuilder sb = new StringBuilder(key.length() + 2).append('[');
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || (c > 0x7E && c < 0xA0)) {
        appendControl(sb, c);
      } else if (c == '\'' || c == '\\') {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.append(']').toString();
  }
}
