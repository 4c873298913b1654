package dev.islet.ast;

/** {@code import * as local from ...} */
public record ImportNamespaceSpecifier(Loc loc, Identifier local) implements ImportDeclarationSpecifier {
  @Override
  public NodeType type() {
    return NodeType.ImportNamespaceSpecifier;
  }
}
