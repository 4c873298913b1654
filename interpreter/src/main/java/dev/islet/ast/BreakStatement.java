package dev.islet.ast;

/** {@code break label;} label may be null. */
public record BreakStatement(Loc loc, Identifier label) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.BreakStatement;
  }
}
