package dev.islet.ast;

/** {@code do body while (test)} */
public record DoWhileStatement(Loc loc, Statement body, Expression test) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.DoWhileStatement;
  }
}
