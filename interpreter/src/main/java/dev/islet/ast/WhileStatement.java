package dev.islet.ast;

/** {@code while} */
public record WhileStatement(Loc loc, Expression test, Statement body) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.WhileStatement;
  }
}
