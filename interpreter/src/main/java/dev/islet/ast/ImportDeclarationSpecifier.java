package dev.islet.ast;

/** ImportSpecifier, ImportDefaultSpecifier or ImportNamespaceSpecifier. */
public sealed interface ImportDeclarationSpecifier extends Node
    permits ImportSpecifier, ImportDefaultSpecifier, ImportNamespaceSpecifier {
}
