package dev.islet.ast;

/** A class expression; id may be null. */
public record ClassExpression(Loc loc, Identifier id, Expression superClass, ClassBody body) implements Expression, ClassNode {
  @Override
  public NodeType type() {
    return NodeType.ClassExpression;
  }
}
