package dev.islet.lexer;

/**
 * Token kinds as int constants (so the parser's switches are table switches). Reserved words have
 * their own kinds; contextual keywords ({@code let}, {@code async}, {@code of}, {@code yield},
 * {@code await} …) are {@link #NAME}s told apart by {@link Lexer#contextual()}.
 */
public final class Tok {
  private Tok() {}

  public static final int EOF = 0;
  public static final int NAME = 1;
  public static final int PRIVATE_NAME = 2;
  public static final int STRING = 3;
  public static final int NUMBER = 4;
  public static final int BIGINT = 5;
  /** A template part: NoSubstitutionTemplate/TemplateTail when {@link Lexer#templateTail()}, else head/middle. */
  public static final int TEMPLATE = 6;
  public static final int REGEXP = 7;

  // Punctuators.
  public static final int LBRACE = 10;
  public static final int RBRACE = 11;
  public static final int LPAREN = 12;
  public static final int RPAREN = 13;
  public static final int LBRACKET = 14;
  public static final int RBRACKET = 15;
  public static final int DOT = 16;
  public static final int ELLIPSIS = 17;
  public static final int SEMI = 18;
  public static final int COMMA = 19;
  public static final int QUESTION = 20;
  public static final int QUESTION_DOT = 21;
  public static final int COLON = 22;
  public static final int ARROW = 23;
  public static final int INC = 24;
  public static final int DEC = 25;
  public static final int BANG = 26;
  public static final int TILDE = 27;
  // Binary operators (see BINARY_FIRST..BINARY_LAST).
  public static final int NULLISH = 30;
  public static final int OR = 31;
  public static final int AND = 32;
  public static final int BIT_OR = 33;
  public static final int BIT_XOR = 34;
  public static final int BIT_AND = 35;
  public static final int EQ = 36;
  public static final int NE = 37;
  public static final int STRICT_EQ = 38;
  public static final int STRICT_NE = 39;
  public static final int LT = 40;
  public static final int GT = 41;
  public static final int LE = 42;
  public static final int GE = 43;
  public static final int SHL = 44;
  public static final int SAR = 45;
  public static final int SHR = 46;
  public static final int PLUS = 47;
  public static final int MINUS = 48;
  public static final int STAR = 49;
  public static final int SLASH = 50;
  public static final int PERCENT = 51;
  public static final int STAR_STAR = 52;
  // Assignment operators (ASSIGN..NULLISH_ASSIGN).
  public static final int ASSIGN = 60;
  public static final int PLUS_ASSIGN = 61;
  public static final int MINUS_ASSIGN = 62;
  public static final int STAR_ASSIGN = 63;
  public static final int SLASH_ASSIGN = 64;
  public static final int PERCENT_ASSIGN = 65;
  public static final int STAR_STAR_ASSIGN = 66;
  public static final int SHL_ASSIGN = 67;
  public static final int SAR_ASSIGN = 68;
  public static final int SHR_ASSIGN = 69;
  public static final int BIT_OR_ASSIGN = 70;
  public static final int BIT_XOR_ASSIGN = 71;
  public static final int BIT_AND_ASSIGN = 72;
  public static final int OR_ASSIGN = 73;
  public static final int AND_ASSIGN = 74;
  public static final int NULLISH_ASSIGN = 75;

