package dev.islet.ast;

/** {@code if (test) consequent else alternate}; alternate may be null. In sloppy scripts consequent/alternate may be a FunctionDeclaration (Annex B). */
public record IfStatement(Loc loc, Expression test, Statement consequent, Statement alternate) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.IfStatement;
  }
}
