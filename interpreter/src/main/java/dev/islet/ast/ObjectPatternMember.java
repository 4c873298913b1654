package dev.islet.ast;

/** A member of an ObjectPattern: AssignmentProperty or RestElement. */
public sealed interface ObjectPatternMember extends Node
    permits AssignmentProperty, RestElement {
}
