package dev.islet.ast;

/** Binary (non-short-circuit) operators. */
public enum BinaryOperator {
  EQ("=="),
  NE("!="),
  STRICT_EQ("==="),
  STRICT_NE("!=="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  SHL("<<"),
  SAR(">>"),
  SHR(">>>"),
  ADD("+"),
  SUB("-"),
  MUL("*"),
  DIV("/"),
  MOD("%"),
  EXP("**"),
  BIT_OR("|"),
  BIT_XOR("^"),
  BIT_AND("&"),
  IN("in"),
  INSTANCEOF("instanceof");

  private final String text;

  BinaryOperator(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
