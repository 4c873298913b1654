package dev.islet.ast;

/** A property of an ObjectPattern (ESTree: a Property of kind init, method false). value is the target, possibly an AssignmentPattern carrying the default. */
public record AssignmentProperty(Loc loc, Expression key, Pattern value, boolean computed, boolean shorthand) implements ObjectPatternMember {
  @Override
  public NodeType type() {
    return NodeType.AssignmentProperty;
  }
}
