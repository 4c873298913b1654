package dev.islet.ast;

/** Every AST node. {@code loc} is always the first record component. */
public sealed interface Node
    permits FunctionNode, ClassNode, ModuleItem, ForInit, ForInOfLeft, ArrowBody, ExpressionOrSpread,
        ObjectMember, ObjectPatternMember, ClassElement, ModuleExportName,
        ImportDeclarationSpecifier, Program, SwitchCase, CatchClause, VariableDeclarator, ClassBody,
        TemplateElement, ImportAttribute, ExportSpecifier {
  /** Where the node is in the source. */
  Loc loc();

  /** The node kind, for switches; {@link NodeType#estree()} is the ESTree {@code type}. */
  NodeType type();
}
