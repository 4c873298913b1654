package dev.islet.ast;

/** A class method, getter, setter or constructor. key is Identifier, literal, PrivateIdentifier or (computed) any expression. ESTree field {@code static} is {@code isStatic} here. */
public record MethodDefinition(Loc loc, Expression key, FunctionExpression value, MethodKind kind, boolean computed, boolean isStatic) implements ClassElement {
  @Override
  public NodeType type() {
    return NodeType.MethodDefinition;
  }
}
