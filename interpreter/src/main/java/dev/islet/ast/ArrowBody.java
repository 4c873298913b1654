package dev.islet.ast;

/** The body of an arrow function: a BlockStatement or an Expression. */
public sealed interface ArrowBody extends Node
    permits Expression, BlockStatement {
}
