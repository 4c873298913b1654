package dev.islet.ast;

/** A class field; value (the initializer) may be null. */
public record PropertyDefinition(Loc loc, Expression key, Expression value, boolean computed, boolean isStatic) implements ClassElement {
  @Override
  public NodeType type() {
    return NodeType.PropertyDefinition;
  }
}
