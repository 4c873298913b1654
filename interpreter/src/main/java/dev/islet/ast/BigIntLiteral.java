package dev.islet.ast;

/** A BigInt literal ({@code 10n}). */
public record BigIntLiteral(Loc loc, java.math.BigInteger value) implements Literal {
  @Override
  public NodeType type() {
    return NodeType.BigIntLiteral;
  }
}
