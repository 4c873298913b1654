package dev.islet.ast;

import java.util.List;

/** One {@code case test:} (test null for {@code default:}). */
public record SwitchCase(Loc loc, Expression test, List<Statement> consequent) implements Node {
  @Override
  public NodeType type() {
    return NodeType.SwitchCase;
  }
}
