package dev.islet.ast;

/** {@code yield argument} / {@code yield* argument}; argument may be null. */
public record YieldExpression(Loc loc, Expression argument, boolean delegate) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.YieldExpression;
  }
}
