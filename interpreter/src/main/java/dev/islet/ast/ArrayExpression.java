package dev.islet.ast;

import java.util.List;

/** An array literal; holes are null elements. */
public record ArrayExpression(Loc loc, List<ExpressionOrSpread> elements) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.ArrayExpression;
  }
}
