package dev.islet.ast;

/** An expression statement; {@code directive} is the raw text of the string literal (without quotes) when this is part of a directive prologue, else null. */
public record ExpressionStatement(Loc loc, Expression expression, String directive) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ExpressionStatement;
  }
}
