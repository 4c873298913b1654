package dev.islet.ast;

import java.util.List;

/** {@code static { ... }} in a class body. */
public record StaticBlock(Loc loc, List<Statement> body) implements ClassElement {
  @Override
  public NodeType type() {
    return NodeType.StaticBlock;
  }
}
