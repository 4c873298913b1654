package dev.islet.ast;

import java.util.List;

/** An object literal. */
public record ObjectExpression(Loc loc, List<ObjectMember> properties) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.ObjectExpression;
  }
}
