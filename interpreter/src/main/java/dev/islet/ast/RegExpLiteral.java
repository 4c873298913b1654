package dev.islet.ast;

/** A regular expression literal; pattern and flags were validated by the parser. */
public record RegExpLiteral(Loc loc, String pattern, String flags) implements Literal {
  @Override
  public NodeType type() {
    return NodeType.RegExpLiteral;
  }
}
