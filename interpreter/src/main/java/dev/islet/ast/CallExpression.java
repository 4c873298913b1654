package dev.islet.ast;

import java.util.List;

/** A call; callee may be Super ({@code super(...)}). */
public record CallExpression(Loc loc, Expression callee, List<ExpressionOrSpread> arguments, boolean optional) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.CallExpression;
  }
}
