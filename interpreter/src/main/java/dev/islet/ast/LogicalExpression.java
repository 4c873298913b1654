package dev.islet.ast;

/** {@code ||}, {@code &&}, {@code ??} */
public record LogicalExpression(Loc loc, LogicalOperator operator, Expression left, Expression right) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.LogicalExpression;
  }
}
