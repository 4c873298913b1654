package dev.islet.ast;

/** {@code ++x}, {@code x--}; argument is an Identifier or MemberExpression. */
public record UpdateExpression(Loc loc, UpdateOperator operator, Expression argument, boolean prefix) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.UpdateExpression;
  }
}
