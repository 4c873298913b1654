package dev.islet.ast;

/** {@code catch (param) body}; param null for optional catch binding. */
public record CatchClause(Loc loc, Pattern param, BlockStatement body) implements Node {
  @Override
  public NodeType type() {
    return NodeType.CatchClause;
  }
}
