package dev.islet.ast;

/** {@code label: body} */
public record LabeledStatement(Loc loc, Identifier label, Statement body) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.LabeledStatement;
  }
}
