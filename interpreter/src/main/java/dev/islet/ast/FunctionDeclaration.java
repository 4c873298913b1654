package dev.islet.ast;

import java.util.List;

/** A function declaration. id is null only for {@code export default function () {}}. loc covers the text Function.prototype.toString returns. */
public record FunctionDeclaration(Loc loc, Identifier id, List<Pattern> params, BlockStatement body, boolean generator, boolean async, boolean strict) implements Declaration, FunctionNode {
  @Override
  public NodeType type() {
    return NodeType.FunctionDeclaration;
  }
}
