package dev.islet.ast;

/** {@code throw argument;} */
public record ThrowStatement(Loc loc, Expression argument) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ThrowStatement;
  }
}
