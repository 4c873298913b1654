package dev.islet.ast;

/** Assignment. For {@code =} left is Identifier, MemberExpression, ObjectPattern or ArrayPattern (the cover grammar already resolved); for every other operator it is Identifier or MemberExpression. */
public record AssignmentExpression(Loc loc, AssignmentOperator operator, Pattern left, Expression right) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.AssignmentExpression;
  }
}
