package dev.islet.ast;

/** {@code ;} */
public record EmptyStatement(Loc loc) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.EmptyStatement;
  }
}
