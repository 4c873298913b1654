package dev.islet.ast;

/** The first clause of a {@code for(;;)}: a VariableDeclaration or an Expression. */
public sealed interface ForInit extends Node
    permits Expression, VariableDeclaration {
}
