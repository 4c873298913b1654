package dev.islet.ast;

import java.util.List;

/**
 * A call; callee may be Super ({@code super(...)}). Also a Pattern: in sloppy code Annex B lets a
 * call be the target of {@code =}, compound assignment, {@code ++}/{@code --} and for-in/of, where it
 * evaluates the call and then throws a ReferenceError
 * (https://tc39.es/ecma262/#sec-static-semantics-assignmenttargettype, web-compat).
 */
public record CallExpression(Loc loc, Expression callee, List<ExpressionOrSpread> arguments, boolean optional) implements Expression, Pattern {
  @Override
  public NodeType type() {
    return NodeType.CallExpression;
  }
}
