package dev.islet.ast;

/** {@code for (init; test; update) body}; each part may be null. */
public record ForStatement(Loc loc, ForInit init, Expression test, Expression update, Statement body) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ForStatement;
  }
}
