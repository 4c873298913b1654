package dev.islet.ast;

/** {@code true} / {@code false} */
public record BooleanLiteral(Loc loc, boolean value) implements Literal {
  @Override
  public NodeType type() {
    return NodeType.BooleanLiteral;
  }
}
