package dev.islet.ast;

import java.util.List;

/**
 * Every kind of function: declarations, expressions (including methods, getters, setters and class
 * constructors) and arrows. {@code loc} covers exactly the source text that
 * {@code Function.prototype.toString} returns for it.
 */
public sealed interface FunctionNode extends Node
    permits FunctionDeclaration, FunctionExpression, ArrowFunctionExpression {
  /** The function's own name binding; null for arrows, methods and anonymous functions. */
  default Identifier id() {
    return null;
  }

  /** Formal parameters: Identifier, ObjectPattern, ArrayPattern, AssignmentPattern (default), RestElement (last). */
  List<Pattern> params();

  /** A BlockStatement, or an Expression for a concise arrow body. */
  ArrowBody body();

  boolean generator();

  boolean async();

  /** True when the function's code is strict: inherited, from its own "use strict" directive, or in a class or module. */
  boolean strict();
}
