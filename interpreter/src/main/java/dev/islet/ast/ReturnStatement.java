package dev.islet.ast;

/** {@code return argument;} argument may be null. */
public record ReturnStatement(Loc loc, Expression argument) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ReturnStatement;
  }
}
