package dev.islet.ast;

import java.util.List;

/** A function expression, also the value of every method, getter, setter and class constructor. loc covers the text Function.prototype.toString returns (for methods: from the first token of the MethodDefinition production, e.g. {@code get}, {@code async} or {@code *}, but not {@code static}). */
public record FunctionExpression(Loc loc, Identifier id, List<Pattern> params, BlockStatement body, boolean generator, boolean async, boolean strict) implements Expression, FunctionNode {
  @Override
  public NodeType type() {
    return NodeType.FunctionExpression;
  }
}
