package dev.islet.ast;

/** A property of an object literal. key is Identifier (non-computed name), StringLiteral, NumberLiteral, BigIntLiteral, or any expression when computed. For methods, getters and setters value is a FunctionExpression whose loc covers the whole property text (toString source). */
public record Property(Loc loc, PropertyKind kind, Expression key, Expression value, boolean computed, boolean method, boolean shorthand) implements ObjectMember {
  @Override
  public NodeType type() {
    return NodeType.Property;
  }
}
