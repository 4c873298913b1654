package dev.islet.ast;

/** One {@code key: "value"} of a {@code with} clause; key is Identifier or StringLiteral. */
public record ImportAttribute(Loc loc, ModuleExportName key, StringLiteral value) implements Node {
  @Override
  public NodeType type() {
    return NodeType.ImportAttribute;
  }
}
