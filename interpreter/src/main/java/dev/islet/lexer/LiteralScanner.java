package dev.islet.lexer;

import dev.islet.source.Source;
import java.math.BigInteger;

/** Numeric, string, template and regular-expression literals. */
abstract class LiteralScanner extends ScannerBase {
  LiteralScanner(Source source, boolean module) {
    super(source, module);
  }

  // ---- numbers (https://tc39.es/ecma262/#sec-literals-numeric-literals) ------------------------

  /** Scans a NumericLiteral at pos (a digit, or '.' followed by a digit). */
  final void scanNumber() {
    int from = pos;
    legacyOctal = -1;
    char c = chars[pos];
    if (c == '0' && pos + 1 < length) {
      char n = chars[pos + 1];
      int radix = switch (n) {
        case 'x', 'X' -> 16;
        case 'o', 'O' -> 8;
        case 'b', 'B' -> 2;
        default -> 0;
      };
      if (radix != 0) {
        pos += 2;
        scanRadixNumber(from, radix);
        return;
      }
      if (n >= '0' && n <= '9' || n == '_') {
        scanLegacyNumber(from);
        return;
      }
    }
    boolean simple = true;
    if (c != '.') {
      simple = scanDigits(10) == 0;
    }
    boolean isInt = true;
    if (charAt(pos) == '.') {
      isInt = false;
      pos++;
      if (charAt(pos) == '_') {
        throw error(pos, "Numeric separators are not allowed here");
      }
      scanDigits(10);
    }
    int e = charAt(pos);
    if (e == 'e' || e == 'E') {
      isInt = false;
      pos++;
      int s = charAt(pos);
      if (s == '+' || s == '-') {
        pos++;
      }
      int d = charAt(pos);
      if (d < '0' || d > '9') {
        throw error(pos, d == '_' ? "Numeric separators are not allowed here" : "Invalid or unexpected token");
      }
      scanDigits(10);
    }
    if (charAt(pos) == 'n') {
      if (!isInt) {
        throw error(from, "Invalid BigInt literal");
      }
      bigint = new BigInteger(digitsWithoutSeparators(from, pos), 10);
      pos++;
      type = Tok.BIGINT;
      checkAfterNumber();
      return;
    }
    type = Tok.NUMBER;
    int len = pos - from;
    if (isInt && simple && len <= 15) {
      long v = 0;
      for (int i = from; i < pos; i++) {
        v = v * 10 + (chars[i] - '0');
      }
      number = v;
    } else {
      number = Double.parseDouble(digitsWithoutSeparators(from, pos));
    }
    checkAfterNumber();
  }

  /** Scans digits of the radix with numeric separators; returns the number of separators seen. */
  private int scanDigits(int radix) {
    int separators = 0;
    boolean lastWasDigit = false;
    int first = pos;
    while (pos < length) {
      char c = chars[pos];
      if (c == '_') {
        if (!lastWasDigit) {
          throw error(pos, "Numeric separators are not allowed here");
        }
        separators++;
        lastWasDigit = false;
        pos++;
        continue;
      }
      if (digitValue(c) >= radix) {
        break;
      }
      lastWasDigit = true;
      pos++;
    }
    if (pos > first && !lastWasDigit) {
      throw error(pos - 1, "Numeric separators are not allowed at the end of numeric literals");
    }
    return separators;
  }

  private static int digitValue(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int h = hexValue(c);
    return h < 0 ? 99 : h;
  }

  private void scanRadixNumber(int from, int radix) {
    int digitsStart = pos;
    if (charAt(pos) == '_') {
      throw error(pos, "Numeric separators are not allowed here");
    }
    scanDigits(radix);
    if (pos == digitsStart) {
      throw error(from, "Invalid or unexpected token");
    }
    String digits = digitsWithoutSeparators(digitsStart, pos);
    if (charAt(pos) == 'n') {
      pos++;
      bigint = new BigInteger(digits, radix);
      type = Tok.BIGINT;
    } else {
      type = Tok.NUMBER;
      number = digits.length() <= 12 ? (double) Long.parseLong(digits, radix) : new BigInteger(digits, radix).doubleValue();
    }
    checkAfterNumber();
  }

  /** {@code 0} followed by digits: LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral (Annex B). */
  private void scanLegacyNumber(int from) {
    legacyOctal = from;
    boolean octal = true;
    pos++;
    while (pos < length) {
      char c = chars[pos];
      if (c == '_') {
        throw error(pos, "Numeric separators are not allowed here");
      }
      if (c < '0' || c > '9') {
        break;
      }
      if (c >= '8') {
        octal = false;
      }
      pos++;
    }
    if (charAt(pos) == 'n') {
      throw error(from, "Invalid BigInt literal");
    }
    type = Tok.NUMBER;
    if (octal) {
      number = new BigInteger(new String(chars, from, pos - from), 8).doubleValue();
      checkAfterNumber();
      return;
    }
    // NonOctalDecimalIntegerLiteral may go on as a decimal literal (08.5, 09e1), without separators.
    if (charAt(pos) == '.') {
      pos++;
      while (pos < length && chars[pos] >= '0' && chars[pos] <= '9') {
        pos++;
      }
    }
    int e = charAt(pos);
    if (e == 'e' || e == 'E') {
      pos++;
      int s = charAt(pos);
      if (s == '+' || s == '-') {
        pos++;
      }
      int d = charAt(pos);
      if (d < '0' || d > '9') {
        throw error(pos, "Invalid or unexpected token");
      }
      while (pos < length && chars[pos] >= '0' && chars[pos] <= '9') {
        pos++;
      }
    }
    if (charAt(pos) == '_' || charAt(pos) == 'n') {
      throw error(pos, "Invalid or unexpected token");
    }
    number = Double.parseDouble(new String(chars, from, pos - from));
    checkAfterNumber();
  }

