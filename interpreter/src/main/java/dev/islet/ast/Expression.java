package dev.islet.ast;

/** An expression. */
public sealed interface Expression extends ExpressionOrSpread, ForInit, ArrowBody
    permits Literal, Identifier, PrivateIdentifier, ThisExpression, Super, ArrayExpression,
        ObjectExpression, FunctionExpression, ArrowFunctionExpression, ClassExpression,
        UnaryExpression, UpdateExpression, BinaryExpression, LogicalExpression,
        AssignmentExpression, MemberExpression, ChainExpression, ConditionalExpression,
        CallExpression, NewExpression, SequenceExpression, YieldExpression, AwaitExpression,
        TemplateLiteral, TaggedTemplateExpression, MetaProperty, ImportExpression {
}
