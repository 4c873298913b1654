package dev.islet.ast;

/** A literal; ESTree type {@code Literal}. {@code raw} is not stored: it is the source text between loc.start and loc.end. */
public sealed interface Literal extends Expression
    permits StringLiteral, NumberLiteral, BigIntLiteral, BooleanLiteral, NullLiteral, RegExpLiteral {
}
