package dev.islet.ast;

import java.util.List;

/** Object destructuring; a RestElement may only come last. */
public record ObjectPattern(Loc loc, List<ObjectPatternMember> properties) implements Pattern {
  @Override
  public NodeType type() {
    return NodeType.ObjectPattern;
  }
}
