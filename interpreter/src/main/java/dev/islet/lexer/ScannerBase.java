package dev.islet.lexer;

import dev.islet.parser.SyntaxErrorException;
import dev.islet.source.Source;

/**
 * Lexer state shared by the scanning layers: the text, the position, the current token's fields,
 * white space and comments, and identifier names (interned, keywords classified on the way).
 */
abstract class ScannerBase {
  final Source source;
  final char[] chars;
  final int length;
  /** Module goal: HTML-like comments are not comments. */
  final boolean module;

  int pos;
  int line = 1;
  int lineStart;
  /** lineStarts[k] is the offset where line k + 1 starts. */
  int[] lineStarts = new int[64];

  // The current token.
  int type;
  int start;
  int end;
  int tokLine;
  int tokColumn;
  boolean newlineBefore;
  /** NAME: decoded name. STRING: value. TEMPLATE: cooked (null if invalid). REGEXP: pattern. PRIVATE_NAME: name without '#'. */
  String value;
  /** TEMPLATE: raw text. REGEXP: flags. */
  String raw;
  double number;
  java.math.BigInteger bigint;
  int contextual;
  /** NAME or PRIVATE_NAME written with a unicode escape. */
  boolean escaped;
  /** NAME spelled like a reserved word through escapes: that word's kind, else 0. */
  int escapedKeyword;
  /** STRING: offset of the first legacy octal or \8 \9 escape, else -1. NUMBER: start if legacy octal or 08/09 form, else -1. */
  int legacyOctal;
  boolean templateTail;
  /** TEMPLATE with an invalid escape: its offset, else -1. */
  int templateErrorPos;
  String templateError;

  /** True once a token has been produced (for the HTML close comment at the start of input). */
  boolean sawToken;

  ScannerBase(Source source, boolean module) {
    this.source = source;
    this.chars = source.text().toCharArray();
    this.length = chars.length;
    this.module = module;
    initNames();
  }

  final SyntaxErrorException error(int offset, String message) {
    return new SyntaxErrorException(source, offset, message);
  }

  final int charAt(int i) {
    return i < length ? chars[i] : -1;
  }

