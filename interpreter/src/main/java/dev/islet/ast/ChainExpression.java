package dev.islet.ast;

/** Wraps a whole optional chain ({@code a?.b.c()}); expression is a MemberExpression or CallExpression. A short-circuit ends the entire chain. */
public record ChainExpression(Loc loc, Expression expression) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.ChainExpression;
  }
}
