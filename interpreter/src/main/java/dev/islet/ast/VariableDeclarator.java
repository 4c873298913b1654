package dev.islet.ast;

/** One binding of a VariableDeclaration; id is Identifier, ObjectPattern or ArrayPattern; init may be null. */
public record VariableDeclarator(Loc loc, Pattern id, Expression init) implements Node {
  @Override
  public NodeType type() {
    return NodeType.VariableDeclarator;
  }
}
