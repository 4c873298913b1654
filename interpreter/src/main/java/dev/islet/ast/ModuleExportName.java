package dev.islet.ast;

/** A module export name: Identifier or StringLiteral. */
public sealed interface ModuleExportName extends Node
    permits Identifier, StringLiteral {
}
