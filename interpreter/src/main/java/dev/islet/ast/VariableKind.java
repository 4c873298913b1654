package dev.islet.ast;

/** The kind of a VariableDeclaration. */
public enum VariableKind {
  VAR("var"),
  LET("let"),
  CONST("const"),
  USING("using"),
  AWAIT_USING("await using");

  private final String text;

  VariableKind(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