  private String digitsWithoutSeparators(int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (chars[i] != '_') {
        sb.append(chars[i]);
      }
    }
    return sb.toString();
  }

  /** The SourceCharacter after a NumericLiteral must not be an IdentifierStart or DecimalDigit. */
  private void checkAfterNumber() {
    int cp = codePointAt(pos);
    if (cp < 0) {
      return;
    }
    if ((cp >= '0' && cp <= '9') || cp == '\\' || Identifiers.isIdentifierStart(cp)) {
      throw error(pos, "Invalid or unexpected token");
    }
  }

  // ---- strings --------------------------------------------------------------------------------

  /** Scans a StringLiteral; pos is at the opening quote. */
  final void scanString() {
    char quote = chars[pos];
    int from = pos;
    pos++;
    legacyOctal = -1;
    int runStart = pos;
    while (true) {
      if (pos >= length) {
        throw error(from, "Unterminated string literal");
      }
      char c = chars[pos];
      if (c == quote) {
        value = new String(chars, runStart, pos - runStart);
        pos++;
        type = Tok.STRING;
        return;
      }
      if (c == '\\') {
        break;
      }
      if (c == '\n' || c == '\r') {
        throw error(from, "Unterminated string literal");
      }
      pos++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(chars, runStart, pos - runStart);
    while (true) {
      if (pos >= length) {
        throw error(from, "Unterminated string literal");
      }
      char c = chars[pos];
      if (c == quote) {
        pos++;
        break;
      }
      if (c == '\\') {
        scanStringEscape(sb);
        continue;
      }
      if (c == '\n' || c == '\r') {
        throw error(from, "Unterminated string literal");
      }
      sb.append(c);
      pos++;
    }
    value = sb.toString();
    type = Tok.STRING;
  }

  private void scanStringEscape(StringBuilder sb) {
    int at = pos;
    pos++;
    if (pos >= length) {
      throw error(at, "Unterminated string literal");
    }
    char c = chars[pos];
    switch (c) {
      case 'n' -> append(sb, '\n');
      case 't' -> append(sb, '\t');
      case 'r' -> append(sb, '\r');
      case 'b' -> append(sb, '\b');
      case 'f' -> append(sb, '\f');
      case 'v' -> append(sb, '\u000B');
      case 'x' -> {
        pos++;
        int h1 = hexValue(charAt(pos));
        int h2 = hexValue(charAt(pos + 1));
        if (h1 < 0 || h2 < 0) {
          throw error(at, "Invalid hexadecimal escape sequence");
        }
        sb.append((char) (h1 * 16 + h2));
        pos += 2;
      }
      case 'u' -> {
        pos++;
        sb.appendCodePoint(scanUnicodeEscapeBody(at));
      }
      case '\r', '\n', 0x2028, 0x2029 -> newLine(); // LineContinuation
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        int n = charAt(pos + 1);
        if (c == '0' && (n < '0' || n > '9')) {
          sb.append('\0');
          pos++;
          return;
        }
        if (legacyOctal < 0) {
          legacyOctal = at;
        }
        // LegacyOctalEscapeSequence: up to three digits, value at most 0377.
        int v = c - '0';
        pos++;
        if (n >= '0' && n <= '7') {
          v = v * 8 + (n - '0');
          pos++;
          int n2 = charAt(pos);
          if (c <= '3' && n2 >= '0' && n2 <= '7') {
            v = v * 8 + (n2 - '0');
            pos++;
          }
        }
        sb.append((char) v);
      }
      case '8', '9' -> {
        if (legacyOctal < 0) {
          legacyOctal = at; // NonOctalDecimalEscapeSequence: an error in strict code as well
        }
        append(sb, c);
      }
      default -> {
        int cp = codePointAt(pos);
        sb.appendCodePoint(cp);
        pos += Character.charCount(cp);
      }
    }
  }

  private void append(StringBuilder sb, char c) {
    sb.append(c);
    pos++;
  }

  // ---- templates (https://tc39.es/ecma262/#sec-template-literal-lexical-components) -------------

  /** Scans template characters from pos (just after {@code `} or {@code }}) up to {@code `} or {@code ${}. */
  final void scanTemplatePart(int tokenStart) {
    templateErrorPos = -1;
    templateError = null;
    StringBuilder cooked = new StringBuilder();
    boolean sawCr = false;
    int runStart = pos;
    while (true) {
      if (pos >= length) {
        throw error(tokenStart, "Unterminated template literal");
      }
      char c = chars[pos];
      if (c == '`') {
        templateTail = true;
        break;
      }
      if (c == '$' && charAt(pos + 1) == '{') {
        templateTail = false;
        break;
      }
      if (c == '\\') {
        sawCr |= charAt(pos + 1) == '\r';
        scanTemplateEscape(cooked);
        continue;
      }
      if (c == '\r') {
        // CR and CRLF are LF in both the cooked and the raw value.
        sawCr = true;
        newLine();
        cooked.append('\n');
        continue;
      }
      if (c == '\n' || c == 0x2028 || c == 0x2029) {
        newLine();
      } else {
        pos++;
      }
      cooked.append(c);
    }
    if (sawCr) {
      StringBuilder rawText = new StringBuilder(pos - runStart);
      appendRaw(rawText, runStart, pos);
      raw = rawText.toString();
    } else {
      raw = new String(chars, runStart, pos - runStart);
    }
    value = templateErrorPos >= 0 ? null : cooked.toString();
    pos += templateTail ? 1 : 2;
    type = Tok.TEMPLATE;
  }

  private void appendRaw(StringBuilder rawText, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '\r') {
        if (i + 1 < to && chars[i + 1] == '\n') {
          i++;
        }
        rawText.append('\n');
      } else {
        rawText.append(c);
      }
    }
  }

  private void scanTemplateEscape(StringBuilder sb) {
    int at = pos;
    pos++;
    if (pos >= length) {
      return;
    }
    char c = chars[pos];
    switch (c) {
      case 'n' -> append(sb, '\n');
      case 't' -> append(sb, '\t');
      case 'r' -> append(sb, '\r');
      case 'b' -> append(sb, '\b');
      case 'f' -> append(sb, '\f');
      case 'v' -> append(sb, '\u000B');
      case 'x' -> {
        pos++;
        int h1 = hexValue(charAt(pos));
        int h2 = h1 < 0 ? -1 : hexValue(charAt(pos + 1));
        if (h1 < 0 || h2 < 0) {
          invalidTemplateEscape(at, "Invalid hexadecimal escape sequence");
          return;
        }
        sb.append((char) (h1 * 16 + h2));
        pos += 2;
      }
      case 'u' -> {
        pos++;
        int save = pos;
        int cp = tryUnicodeEscapeBody();
        if (cp < 0) {
          pos = save;
          invalidTemplateEscape(at, "Invalid Unicode escape sequence");
          return;
        }
        sb.appendCodePoint(cp);
      }
      case '\r', '\n', 0x2028, 0x2029 -> newLine();
      case '0' -> {
        int n = charAt(pos + 1);
        if (n >= '0' && n <= '9') {
          pos++;
          invalidTemplateEscape(at, "Octal escape sequences are not allowed in template strings");
          return;
        }
        append(sb, '\0');
      }
      case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
        pos++;
        invalidTemplateEscape(at, "Octal escape sequences are not allowed in template strings");
      }
      default -> {
        int cp = codePointAt(pos);
        sb.appendCodePoint(cp);
        pos += Character.charCount(cp);
      }
    }
  }

  private void invalidTemplateEscape(int at, String message) {
    if (templateErrorPos < 0) {
      templateErrorPos = at;
      templateError = message;
    }
  }

  // ---- regular expressions --------------------------------------------------------------------

  /** Scans a RegularExpressionLiteral starting at {@code from} (the '/'). Flags are checked here. */
  final void scanRegExp(int from) {
    pos = from + 1;
    boolean inClass = false;
    while (true) {
      if (pos >= length) {
        throw error(from, "Invalid regular expression: missing /");
      }
      char c = chars[pos];
      if (isLineTerminator(c)) {
        throw error(from, "Invalid regular expression: missing /");
      }
      if (c == '\\') {
        pos++;
        if (pos >= length || isLineTerminator(chars[pos])) {
          throw error(from, "Invalid regular expression: missing /");
        }
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        break;
      }
      pos++;
    }
    value = new String(chars, from + 1, pos - from - 1);
    pos++;
    int flagsStart = pos;
    int seen = 0;
    while (pos < length) {
      int cp = codePointAt(pos);
      if (cp == '\\') {
        throw error(pos, "Invalid regular expression flags");
      }
      if (!Identifiers.isIdentifierPart(cp)) {
        break;
      }
      int bit = switch (cp) {
        case 'd' -> 1;
        case 'g' -> 2;
        case 'i' -> 4;
        case 'm' -> 8;
        case 's' -> 16;
        case 'u' -> 32;
        case 'v' -> 64;
        case 'y' -> 128;
        default -> -1;
      };
      if (bit < 0 || (seen & bit) != 0) {
        throw error(flagsStart, "Invalid regular expression flags");
      }
      seen |= bit;
      pos += Character.charCount(cp);
    }
    if ((seen & 32) != 0 && (seen & 64) != 0) {
      throw error(flagsStart, "Invalid regular expression flags");
    }
    raw = new String(chars, flagsStart, pos - flagsStart);
    type = Tok.REGEXP;
  }
}
