package dev.islet.ast;

/** A function, class or variable declaration. */
public sealed interface Declaration extends Statement
    permits FunctionDeclaration, VariableDeclaration, ClassDeclaration {
}
