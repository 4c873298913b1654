package dev.islet.ast;

/**
 * A binding or assignment target: Identifier, MemberExpression (assignment only), ObjectPattern,
 * ArrayPattern, RestElement, AssignmentPattern; CallExpression only as a whole simple assignment
 * target in sloppy code (Annex B, throws ReferenceError when evaluated).
 */
public sealed interface Pattern extends ForInOfLeft
    permits Identifier, MemberExpression, ObjectPattern, ArrayPattern, RestElement, AssignmentPattern,
        CallExpression {
}
