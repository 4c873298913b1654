package dev.islet.ast;

/** {@code export default X}: declaration is a FunctionDeclaration, a ClassDeclaration (id may be null), or an Expression. */
public record ExportDefaultDeclaration(Loc loc, Node declaration) implements ModuleItem {
  @Override
  public NodeType type() {
    return NodeType.ExportDefaultDeclaration;
  }
}
