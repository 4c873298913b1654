package dev.islet.ast;

/** {@code ...argument} in patterns and parameter lists. */
public record RestElement(Loc loc, Pattern argument) implements Pattern, ObjectPatternMember {
  @Override
  public NodeType type() {
    return NodeType.RestElement;
  }
}
