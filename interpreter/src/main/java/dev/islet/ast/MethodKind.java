package dev.islet.ast;

/** The kind of a class MethodDefinition. */
public enum MethodKind {
  CONSTRUCTOR("constructor"),
  METHOD("method"),
  GET("get"),
  SET("set");

  private final String text;

  MethodKind(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
