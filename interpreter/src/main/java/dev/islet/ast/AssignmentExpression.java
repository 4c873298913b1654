package dev.islet.ast;

/** Assignment. For {@code =} left is Identifier, MemberExpression, ObjectPattern or ArrayPattern (the cover grammar already resolved); for every other operator it is Identifier or MemberExpression. */
public record AssignmentExpression(Loc loc, AssignmentOperator operator, Pattern left, Expression right) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.AssignmentExpression;
  }

  /**
   * IsIdentifierRef of the left side: an identifier that is not parenthesized, so the assignment names an
   * anonymous function on its right. A parenthesized identifier starts after the assignment itself does.
   */
  public boolean targetIsIdentifierRef() {
    return left instanceof Identifier id && id.loc().start() == loc.start();
  }
}
