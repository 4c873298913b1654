package dev.islet.ast;

/** {@code test ? consequent : alternate} */
public record ConditionalExpression(Loc loc, Expression test, Expression consequent, Expression alternate) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.ConditionalExpression;
  }
}
