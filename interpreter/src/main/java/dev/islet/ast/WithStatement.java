package dev.islet.ast;

/** {@code with (object) body} (sloppy mode only). */
public record WithStatement(Loc loc, Expression object, Statement body) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.WithStatement;
  }
}
