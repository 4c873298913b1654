package dev.islet.ast;

/** {@code import(source, options)}; options may be null. */
public record ImportExpression(Loc loc, Expression source, Expression options) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.ImportExpression;
  }
}
