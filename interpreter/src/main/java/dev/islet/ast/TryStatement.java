package dev.islet.ast;

/** {@code try}; handler or finalizer may be null (not both). */
public record TryStatement(Loc loc, BlockStatement block, CatchClause handler, BlockStatement finalizer) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.TryStatement;
  }
}
