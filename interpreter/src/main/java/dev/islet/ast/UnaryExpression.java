package dev.islet.ast;

/** A prefix unary operator (ESTree {@code prefix} is always true). */
public record UnaryExpression(Loc loc, UnaryOperator operator, Expression argument) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.UnaryExpression;
  }
}
