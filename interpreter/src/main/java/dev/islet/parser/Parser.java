package dev.islet.parser;

import dev.islet.ast.FunctionExpression;
import dev.islet.ast.Program;
import dev.islet.source.Source;

/**
 * The ECMAScript parser's entry points. Every method returns a tree or throws
 * {@link SyntaxErrorException} (the first early error); no other exception escapes, and deep
 * nesting ends in a "too deeply nested" SyntaxError rather than a StackOverflowError.
 */
public final class Parser {
  /**
   * The deepest nesting the parser accepts, counted in nested AssignmentExpressions, statements,
   * parenthesized expressions, literals, patterns, templates and functions (one source level such
   * as {@code (} or {@code [} counts about two). 350 is about 175 nested parentheses or brackets,
   * 120 nested object literals, or 170 nested functions: the parser (about 9 Java frames per
   * parenthesis level) fits in a 512 KB thread stack even before JIT compilation, and recursive
   * passes over the tree (scope analysis, compiler) that spend a few frames per node level fit
   * easily. Long left-associative chains ({@code a+a+…}, {@code a.b.c…}, {@code a,b,c…}) are built
   * iteratively and are not limited. A StackOverflowError is still caught at the entry points and
   * reported as the same SyntaxError, for callers on smaller stacks.
   */
  public static final int MAX_DEPTH = 350;

  private Parser() {}

  /** Parses with the Script goal. */
  public static Program parseScript(Source source) {
    return parse(source, ParseOptions.script());
  }

  /** Parses with the Module goal. */
  public static Program parseModule(Source source) {
    return parse(source, ParseOptions.module());
  }

  /** Parses with explicit options (eval code, strictness, goal). */
  public static Program parse(Source source, ParseOptions options) {
    try {
      return new ProgramParser(source, options, true).parseProgram();
    } catch (StackOverflowError e) {
      throw new SyntaxErrorException(source, 0, "Code is too deeply nested");
    }
  }

  /** The kind of function the {@code Function}-family constructors create. */
  public enum FunctionKind {
    NORMAL,
    GENERATOR,
    ASYNC,
    ASYNC_GENERATOR
  }

  /**
   * CreateDynamicFunction (https://tc39.es/ecma262/#sec-createdynamicfunction): parses
   * {@code parameters} and {@code body} each on its own (so {@code Function("/*", "*&#47;){")} fails),
   * then the assembled source text {@code [async ]function[*] anonymous(parameters\n) {\nbody\n}}, and
   * returns that function. Its {@code loc} covers the whole assembled text, which is the source the
   * function's toString returns; {@code source} should hold exactly that text (use
   * {@link #dynamicFunctionSource}).
   */
  public static FunctionExpression parseDynamicFunction(Source source, FunctionKind kind, String parameters, String body) {
    try {
      return DynamicFunctionParser.parse(source, kind, parameters, body);
    } catch (StackOverflowError e) {
      throw new SyntaxErrorException(source, 0, "Code is too deeply nested");
    }
  }

  /** The source text CreateDynamicFunction assembles (step "sourceString"). */
  public static String dynamicFunctionSource(FunctionKind kind, String parameters, String body) {
    String prefix = switch (kind) {
      case NORMAL -> "function";
      case GENERATOR -> "function*";
      case ASYNC -> "async function";
      case ASYNC_GENERATOR -> "async function*";
    };
    return prefix + " anonymous(" + parameters + "\n) {\n" + body + "\n}";
  }
}
