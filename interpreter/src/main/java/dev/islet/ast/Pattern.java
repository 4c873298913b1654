package dev.islet.ast;

/** A binding or assignment target: Identifier, MemberExpression (assignment only), ObjectPattern, ArrayPattern, RestElement, AssignmentPattern. */
public sealed interface Pattern extends ForInOfLeft
    permits Identifier, MemberExpression, ObjectPattern, ArrayPattern, RestElement, AssignmentPattern {
}
