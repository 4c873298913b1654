package dev.islet.ast;

import java.util.List;

/** {@code { ... }}, also the body of every non-arrow function. */
public record BlockStatement(Loc loc, List<Statement> body) implements Statement, ArrowBody {
  @Override
  public NodeType type() {
    return NodeType.BlockStatement;
  }
}
