package dev.islet.ast;

import java.util.List;

/** {@code var}/{@code let}/{@code const}/{@code using}/{@code await using} declarations. */
public record VariableDeclaration(Loc loc, List<VariableDeclarator> declarations, VariableKind kind) implements Declaration, ForInit, ForInOfLeft {
  @Override
  public NodeType type() {
    return NodeType.VariableDeclaration;
  }
}
