package dev.islet.ast;

/** {@code #name} (name without the {@code #}). Appears only as a MemberExpression property, a class element key, and the left operand of {@code in}. */
public record PrivateIdentifier(Loc loc, String name) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.PrivateIdentifier;
  }
}
