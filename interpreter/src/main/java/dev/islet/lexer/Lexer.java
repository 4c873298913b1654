package dev.islet.lexer;

import dev.islet.source.Source;
import java.math.BigInteger;

/**
 * The ECMAScript tokenizer (https://tc39.es/ecma262/#sec-ecmascript-language-lexical-grammar).
 *
 * <p>It is driven by the parser: {@link #next()} always reads the InputElementDiv form (so
 * {@code /} is division); where the grammar allows a RegularExpressionLiteral the parser calls
 * {@link #rescanAsRegExp()}, and where a template continues after {@code }} it calls
 * {@link #rescanAsTemplateContinuation()}. The current token is read through the accessors.
 */
public final class Lexer extends LiteralScanner {
  /**
   * @param module Module goal (HTML-like comments are not comments there)
   * @param hashbang whether a leading {@code #!} line is a comment (Script and Module, not function bodies)
   */
  public Lexer(Source source, boolean module, boolean hashbang) {
    super(source, module);
    if (hashbang) {
      skipHashbang();
    }
  }

  // ---- accessors for the current token --------------------------------------------------------

  public int type() {
    return type;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public int line() {
    return tokLine;
  }

  public int column() {
    return tokColumn;
  }

  /** A LineTerminator (or a multi-line comment holding one) precedes this token. */
  public boolean newlineBefore() {
    return newlineBefore;
  }

  /** Name, string value, cooked template (null if it had an invalid escape), regexp pattern, private name. */
  public String value() {
    return value;
  }

  /** Template raw value; regexp flags. */
  public String raw() {
    return raw;
  }

  public double number() {
    return number;
  }

  public BigInteger bigint() {
    return bigint;
  }

  /** For NAME tokens: a {@code Tok.C_*} code. */
  public int contextual() {
    return contextual;
  }

  public boolean escaped() {
    return escaped;
  }

  public int escapedKeyword() {
    return escapedKeyword;
  }

  public int legacyOctal() {
    return legacyOctal;
  }

  public boolean templateTail() {
    return templateTail;
  }

  public int templateErrorPos() {
    return templateErrorPos;
  }

  public String templateError() {
    return templateError;
  }

  public Source source() {
    return source;
  }

  /** The source text between two offsets. */
  public String text(int from, int to) {
    return new String(chars, from, to - from);
  }

  public char charAtOffset(int offset) {
    return chars[offset];
  }

  /** The 1-based column of {@code offset}, which is on the already-scanned 1-based {@code line}. */
  public int columnOf(int offset, int line) {
    return offset - lineStarts[line - 1] + 1;
  }

  /** Current line-start offset (for the column of a position on the current line). */
  public int lineStart() {
    return lineStart;
  }

  // ---- scanning -------------------------------------------------------------------------------

  /** Reads the next token. */
  public void next() {
    skipTrivia();
    start = pos;
    tokLine = line;
    tokColumn = pos - lineStart + 1;
    sawToken = true;
    if (pos >= length) {
      type = Tok.EOF;
      end = pos;
      return;
    }
    char c = chars[pos];
    if (c < 128) {
      scanAscii(c);
    } else {
      int cp = codePointAt(pos);
      if (Identifiers.isIdentifierStart(cp)) {
        scanIdentifierName();
      } else {
        throw error(pos, "Invalid or unexpected token");
      }
    }
    end = pos;
  }

  private void scanAscii(char c) {
    switch (c) {
      case '(' -> punct(Tok.LPAREN, 1);
      case ')' -> punct(Tok.RPAREN, 1);
      case '{' -> punct(Tok.LBRACE, 1);
      case '}' -> punct(Tok.RBRACE, 1);
      case '[' -> punct(Tok.LBRACKET, 1);
      case ']' -> punct(Tok.RBRACKET, 1);
      case ';' -> punct(Tok.SEMI, 1);
      case ',' -> punct(Tok.COMMA, 1);
      case ':' -> punct(Tok.COLON, 1);
      case '~' -> punct(Tok.TILDE, 1);
      case '.' -> {
        int n = charAt(pos + 1);
        if (n >= '0' && n <= '9') {
          scanNumber();
        } else if (n == '.' && charAt(pos + 2) == '.') {
          punct(Tok.ELLIPSIS, 3);
        } else {
          punct(Tok.DOT, 1);
        }
      }
      case '?' -> {
        int n = charAt(pos + 1);
        if (n == '?') {
          if (charAt(pos + 2) == '=') {
            punct(Tok.NULLISH_ASSIGN, 3);
          } else {
            punct(Tok.NULLISH, 2);
          }
        } else if (n == '.') {
          int d = charAt(pos + 2);
          if (d >= '0' && d <= '9') {
            punct(Tok.QUESTION, 1); // a ? .5 : b
          } else {
            punct(Tok.QUESTION_DOT, 2);
          }
        } else {
          punct(Tok.QUESTION, 1);
        }
      }
      case '=' -> {
        int n = charAt(pos + 1);
        if (n == '=') {
          punct(charAt(pos + 2) == '=' ? Tok.STRICT_EQ : Tok.EQ, charAt(pos + 2) == '=' ? 3 : 2);
        } else if (n == '>') {
          punct(Tok.ARROW, 2);
        } else {
          punct(Tok.ASSIGN, 1);
        }
      }
      case '!' -> {
        if (charAt(pos + 1) == '=') {
          punct(charAt(pos + 2) == '=' ? Tok.STRICT_NE : Tok.NE, charAt(pos + 2) == '=' ? 3 : 2);
        } else {
          punct(Tok.BANG, 1);
        }
      }
      case '+' -> {
        int n = charAt(pos + 1);
        if (n == '+') {
          punct(Tok.INC, 2);
        } else if (n == '=') {
          punct(Tok.PLUS_ASSIGN, 2);
        } else {
          punct(Tok.PLUS, 1);
        }
      }
      case '-' -> {
        int n = charAt(pos + 1);
        if (n == '-') {
          punct(Tok.DEC, 2);
        } else if (n == '=') {
          punct(Tok.MINUS_ASSIGN, 2);
        } else {
          punct(Tok.MINUS, 1);
        }
      }
      case '*' -> {
        int n = charAt(pos + 1);
        if (n == '*') {
          if (charAt(pos + 2) == '=') {
            punct(Tok.STAR_STAR_ASSIGN, 3);
          } else {
            punct(Tok.STAR_STAR, 2);
          }
        } else if (n == '=') {
          punct(Tok.STAR_ASSIGN, 2);
        } else {
          punct(Tok.STAR, 1);
        }
      }
      case '/' -> {
        if (charAt(pos + 1) == '=') {
          punct(Tok.SLASH_ASSIGN, 2);
        } else {
          punct(Tok.SLASH, 1);
        }
      }
      case '%' -> punct(charAt(pos + 1) == '=' ? Tok.PERCENT_ASSIGN : Tok.PERCENT, charAt(pos + 1) == '=' ? 2 : 1);
      case '^' -> punct(charAt(pos + 1) == '=' ? Tok.BIT_XOR_ASSIGN : Tok.BIT_XOR, charAt(pos + 1) == '=' ? 2 : 1);
      case '&' -> {
        int n = charAt(pos + 1);
        if (n == '&') {
          punct(charAt(pos + 2) == '=' ? Tok.AND_ASSIGN : Tok.AND, charAt(pos + 2) == '=' ? 3 : 2);
        } else if (n == '=') {
          punct(Tok.BIT_AND_ASSIGN, 2);
        } else {
          punct(Tok.BIT_AND, 1);
        }
      }
      case '|' -> {
        int n = charAt(pos + 1);
        if (n == '|') {
          punct(charAt(pos + 2) == '=' ? Tok.OR_ASSIGN : Tok.OR, charAt(pos + 2) == '=' ? 3 : 2);
        } else if (n == '=') {
          punct(Tok.BIT_OR_ASSIGN, 2);
        } else {
          punct(Tok.BIT_OR, 1);
        }
      }
      case '<' -> {
        int n = charAt(pos + 1);
        if (n == '<') {
          punct(charAt(pos + 2) == '=' ? Tok.SHL_ASSIGN : Tok.SHL, charAt(pos + 2) == '=' ? 3 : 2);
        } else if (n == '=') {
          punct(Tok.LE, 2);
        } else {
          punct(Tok.LT, 1);
        }
      }
      case '>' -> {
        int n = charAt(pos + 1);
        if (n == '>') {
          if (charAt(pos + 2) == '>') {
            punct(charAt(pos + 3) == '=' ? Tok.SHR_ASSIGN : Tok.SHR, charAt(pos + 3) == '=' ? 4 : 3);
          } else {
            punct(charAt(pos + 2) == '=' ? Tok.SAR_ASSIGN : Tok.SAR, charAt(pos + 2) == '=' ? 3 : 2);
          }
        } else if (n == '=') {
          punct(Tok.GE, 2);
        } else {
          punct(Tok.GT, 1);
        }
      }
      case '"', '\'' -> scanString();
      case '`' -> {
        pos++;
        scanTemplatePart(start);
      }
      case '#' -> {
        pos++;
        int cp = codePointAt(pos);
        if (cp == '\\' || (cp >= 0 && Identifiers.isIdentifierStart(cp))) {
          scanIdentifierName();
          type = Tok.PRIVATE_NAME;
        } else {
          throw error(start, "Invalid or unexpected token");
        }
      }
      case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> scanNumber();
      default -> {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' || c == '\\') {
          scanIdentifierName();
        } else {
          throw error(pos, "Invalid or unexpected token");
        }
      }
    }
  }

