package dev.islet.ast;

/** {@code super}, only as the callee of a CallExpression or the object of a MemberExpression. */
public record Super(Loc loc) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.Super;
  }
}
