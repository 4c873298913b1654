package dev.islet.ast;

/** {@code for (left of right)}, {@code for await (...)} when await is true. */
public record ForOfStatement(Loc loc, ForInOfLeft left, Expression right, Statement body, boolean await) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ForOfStatement;
  }
}
