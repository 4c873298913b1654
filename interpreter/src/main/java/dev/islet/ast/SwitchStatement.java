package dev.islet.ast;

import java.util.List;

/** {@code switch}. All cases share one block scope. */
public record SwitchStatement(Loc loc, Expression discriminant, List<SwitchCase> cases) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.SwitchStatement;
  }
}
