package dev.islet.ast;

/** {@code for (left in right)}. left is a VariableDeclaration with one declarator (its init non-null only for the Annex B {@code for (var x = 1 in o)} form) or an assignment target Pattern. */
public record ForInStatement(Loc loc, ForInOfLeft left, Expression right, Statement body) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.ForInStatement;
  }
}
