package dev.islet.ast;

/** An element of a class body: MethodDefinition, PropertyDefinition or StaticBlock. */
public sealed interface ClassElement extends Node
    permits MethodDefinition, PropertyDefinition, StaticBlock {
}
