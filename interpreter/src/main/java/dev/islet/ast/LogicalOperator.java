package dev.islet.ast;

/** Short-circuit operators. */
public enum LogicalOperator {
  OR("||"),
  AND("&&"),
  NULLISH("??");

  private final String text;

  LogicalOperator(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
