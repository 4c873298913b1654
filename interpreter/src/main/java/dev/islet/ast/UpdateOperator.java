package dev.islet.ast;

/** Increment and decrement. */
public enum UpdateOperator {
  INCREMENT("++"),
  DECREMENT("--");

  private final String text;

  UpdateOperator(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
