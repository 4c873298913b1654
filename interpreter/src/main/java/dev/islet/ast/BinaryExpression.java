package dev.islet.ast;

/** A binary operator; left is a PrivateIdentifier for {@code #x in o}. */
public record BinaryExpression(Loc loc, BinaryOperator operator, Expression left, Expression right) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.BinaryExpression;
  }
}
