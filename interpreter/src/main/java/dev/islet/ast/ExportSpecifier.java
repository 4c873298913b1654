package dev.islet.ast;

/** {@code local as exported}; local is a StringLiteral only with a {@code from} clause. */
public record ExportSpecifier(Loc loc, ModuleExportName local, ModuleExportName exported) implements Node {
  @Override
  public NodeType type() {
    return NodeType.ExportSpecifier;
  }
}
