package dev.islet.parser;

import dev.islet.ast.Loc;
import dev.islet.ast.Node;
import dev.islet.lexer.Lexer;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Token handling, positions, errors and the parsing context shared by every layer of the parser.
 * The layers extend each other (patterns → primaries → expressions → functions → classes →
 * statements → programs); calls that go "up" the chain are abstract here.
 */
abstract class ParserBase {
  final Source source;
  final Lexer lx;
  final ParseOptions options;
  final boolean module;

  /** Kind of the current token (cached {@code lx.type()}). */
  int tok;
  /** End offset of the previous token: the end of the node just parsed. */
  int lastEnd;
  /** Line of the previous token's end is not needed; positions are taken from token starts. */
  int depth;

  FnContext ctx;
  Scope scope;
  ClassScope classScope;

  /** Nodes written in parentheses (for assignment targets, arrow parameters and {@code -a ** b}). */
  final IdentityHashMap<Node, Boolean> parenthesized = new IdentityHashMap<>();

  // Positions (or -1) of yield/await expressions and `await` identifiers seen since the last reset:
  // arrow parameters, which are parsed as expressions first, must not contain them.
  int yieldPos = -1;
  /** The AssignmentExpression being parsed excludes {@code in} ([~In], for-statement heads); arrow bodies inherit it. */
  boolean inNoIn;
  int awaitPos = -1;
  int awaitIdentPos = -1;

  ParserBase(Source source, ParseOptions options, boolean hashbang) {
    this.source = source;
    this.options = options;
    this.module = options.isModule();
    this.lx = new Lexer(source, module, hashbang);
  }

  // ---- function-level context ---------------------------------------------------------------

  /** What the innermost function (or the top level) allows. */
  static final class FnContext {
    final FnContext parent;
    boolean strict;
    boolean async;
    boolean generator;
    boolean arrow;
    boolean topLevel;
    boolean allowNewTarget;
    boolean allowSuperProperty;
    boolean allowSuperCall;
    boolean allowReturn;
    boolean inFieldInit;
    boolean inStaticBlock;
    /** {@code await} is reserved because an enclosing context reserves it (class field initializers, arrows in static blocks). */
    boolean awaitIdentReserved;
    boolean inParams;
    /** {@code arguments} is an error (class field initializers and static blocks, and arrows inside them). */
    boolean argumentsForbidden;
    /** Top-level await is allowed (module top level). */
    boolean topLevelAwait;
    final ArrayList<Label> labels = new ArrayList<>();
    int iterationDepth;
    int breakableDepth;

    FnContext(FnContext parent) {
      this.parent = parent;
    }
  }

  /** A statement label; {@code loop} when it labels an iteration statement (directly or through other labels). */
  static final class Label {
    final String name;
    final int labelStart;
    final int statementStart;
    boolean loop;

    Label(String name, int labelStart, int statementStart) {
      this.name = name;
      this.labelStart = labelStart;
      this.statementStart = statementStart;
    }
  }

  final boolean strict() {
    return ctx.strict;
  }

  /** {@code await} is a keyword here, not an identifier. */
  final boolean awaitReserved() {
    return module || ctx.async || ctx.inStaticBlock || ctx.awaitIdentReserved;
  }

  /** An AwaitExpression may appear here. */
  final boolean canAwait() {
    return (ctx.async || ctx.topLevelAwait) && !ctx.inStaticBlock;
  }

  /** {@code yield} is a keyword here, not an identifier. */
  final boolean yieldReserved() {
    return ctx.generator || ctx.strict;
  }

  // ---- tokens --------------------------------------------------------------------------------

  final void next() {
    lastEnd = lx.end();
    lx.next();
    tok = lx.type();
  }

  final boolean eat(int t) {
    if (tok == t) {
      next();
      return true;
    }
    return false;
  }

  final void expect(int t) {
    if (tok != t) {
      throw unexpected();
    }
    next();
  }

  /** The current token is the unescaped contextual keyword {@code c}. */
  final boolean isContextual(int c) {
    return tok == Tok.NAME && lx.contextual() == c && !lx.escaped();
  }

