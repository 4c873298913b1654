package dev.islet.parser;

import java.util.HashMap;
import java.util.HashSet;

/**
 * Declared names of one scope, for the declaration early errors
 * (https://tc39.es/ecma262/#sec-block-static-semantics-early-errors and the rules for function
 * bodies, scripts, modules, switch blocks, catch clauses and for heads).
 */
final class Scope {
  /** Lexical declarations: let, const, class, using, import. */
  static final int LEXICAL = 1;
  /** A plain (non-async, non-generator) function declaration in a block: duplicates are allowed in sloppy code (Annex B). */
  static final int SLOPPY_BLOCK_FUNCTION = 2;
  /** Other function declarations bound lexically (in blocks, at module top level). */
  static final int LEXICAL_FUNCTION = 3;
  /** A catch parameter that is a single identifier: var redeclarations are allowed (Annex B). */
  static final int CATCH_SIMPLE = 4;
  /** A name bound by a catch parameter pattern. */
  static final int CATCH_PATTERN = 5;

  final Scope parent;
  /** A var scope: function body, script, module, class static block. */
  final boolean varScope;
  /** At function and script top level, function declarations are var-scoped. */
  final boolean functionsAreVar;

  private HashMap<String, Integer> lexical;
  private HashSet<String> vars;
  /** Top-level function declarations of a var scope whose functions are var-like. */
  private HashSet<String> topFunctions;
  /** Parameter names (function scopes only). */
  private HashSet<String> params;

  Scope(Scope parent, boolean varScope, boolean functionsAreVar) {
    this.parent = parent;
    this.varScope = varScope;
    this.functionsAreVar = functionsAreVar;
  }

  void addParam(String name) {
    if (params == null) {
      params = new HashSet<>();
    }
    params.add(name);
  }

  /** Returns an error message, or null when the lexical binding is fine. */
  String declareLexical(String name, int kind, boolean strict) {
    Integer prev = lexical == null ? null : lexical.get(name);
    if (prev != null) {
      if (!(kind == SLOPPY_BLOCK_FUNCTION && prev == SLOPPY_BLOCK_FUNCTION && !strict)) {
        return redeclared(name);
      }
    }
    if ((vars != null && vars.contains(name)) || (topFunctions != null && topFunctions.contains(name))
        || (params != null && params.contains(name))) {
      return redeclared(name);
    }
    if (lexical == null) {
      lexical = new HashMap<>();
    }
    lexical.put(name, kind);
    return null;
  }

  /** A function declaration directly in this scope. */
  String declareFunction(String name, boolean plain, boolean strict) {
    if (functionsAreVar) {
      if (lexical != null && lexical.containsKey(name)) {
        return redeclared(name);
      }
      if (topFunctions == null) {
        topFunctions = new HashSet<>();
      }
      topFunctions.add(name);
      return null;
    }
    return declareLexical(name, plain && !strict ? SLOPPY_BLOCK_FUNCTION : LEXICAL_FUNCTION, strict);
  }

  /** A var declaration in this scope: it is hoisted through every scope up to the var scope. */
  static String declareVar(Scope scope, String name, boolean forOf) {
    for (Scope s = scope; s != null; s = s.parent) {
      Integer prev = s.lexical == null ? null : s.lexical.get(name);
      if (prev != null && prev != CATCH_SIMPLE) {
        return redeclared(name);
      }
      if (s.vars == null) {
        s.vars = new HashSet<>();
      }
      s.vars.add(name);
      if (s.varScope) {
        return null;
      }
    }
    return null;
  }

  boolean hasLexical(String name) {
    return lexical != null && lexical.containsKey(name);
  }

  /** Whether the name is declared at this (top-level) scope in any way, for {@code export { name }}. */
  boolean declares(String name) {
    return (lexical != null && lexical.containsKey(name)) || (vars != null && vars.contains(name))
        || (topFunctions != null && topFunctions.contains(name));
  }

  static String redeclared(String name) {
    return "Identifier '" + name + "' has already been declared";
  }
}
