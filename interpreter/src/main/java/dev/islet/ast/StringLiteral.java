package dev.islet.ast;

/** A string literal, value decoded. */
public record StringLiteral(Loc loc, String value) implements Literal, ModuleExportName {
  @Override
  public NodeType type() {
    return NodeType.StringLiteral;
  }
}