  /** The current token is the contextual keyword {@code c}; an escaped spelling is an error. */
  final boolean isContextualNoEscape(int c) {
    if (tok == Tok.NAME && lx.contextual() == c) {
      if (lx.escaped()) {
        throw error(lx.start(), "Keyword must not contain escaped characters");
      }
      return true;
    }
    return false;
  }

  final boolean eatContextual(int c) {
    if (isContextualNoEscape(c)) {
      next();
      return true;
    }
    return false;
  }

  final void expectContextual(int c, String word) {
    if (!eatContextual(c)) {
      throw error(lx.start(), "Unexpected " + describe() + ", expected '" + word + "'");
    }
  }

  /** Automatic semicolon insertion (https://tc39.es/ecma262/#sec-rules-of-automatic-semicolon-insertion). */
  final void semicolon() {
    if (tok == Tok.SEMI) {
      next();
      return;
    }
    if (tok == Tok.RBRACE || tok == Tok.EOF || lx.newlineBefore()) {
      return;
    }
    throw unexpected();
  }

  final boolean canInsertSemicolon() {
    return tok == Tok.EOF || tok == Tok.RBRACE || lx.newlineBefore();
  }

  // ---- positions -----------------------------------------------------------------------------

  /** A packed (line, offset) mark of the current token's start. */
  final long here() {
    return ((long) lx.line() << 32) | lx.start();
  }

  static int offsetOf(long mark) {
    return (int) mark;
  }

  /** The location from {@code mark} to the end of the previous token. */
  final Loc loc(long mark) {
    int start = (int) mark;
    int line = (int) (mark >>> 32);
    return new Loc(start, lastEnd, line, lx.columnOf(start, line));
  }

  /** A location from {@code mark} to {@code end}. */
  final Loc loc(long mark, int end) {
    int start = (int) mark;
    int line = (int) (mark >>> 32);
    return new Loc(start, end, line, lx.columnOf(start, line));
  }

  /** The packed mark of a node's start. */
  static long markOf(Node n) {
    Loc l = n.loc();
    return ((long) l.line() << 32) | l.start();
  }

  // ---- errors --------------------------------------------------------------------------------

  final SyntaxErrorException error(int offset, String message) {
    return new SyntaxErrorException(source, offset, message);
  }

  final SyntaxErrorException unexpected() {
    return error(lx.start(), "Unexpected " + describe());
  }

  /** A description of the current token for messages. */
  final String describe() {
    switch (tok) {
      case Tok.EOF:
        return "end of input";
      case Tok.NAME:
        if (lx.contextual() == Tok.C_STRICT_RESERVED && strict()) {
          return "strict mode reserved word";
        }
        return "identifier '" + lx.value() + "'";
      case Tok.PRIVATE_NAME:
        return "private name '#" + lx.value() + "'";
      case Tok.STRING:
        return "string";
      case Tok.NUMBER:
      case Tok.BIGINT:
        return "number";
      case Tok.TEMPLATE:
        return "template string";
      case Tok.REGEXP:
        return "regular expression";
      default:
        return "token '" + Tok.text(tok) + "'";
    }
  }

  // ---- depth ---------------------------------------------------------------------------------

  final void enter() {
    if (++depth > Parser.MAX_DEPTH) {
      throw error(lx.start(), "Code is too deeply nested");
    }
  }

  final void exit() {
    depth--;
  }

  // ---- lists ---------------------------------------------------------------------------------

  static <T> List<T> list(ArrayList<T> items) {
    return items.isEmpty() ? List.of() : Collections.unmodifiableList(items);
  }

  static <T> List<T> list1(T item) {
    return Collections.singletonList(item);
  }

  final boolean isParenthesized(Node n) {
    return parenthesized.containsKey(n);
  }

  // ---- scopes --------------------------------------------------------------------------------

  final void pushScope(boolean varScope, boolean functionsAreVar) {
    scope = new Scope(scope, varScope, functionsAreVar);
  }

  final void popScope() {
    scope = scope.parent;
  }

  final void check(String message, int offset) {
    if (message != null) {
      throw error(offset, message);
    }
  }
}
