package dev.islet.ast;

import java.util.List;

/** {@code export declaration} or {@code export { specifiers } [from source]}. */
public record ExportNamedDeclaration(Loc loc, Declaration declaration, List<ExportSpecifier> specifiers, StringLiteral source, List<ImportAttribute> attributes) implements ModuleItem {
  @Override
  public NodeType type() {
    return NodeType.ExportNamedDeclaration;
  }
}
