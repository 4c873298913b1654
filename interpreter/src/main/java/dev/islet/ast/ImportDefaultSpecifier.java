package dev.islet.ast;

/** {@code import local from ...} */
public record ImportDefaultSpecifier(Loc loc, Identifier local) implements ImportDeclarationSpecifier {
  @Override
  public NodeType type() {
    return NodeType.ImportDefaultSpecifier;
  }
}
