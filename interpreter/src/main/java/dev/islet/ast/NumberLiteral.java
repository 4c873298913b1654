package dev.islet.ast;

/** A numeric literal (decimal, hex, octal, binary, legacy octal). */
public record NumberLiteral(Loc loc, double value) implements Literal {
  @Override
  public NodeType type() {
    return NodeType.NumberLiteral;
  }
}
