package dev.islet.ast;

/** {@code new.target} or {@code import.meta}. */
public record MetaProperty(Loc loc, Identifier meta, Identifier property) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.MetaProperty;
  }
}
