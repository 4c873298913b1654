package dev.islet.spectests.report;

import java.util.Locale;

/** Minimal JSON text helpers (the spec-tests module has no JSON dependency). */
final class Json {
  private Json() {}

  /** Appends {@code s} as a JSON string literal; control characters and lone surrogates become escapes. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        // A lone surrogate cannot be written as UTF-8: escape it so the file stays valid.
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
