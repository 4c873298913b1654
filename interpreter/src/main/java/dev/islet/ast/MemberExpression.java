package dev.islet.ast;

/** {@code object.property}, {@code object[property]}, {@code object?.property}. property is an Identifier (not computed), a PrivateIdentifier, or any expression (computed). object may be Super. */
public record MemberExpression(Loc loc, Expression object, Expression property, boolean computed, boolean optional) implements Expression, Pattern {
  @Override
  public NodeType type() {
    return NodeType.MemberExpression;
  }
}
