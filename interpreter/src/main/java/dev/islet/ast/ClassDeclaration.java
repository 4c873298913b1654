package dev.islet.ast;

/** A class declaration; id null only for {@code export default class {}}. loc covers the class source text. */
public record ClassDeclaration(Loc loc, Identifier id, Expression superClass, ClassBody body) implements Declaration, ClassNode {
  @Override
  public NodeType type() {
    return NodeType.ClassDeclaration;
  }
}
