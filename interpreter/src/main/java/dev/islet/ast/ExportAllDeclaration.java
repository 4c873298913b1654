package dev.islet.ast;

import java.util.List;

/** {@code export * [as exported] from source}. */
public record ExportAllDeclaration(Loc loc, StringLiteral source, ModuleExportName exported, List<ImportAttribute> attributes) implements ModuleItem {
  @Override
  public NodeType type() {
    return NodeType.ExportAllDeclaration;
  }
}
