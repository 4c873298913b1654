package dev.islet.ast;

/** {@code tag`...`} */
public record TaggedTemplateExpression(Loc loc, Expression tag, TemplateLiteral quasi) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.TaggedTemplateExpression;
  }
}
