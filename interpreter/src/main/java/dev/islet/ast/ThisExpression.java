package dev.islet.ast;

/** {@code this} */
public record ThisExpression(Loc loc) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.ThisExpression;
  }
}
