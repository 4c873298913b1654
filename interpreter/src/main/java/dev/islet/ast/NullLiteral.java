package dev.islet.ast;

/** {@code null} */
public record NullLiteral(Loc loc) implements Literal {
  @Override
  public NodeType type() {
    return NodeType.NullLiteral;
  }
}