  final int codePointAt(int i) {
    if (i >= length) {
      return -1;
    }
    char c = chars[i];
    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
      return Character.toCodePoint(c, chars[i + 1]);
    }
    return c;
  }

  static boolean isLineTerminator(int c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
  }

  /** WhiteSpace: TAB VT FF SP NBSP ZWNBSP and the Zs category. */
  static boolean isWhiteSpace(int c) {
    if (c < 128) {
      return c == ' ' || c == '\t' || c == 0x0B || c == 0x0C;
    }
    return c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  static int hexValue(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Consumes a line terminator at pos (CRLF as one) and starts a new line. */
  final void newLine() {
    if (chars[pos] == '\r' && pos + 1 < length && chars[pos + 1] == '\n') {
      pos++;
    }
    pos++;
    line++;
    lineStart = pos;
    if (line > lineStarts.length) {
      lineStarts = java.util.Arrays.copyOf(lineStarts, lineStarts.length * 2);
    }
    lineStarts[line - 1] = pos;
  }

  // ---- white space and comments -------------------------------------------------------------

  /** Skips white space and comments, setting {@link #newlineBefore}. */
  final void skipTrivia() {
    newlineBefore = false;
    while (pos < length) {
      char c = chars[pos];
      switch (c) {
        case ' ', '\t', 0x0B, 0x0C -> pos++;
        case '\n', '\r', 0x2028, 0x2029 -> {
          newLine();
          newlineBefore = true;
        }
        case '/' -> {
          int n = charAt(pos + 1);
          if (n == '/') {
            skipLineComment(pos + 2);
          } else if (n == '*') {
            skipBlockComment();
          } else {
            return;
          }
        }
        case '<' -> {
          if (!module && charAt(pos + 1) == '!' && charAt(pos + 2) == '-' && charAt(pos + 3) == '-') {
            skipLineComment(pos + 4); // SingleLineHTMLOpenComment (Annex B)
          } else {
            return;
          }
        }
        case '-' -> {
          if (!module && (newlineBefore || !sawToken) && charAt(pos + 1) == '-' && charAt(pos + 2) == '>') {
            skipLineComment(pos + 3); // SingleLineHTMLCloseComment (Annex B)
          } else {
            return;
          }
        }
        default -> {
          if (c > 127 && isWhiteSpace(c)) {
            pos++;
          } else {
            return;
          }
        }
      }
    }
  }

  private void skipLineComment(int from) {
    pos = from;
    while (pos < length && !isLineTerminator(chars[pos])) {
      pos++;
    }
  }

  private void skipBlockComment() {
    int begin = pos;
    pos += 2;
    while (pos < length) {
      char c = chars[pos];
      if (c == '*' && pos + 1 < length && chars[pos + 1] == '/') {
        pos += 2;
        return;
      }
      if (isLineTerminator(c)) {
        newLine();
        newlineBefore = true;
      } else {
        pos++;
      }
    }
    throw error(begin, "Unterminated comment");
  }

  /** Skips a leading {@code #!} line (HashbangComment). */
  final void skipHashbang() {
    if (length >= 2 && chars[0] == '#' && chars[1] == '!') {
      skipLineComment(2);
    }
  }

  // ---- identifier names -----------------------------------------------------------------------

  private String[] names;
  /** The chars of each interned name, compared with a vectorized range compare. */
  private char[][] nameChars;
  private int nameCount;

  private static final String[] PRESET_NAMES;
  private static final char[][] PRESET_CHARS;
  private static final int[] PRESET_CODES;
  private static final int PRESET_SIZE = 1024;

  static {
    PRESET_NAMES = new String[PRESET_SIZE];
    PRESET_CHARS = new char[PRESET_SIZE][];
    PRESET_CODES = new int[PRESET_SIZE];
    for (int t = Tok.KEYWORD_FIRST; t <= Tok.KEYWORD_LAST; t++) {
      preset(Tok.text(t), t << 8);
    }
    String[] ctx = {"async", "await", "yield", "let", "static", "of", "get", "set", "as", "from",
        "target", "meta", "using", "arguments", "eval", "constructor"};
    for (int i = 0; i < ctx.length; i++) {
      preset(ctx[i], Tok.NAME << 8 | (i + 1));
    }
    for (String s : new String[] {"implements", "interface", "package", "private", "protected", "public"}) {
      preset(s, Tok.NAME << 8 | Tok.C_STRICT_RESERVED);
    }
    preset("__proto__", Tok.NAME << 8 | Tok.C_PROTO);
    preset("prototype", Tok.NAME << 8 | Tok.C_PROTOTYPE);
    preset("source", Tok.NAME << 8 | Tok.C_SOURCE);
    preset("defer", Tok.NAME << 8 | Tok.C_DEFER);
  }

  private static void preset(String s, int code) {
    int i = mix(s.hashCode()) & (PRESET_SIZE - 1);
    while (PRESET_NAMES[i] != null) {
      i = (i + 1) & (PRESET_SIZE - 1);
    }
    PRESET_NAMES[i] = s;
    PRESET_CHARS[i] = s.toCharArray();
    PRESET_CODES[i] = code;
  }

  /** Spreads String.hashCode's weak low bits over the table index (fewer probe collisions). */
  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  private void initNames() {
    names = new String[64];
    nameChars = new char[64][];
  }

  /**
   * Interns chars[from, to) whose String.hashCode is {@code hash}, and sets type and contextual:
   * first the shared, immutable table of keywords and contextual words, then this source's own
   * names (which start small, so that tiny sources such as eval code stay cheap).
   */
  private String intern(int from, int to, int hash) {
    int len = to - from;
    int h = mix(hash);
    int i = h & (PRESET_SIZE - 1);
    char[] cs;
    while ((cs = PRESET_CHARS[i]) != null) {
      if (cs.length == len && java.util.Arrays.equals(cs, 0, len, chars, from, to)) {
        int code = PRESET_CODES[i];
        type = code >>> 8;
        contextual = code & 0xFF;
        return PRESET_NAMES[i];
      }
      i = (i + 1) & (PRESET_SIZE - 1);
    }
    type = Tok.NAME;
    contextual = Tok.C_NONE;
    int mask = names.length - 1;
    i = h & mask;
    while ((cs = nameChars[i]) != null) {
      if (cs.length == len && java.util.Arrays.equals(cs, 0, len, chars, from, to)) {
        return names[i];
      }
      i = (i + 1) & mask;
    }
    String s = new String(chars, from, len);
    names[i] = s;
    nameChars[i] = java.util.Arrays.copyOfRange(chars, from, to);
    if (++nameCount * 2 > names.length) {
      growNames();
    }
    return s;
  }

  private void growNames() {
    String[] oldNames = names;
    char[][] oldChars = nameChars;
    names = new String[oldNames.length * 2];
    nameChars = new char[oldNames.length * 2][];
    int mask = names.length - 1;
    for (int k = 0; k < oldNames.length; k++) {
      String s = oldNames[k];
      if (s != null) {
        int i = mix(s.hashCode()) & mask;
        while (names[i] != null) {
          i = (i + 1) & mask;
        }
        names[i] = s;
        nameChars[i] = oldChars[k];
      }
    }
  }

  /** Scans an IdentifierName starting at pos (its first char already known to be a start char or a backslash). */
  final void scanIdentifierName() {
    int from = pos;
    int hash = 0;
    while (pos < length) {
      char c = chars[pos];
      if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '_') {
          hash = 31 * hash + c;
          pos++;
          continue;
        }
        if (c == '\\') {
          scanEscapedIdentifier(from);
          return;
        }
        break;
      }
      int cp = codePointAt(pos);
      if (!Identifiers.isIdentifierPart(cp)) {
        break;
      }
      scanEscapedIdentifier(from);
      return;
    }
    escaped = false;
    escapedKeyword = 0;
    value = intern(from, pos, hash);
  }

  /** The slow path: non-ASCII characters or unicode escapes; pos may be anywhere after from. */
  private void scanEscapedIdentifier(int from) {
    StringBuilder sb = new StringBuilder();
    sb.append(chars, from, pos - from);
    boolean hadEscape = false;
    while (pos < length) {
      int cp;
      int at = pos;
      if (chars[pos] == '\\') {
        if (charAt(pos + 1) != 'u') {
          throw error(pos, "Invalid or unexpected token");
        }
        pos += 2;
        cp = scanUnicodeEscapeBody(at);
        hadEscape = true;
        boolean first = sb.length() == 0;
        if (first ? !Identifiers.isIdentifierStart(cp) : !Identifiers.isIdentifierPart(cp)) {
          throw error(at, "Invalid Unicode escape sequence in identifier");
        }
      } else {
        cp = codePointAt(pos);
        boolean first = sb.length() == 0;
        if (first ? !Identifiers.isIdentifierStart(cp) : !Identifiers.isIdentifierPart(cp)) {
          break;
        }
        pos += Character.charCount(cp);
      }
      sb.appendCodePoint(cp);
    }
    String name = sb.toString();
    // Classify the decoded name through the intern table (on a scratch copy of its chars).
    type = Tok.NAME;
    contextual = Tok.C_NONE;
    escapedKeyword = 0;
    int kw = classify(name);
    escaped = hadEscape;
    if (hadEscape) {
      int kwType = kw >>> 8;
      if (kwType != Tok.NAME && kwType != 0) {
        escapedKeyword = kwType;
      } else {
        contextual = kw & 0xFF;
      }
    } else if (kw != 0) {
      type = kw >>> 8;
      contextual = kw & 0xFF;
    }
    value = name;
  }

  private int classify(String name) {
    int i = mix(name.hashCode()) & (PRESET_SIZE - 1);
    while (PRESET_NAMES[i] != null) {
      if (PRESET_NAMES[i].equals(name)) {
        return PRESET_CODES[i];
      }
      i = (i + 1) & (PRESET_SIZE - 1);
    }
    return 0;
  }

  /**
   * Reads the part after {@code \}{@code u}: four hex digits or {@code {hex}}; returns the code point.
   * {@code at} is the backslash, for messages.
   */
  final int scanUnicodeEscapeBody(int at) {
    int cp = tryUnicodeEscapeBody();
    if (cp < 0) {
      throw error(at, "Invalid Unicode escape sequence");
    }
    return cp;
  }

  /** Like {@link #scanUnicodeEscapeBody} but returns -1 (pos unspecified) when malformed. */
  final int tryUnicodeEscapeBody() {
    if (charAt(pos) == '{') {
      pos++;
      int cp = 0;
      int digits = 0;
      while (true) {
        int c = charAt(pos);
        if (c == '}') {
          pos++;
          break;
        }
        int h = hexValue(c);
        if (h < 0) {
          return -1;
        }
        cp = cp * 16 + h;
        if (cp > 0x10FFFF) {
          return -1;
        }
        digits++;
        pos++;
      }
      return digits == 0 ? -1 : cp;
    }
    int cp = 0;
    for (int k = 0; k < 4; k++) {
      int h = hexValue(charAt(pos));
      if (h < 0) {
        return -1;
      }
      cp = cp * 16 + h;
      pos++;
    }
    return cp;
  }
}