  // Reserved words (ReservedWord minus true/false/null which are literals but kept here too).
  public static final int KEYWORD_FIRST = 80;
  public static final int K_BREAK = 80;
  public static final int K_CASE = 81;
  public static final int K_CATCH = 82;
  public static final int K_CLASS = 83;
  public static final int K_CONST = 84;
  public static final int K_CONTINUE = 85;
  public static final int K_DEBUGGER = 86;
  public static final int K_DEFAULT = 87;
  public static final int K_DELETE = 88;
  public static final int K_DO = 89;
  public static final int K_ELSE = 90;
  public static final int K_ENUM = 91;
  public static final int K_EXPORT = 92;
  public static final int K_EXTENDS = 93;
  public static final int K_FALSE = 94;
  public static final int K_FINALLY = 95;
  public static final int K_FOR = 96;
  public static final int K_FUNCTION = 97;
  public static final int K_IF = 98;
  public static final int K_IMPORT = 99;
  public static final int K_IN = 100;
  public static final int K_INSTANCEOF = 101;
  public static final int K_NEW = 102;
  public static final int K_NULL = 103;
  public static final int K_RETURN = 104;
  public static final int K_SUPER = 105;
  public static final int K_SWITCH = 106;
  public static final int K_THIS = 107;
  public static final int K_THROW = 108;
  public static final int K_TRUE = 109;
  public static final int K_TRY = 110;
  public static final int K_TYPEOF = 111;
  public static final int K_VAR = 112;
  public static final int K_VOID = 113;
  public static final int K_WHILE = 114;
  public static final int K_WITH = 115;
  public static final int KEYWORD_LAST = 115;

  // Contextual keyword codes, reported by Lexer.contextual() for NAME tokens (0 = none).
  public static final int C_NONE = 0;
  public static final int C_ASYNC = 1;
  public static final int C_AWAIT = 2;
  public static final int C_YIELD = 3;
  public static final int C_LET = 4;
  public static final int C_STATIC = 5;
  public static final int C_OF = 6;
  public static final int C_GET = 7;
  public static final int C_SET = 8;
  public static final int C_AS = 9;
  public static final int C_FROM = 10;
  public static final int C_TARGET = 11;
  public static final int C_META = 12;
  public static final int C_USING = 13;
  public static final int C_ARGUMENTS = 14;
  public static final int C_EVAL = 15;
  public static final int C_CONSTRUCTOR = 16;
  /** implements, interface, package, private, protected, public: reserved in strict code. */
  public static final int C_STRICT_RESERVED = 17;
  public static final int C_PROTO = 18;
  public static final int C_PROTOTYPE = 19;
  public static final int C_SOURCE = 20;
  public static final int C_DEFER = 21;

  public static boolean isKeyword(int t) {
    return t >= KEYWORD_FIRST && t <= KEYWORD_LAST;
  }

  public static boolean isAssign(int t) {
    return t >= ASSIGN && t <= NULLISH_ASSIGN;
  }

  /** Source text of a punctuator or keyword kind, a description for the others (for messages). */
  public static String text(int t) {
    if (t >= 0 && t < TEXT.length && TEXT[t] != null) {
      return TEXT[t];
    }
    return "token " + t;
  }

  private static final String[] TEXT = new String[KEYWORD_LAST + 1];

  static {
    String[] pairs = {
      "0", "end of input", "1", "identifier", "2", "private name", "3", "string", "4", "number",
      "5", "bigint", "6", "template", "7", "regular expression",
      "10", "{", "11", "}", "12", "(", "13", ")", "14", "[", "15", "]", "16", ".", "17", "...",
      "18", ";", "19", ",", "20", "?", "21", "?.", "22", ":", "23", "=>", "24", "++", "25", "--",
      "26", "!", "27", "~", "30", "??", "31", "||", "32", "&&", "33", "|", "34", "^", "35", "&",
      "36", "==", "37", "!=", "38", "===", "39", "!==", "40", "<", "41", ">", "42", "<=", "43", ">=",
      "44", "<<", "45", ">>", "46", ">>>", "47", "+", "48", "-", "49", "*", "50", "/", "51", "%",
      "52", "**", "60", "=", "61", "+=", "62", "-=", "63", "*=", "64", "/=", "65", "%=", "66", "**=",
      "67", "<<=", "68", ">>=", "69", ">>>=", "70", "|=", "71", "^=", "72", "&=", "73", "||=",
      "74", "&&=", "75", "??=",
    };
    for (int i = 0; i < pairs.length; i += 2) {
      TEXT[Integer.parseInt(pairs[i])] = pairs[i + 1];
    }
    String[] kw = {
      "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
      "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
      "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
      "typeof", "var", "void", "while", "with",
    };
    for (int i = 0; i < kw.length; i++) {
      TEXT[KEYWORD_FIRST + i] = kw[i];
    }
  }
}
