package dev.islet.ast;

import java.util.List;

/** An arrow function; {@code expression} is true when body is an Expression (concise body). */
public record ArrowFunctionExpression(Loc loc, List<Pattern> params, ArrowBody body, boolean expression, boolean async, boolean strict) implements Expression, FunctionNode {
  /** Arrows are never generators. */
  @Override
  public boolean generator() {
    return false;
  }

  @Override
  public NodeType type() {
    return NodeType.ArrowFunctionExpression;
  }
}
