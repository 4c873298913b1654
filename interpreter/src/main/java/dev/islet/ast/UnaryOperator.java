package dev.islet.ast;

/** Prefix unary operators. */
public enum UnaryOperator {
  MINUS("-"),
  PLUS("+"),
  NOT("!"),
  BIT_NOT("~"),
  TYPEOF("typeof"),
  VOID("void"),
  DELETE("delete");

  private final String text;

  UnaryOperator(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