  private void punct(int kind, int len) {
    type = kind;
    pos += len;
  }

  /** The current {@code /} or {@code /=} token starts a RegularExpressionLiteral: rescan it. */
  public void rescanAsRegExp() {
    line = tokLine;
    lineStart = start - tokColumn + 1;
    scanRegExp(start);
    end = pos;
  }

  /** The current {@code }} token closes a template substitution: rescan as TemplateMiddle/Tail. */
  public void rescanAsTemplateContinuation() {
    pos = start + 1;
    scanTemplatePart(start);
    end = pos;
  }

  // ---- lookahead ------------------------------------------------------------------------------

  /** A saved lexer position and current token, for bounded lookahead. */
  public static final class Mark {
    final int pos;
    final int line;
    final int lineStart;
    final int type;
    final int start;
    final int end;
    final int tokLine;
    final int tokColumn;
    final boolean newlineBefore;
    final String value;
    final String raw;
    final double number;
    final BigInteger bigint;
    final int contextual;
    final boolean escaped;
    final int escapedKeyword;
    final int legacyOctal;
    final boolean templateTail;
    final int templateErrorPos;
    final String templateError;

    Mark(Lexer l) {
      pos = l.pos;
      line = l.line;
      lineStart = l.lineStart;
      type = l.type;
      start = l.start;
      end = l.end;
      tokLine = l.tokLine;
      tokColumn = l.tokColumn;
      newlineBefore = l.newlineBefore;
      value = l.value;
      raw = l.raw;
      number = l.number;
      bigint = l.bigint;
      contextual = l.contextual;
      escaped = l.escaped;
      escapedKeyword = l.escapedKeyword;
      legacyOctal = l.legacyOctal;
      templateTail = l.templateTail;
      templateErrorPos = l.templateErrorPos;
      templateError = l.templateError;
    }
  }

