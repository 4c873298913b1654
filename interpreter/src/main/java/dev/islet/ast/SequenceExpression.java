package dev.islet.ast;

import java.util.List;

/** The comma operator. */
public record SequenceExpression(Loc loc, List<Expression> expressions) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.SequenceExpression;
  }
}
