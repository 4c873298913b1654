package dev.islet.ast;

import java.util.List;

/** {@code new callee(arguments)}; arguments is empty for {@code new C}. */
public record NewExpression(Loc loc, Expression callee, List<ExpressionOrSpread> arguments) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.NewExpression;
  }
}
