package dev.islet.ast;

/** Assignment operators; {@link #binary()} / {@link #logical()} give the operator a compound assignment applies. */
public enum AssignmentOperator {
  ASSIGN("="),
  ADD("+="),
  SUB("-="),
  MUL("*="),
  DIV("/="),
  MOD("%="),
  EXP("**="),
  SHL("<<="),
  SAR(">>="),
  SHR(">>>="),
  BIT_OR("|="),
  BIT_XOR("^="),
  BIT_AND("&="),
  OR("||="),
  AND("&&="),
  NULLISH("??=");

  private final String text;

  AssignmentOperator(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }

  /** The binary operator of a compound arithmetic/bitwise assignment; null for {@code =} and the logical ones. */
  public BinaryOperator binary() {
    return switch (this) {
      case ADD -> BinaryOperator.ADD;
      case SUB -> BinaryOperator.SUB;
      case MUL -> BinaryOperator.MUL;
      case DIV -> BinaryOperator.DIV;
      case MOD -> BinaryOperator.MOD;
      case EXP -> BinaryOperator.EXP;
      case SHL -> BinaryOperator.SHL;
      case SAR -> BinaryOperator.SAR;
      case SHR -> BinaryOperator.SHR;
      case BIT_OR -> BinaryOperator.BIT_OR;
      case BIT_XOR -> BinaryOperator.BIT_XOR;
      case BIT_AND -> BinaryOperator.BIT_AND;
      default -> null;
    };
  }

  /** The logical operator of {@code ||=}, {@code &&=}, {@code ??=}; null otherwise. */
  public LogicalOperator logical() {
    return switch (this) {
      case OR -> LogicalOperator.OR;
      case AND -> LogicalOperator.AND;
      case NULLISH -> LogicalOperator.NULLISH;
      default -> null;
    };
  }
}
