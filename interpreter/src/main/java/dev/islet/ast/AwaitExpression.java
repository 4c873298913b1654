package dev.islet.ast;

/** {@code await argument} */
public record AwaitExpression(Loc loc, Expression argument) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.AwaitExpression;
  }
}
