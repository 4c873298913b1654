package dev.islet.ast;

/** An element of an array literal or an argument list: an Expression or a SpreadElement. */
public sealed interface ExpressionOrSpread extends Node
    permits Expression, SpreadElement {
}
