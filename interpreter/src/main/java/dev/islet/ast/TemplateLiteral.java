package dev.islet.ast;

import java.util.List;

/** A template; quasis.size() == expressions.size() + 1. */
public record TemplateLiteral(Loc loc, List<TemplateElement> quasis, List<Expression> expressions) implements Expression {
  @Override
  public NodeType type() {
    return NodeType.TemplateLiteral;
  }
}
