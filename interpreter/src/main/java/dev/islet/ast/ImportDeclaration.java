package dev.islet.ast;

import java.util.List;

/** {@code import ... from "source" with { ... }}. */
public record ImportDeclaration(Loc loc, List<ImportDeclarationSpecifier> specifiers, StringLiteral source, List<ImportAttribute> attributes) implements ModuleItem {
  @Override
  public NodeType type() {
    return NodeType.ImportDeclaration;
  }
}
