package dev.islet.ast;

/** The left side of {@code for-in}/{@code for-of}: a VariableDeclaration or an assignment-target Pattern. */
public sealed interface ForInOfLeft extends Node
    permits Pattern, VariableDeclaration {
}
