package dev.islet.ast;

/** {@code ...argument} in arrays, calls and object literals. */
public record SpreadElement(Loc loc, Expression argument) implements ExpressionOrSpread, ObjectMember {
  @Override
  public NodeType type() {
    return NodeType.SpreadElement;
  }
}
