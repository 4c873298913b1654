package dev.islet.ast;

/** An identifier reference, binding or label; {@code name} has unicode escapes decoded. */
public record Identifier(Loc loc, String name) implements Expression, Pattern, ModuleExportName {
  @Override
  public NodeType type() {
    return NodeType.Identifier;
  }
}
