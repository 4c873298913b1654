package dev.islet.ast;

/** {@code continue label;} label may be null. */
public record ContinueStatement(Loc loc, Identifier label) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ContinueStatement;
  }
}
