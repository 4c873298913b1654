package dev.islet.ast;

/** A template string part. cooked is null when the part has an invalid escape (allowed only in tagged templates); raw has CR and CRLF normalized to LF as the spec says. ESTree nests these in {@code value}. */
public record TemplateElement(Loc loc, String cooked, String raw, boolean tail) implements Node {
  @Override
  public NodeType type() {
    return NodeType.TemplateElement;
  }
}
