package dev.islet.ast;

import java.util.List;

/** The elements of a class, in source order. */
public record ClassBody(Loc loc, List<ClassElement> body) implements Node {
  @Override
  public NodeType type() {
    return NodeType.ClassBody;
  }
}
