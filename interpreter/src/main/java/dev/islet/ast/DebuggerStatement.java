package dev.islet.ast;

/** {@code debugger;} */
public record DebuggerStatement(Loc loc) implements Statement {
  @Override
  public NodeType type() {
    return NodeType.DebuggerStatement;
  }
}
