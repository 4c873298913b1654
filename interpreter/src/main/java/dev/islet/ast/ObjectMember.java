package dev.islet.ast;

/** A member of an object literal: Property or SpreadElement. */
public sealed interface ObjectMember extends Node
    permits Property, SpreadElement {
}
