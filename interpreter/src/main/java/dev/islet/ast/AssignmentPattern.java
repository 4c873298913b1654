package dev.islet.ast;

/** {@code left = right}: a target with a default value. */
public record AssignmentPattern(Loc loc, Pattern left, Expression right) implements Pattern {
  @Override
  public NodeType type() {
    return NodeType.AssignmentPattern;
  }
}
