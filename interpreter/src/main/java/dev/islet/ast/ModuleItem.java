package dev.islet.ast;

/** An item of a Program body: a statement, or (modules only) an import/export declaration. */
public sealed interface ModuleItem extends Node
    permits Statement, ImportDeclaration, ExportNamedDeclaration, ExportDefaultDeclaration,
        ExportAllDeclaration {
}
