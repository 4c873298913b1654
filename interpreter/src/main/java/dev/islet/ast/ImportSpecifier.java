package dev.islet.ast;

/** {@code imported as local} */
public record ImportSpecifier(Loc loc, ModuleExportName imported, Identifier local) implements ImportDeclarationSpecifier {
  @Override
  public NodeType type() {
    return NodeType.ImportSpecifier;
  }
}