  public Mark mark() {
    return new Mark(this);
  }

  public void reset(Mark m) {
    pos = m.pos;
    line = m.line;
    lineStart = m.lineStart;
    type = m.type;
    start = m.start;
    end = m.end;
    tokLine = m.tokLine;
    tokColumn = m.tokColumn;
    newlineBefore = m.newlineBefore;
    value = m.value;
    raw = m.raw;
    number = m.number;
    bigint = m.bigint;
    contextual = m.contextual;
    escaped = m.escaped;
    escapedKeyword = m.escapedKeyword;
    legacyOctal = m.legacyOctal;
    templateTail = m.templateTail;
    templateErrorPos = m.templateErrorPos;
    templateError = m.templateError;
  }

  /**
   * Peeks at the kind of the token after the current one without consuming anything. Lexical
   * errors in the peeked token read as {@link Tok#EOF}; they are reported when really reached.
   */
  public int peekType() {
    Mark m = mark();
    try {
      next();
      return type;
    } catch (dev.islet.parser.SyntaxErrorException e) {
      return Tok.EOF;
    } finally {
      reset(m);
    }
  }

  /** Like {@link #peekType} but also tells whether a line terminator precedes the peeked token (bit 8). */
  public int peekTypeAndNewline() {
    Mark m = mark();
    try {
      next();
      return type | (newlineBefore ? 0x100 : 0);
    } catch (dev.islet.parser.SyntaxErrorException e) {
      return Tok.EOF;
    } finally {
      reset(m);
    }
  }

  /** The contextual code of the peeked token (for NAME), after {@link #peekType}. */
  public int peekContextual() {
    Mark m = mark();
    try {
      next();
      return type == Tok.NAME && !escaped ? contextual : -1;
    } catch (dev.islet.parser.SyntaxErrorException e) {
      return -1;
    } finally {
      reset(m);
    }
  }
}
