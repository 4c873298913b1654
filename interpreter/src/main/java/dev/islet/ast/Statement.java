package dev.islet.ast;

/** A statement. */
public sealed interface Statement extends ModuleItem
    permits Declaration, ExpressionStatement, BlockStatement, EmptyStatement, DebuggerStatement,
        WithStatement, ReturnStatement, LabeledStatement, BreakStatement, ContinueStatement,
        IfStatement, SwitchStatement, ThrowStatement, TryStatement, WhileStatement,
        DoWhileStatement, ForStatement, ForInStatement, ForOfStatement {
}
