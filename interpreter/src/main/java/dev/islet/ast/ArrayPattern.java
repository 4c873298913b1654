package dev.islet.ast;

import java.util.List;

/** Array destructuring; holes are null; a RestElement may only come last. */
public record ArrayPattern(Loc loc, List<Pattern> elements) implements Pattern {
  @Override
  public NodeType type() {
    return NodeType.ArrayPattern;
  }
}
