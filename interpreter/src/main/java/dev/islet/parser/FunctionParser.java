package dev.islet.parser;

import dev.islet.ast.ArrowBody;
import dev.islet.ast.ArrowFunctionExpression;
import dev.islet.ast.BlockStatement;
import dev.islet.ast.Expression;
import dev.islet.ast.FunctionDeclaration;
import dev.islet.ast.FunctionExpression;
import dev.islet.ast.Identifier;
import dev.islet.ast.ImportExpression;
import dev.islet.ast.MetaProperty;
import dev.islet.ast.Pattern;
import dev.islet.ast.RestElement;
import dev.islet.ast.Statement;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Functions of every kind (https://tc39.es/ecma262/#sec-ecmascript-language-functions-and-classes):
 * declarations and expressions, generators, async functions, arrows, methods; formal parameters,
 * function bodies with their directive prologues, and the retroactive strict-mode checks.
 */
abstract class FunctionParser extends ExpressionParser {
  FunctionParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  /**
   * Parses statements up to {@code }} (not consumed) or EOF. With {@code directives} the leading
   * directive prologue is recognized; a "use strict" directive makes {@link #ctx} strict and is an
   * error when {@code simpleParams} is false.
   */
  abstract void parseStatementList(ArrayList<Statement> out, boolean directives, boolean simpleParams);

  /** A fresh context for a non-arrow function body. */
  final FnContext functionContext(boolean async, boolean generator) {
    FnContext c = new FnContext(ctx);
    c.strict = ctx.strict;
    c.async = async;
    c.generator = generator;
    c.allowNewTarget = true;
    c.allowReturn = true;
    return c;
  }

  // ---- function declarations and expressions -------------------------------------------------

  /**
   * {@code [async] function [*] name (params) { body }}; the current token is {@code async} or
   * {@code function}. {@code nameOptional}: {@code export default function () {}}.
   */
  final FunctionDeclaration parseFunctionDeclaration(boolean nameOptional) {
    long m = here();
    boolean async = false;
    if (tok == Tok.NAME) {
      isContextualNoEscape(Tok.C_ASYNC);
      async = true;
      next();
    }
    expect(Tok.K_FUNCTION);
    boolean generator = eat(Tok.STAR);
    Identifier id = null;
    if (tok != Tok.LPAREN || !nameOptional) {
      id = parseBindingIdentifier(); // in the enclosing context's yield/await rules
    }
    FnContext outer = ctx;
    ctx = functionContext(async, generator);
    FunctionParts parts = parseFunctionRest(id, false, false, -1);
    ctx = outer;
    return new FunctionDeclaration(loc(m), id, parts.params, parts.body, generator, async, parts.strict);
  }

  @Override
  final Expression parseFunctionExpression() {
    long m = here();
    boolean async = false;
    if (tok == Tok.NAME) {
      isContextualNoEscape(Tok.C_ASYNC);
      async = true;
      next();
    }
    expect(Tok.K_FUNCTION);
    boolean generator = eat(Tok.STAR);
    FnContext outer = ctx;
    ctx = functionContext(async, generator);
    Identifier id = null;
    if (tok != Tok.LPAREN) {
      // The name of a function expression follows the function's own yield/await rules.
      ctx.awaitIdentReserved = false;
      id = parseBindingIdentifier();
    }
    FunctionParts parts = parseFunctionRest(id, false, false, -1);
    ctx = outer;
    return new FunctionExpression(loc(m), id, parts.params, parts.body, generator, async, parts.strict);
  }

  /** Parameters and body of a function whose context is already {@link #ctx}. */
  static final class FunctionParts {
    List<Pattern> params;
    BlockStatement body;
    boolean strict;
  }

  /**
   * @param methodKind -1 for plain functions, else a PrimaryParser.M_* kind (getter/setter arity checks)
   */
  final FunctionParts parseFunctionRest(Identifier name, boolean arrowLike, boolean method, int methodKind) {
    enter();
    int oldYield = yieldPos;
    int oldAwait = awaitPos;
    int oldAwaitIdent = awaitIdentPos;
    yieldPos = -1;
    awaitPos = -1;
    awaitIdentPos = -1;
    Scope outerScope = scope;
    pushScope(true, true);
    int paramsStart = lx.start();
    List<Pattern> params = parseFormalParameters();
    if (methodKind == M_GET && !params.isEmpty()) {
      throw error(paramsStart, "Getter must not have any formal parameters");
    }
    if (methodKind == M_SET && (params.size() != 1 || params.get(0) instanceof RestElement)) {
      throw error(paramsStart, "Setter must have exactly one formal parameter");
    }
    FunctionParts parts = new FunctionParts();
    parts.params = params;
    parts.body = parseFunctionBody(name, params, method || arrowLike);
    parts.strict = ctx.strict;
    scope = outerScope;
    yieldPos = oldYield;
    awaitPos = oldAwait;
    awaitIdentPos = oldAwaitIdent;
    exit();
    return parts;
  }

  /** {@code ( FormalParameters )}; declares the bound names as parameters of the current scope. */
  final List<Pattern> parseFormalParameters() {
    expect(Tok.LPAREN);
    ctx.inParams = true;
    ArrayList<Pattern> params = new ArrayList<>();
    while (tok != Tok.RPAREN) {
      if (tok == Tok.ELLIPSIS) {
        long m = here();
        next();
        Pattern target = parseBindingTarget();
        if (tok == Tok.ASSIGN) {
          throw error(lx.start(), "Rest parameter may not have a default initializer");
        }
        params.add(new RestElement(loc(m), target));
        if (tok != Tok.RPAREN) {
          throw error(lx.start(), "Rest parameter must be last formal parameter");
        }
        break;
      }
      params.add(parseBindingElement());
      if (tok != Tok.RPAREN) {
        expect(Tok.COMMA);
      }
    }
    next();
    ctx.inParams = false;
    for (Pattern p : params) {
      declarePattern(p, BIND_PARAM);
    }
    return list(params);
  }

  static boolean isSimpleParameterList(List<Pattern> params) {
    for (Pattern p : params) {
      if (!(p instanceof Identifier)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code { FunctionBody }} in the current (already pushed) scope, with the directive prologue.
   * {@code uniqueParams}: duplicates are errors even in sloppy code (arrows, methods).
   */
  final BlockStatement parseFunctionBody(Identifier name, List<Pattern> params, boolean uniqueParams) {
    long m = here();
    expect(Tok.LBRACE);
    boolean simple = isSimpleParameterList(params);
    boolean wasStrict = ctx.strict;
    ArrayList<Statement> body = new ArrayList<>();
    parseStatementList(body, true, simple);
    expect(Tok.RBRACE);
    checkParams(name, params, uniqueParams || !simple, !wasStrict && ctx.strict);
    return new BlockStatement(loc(m), list(body));
  }

  /** Duplicate parameters, and strict-mode names once the body is known to be strict. */
  final void checkParams(Identifier name, List<Pattern> params, boolean unique, boolean becameStrict) {
    if (becameStrict && name != null) {
      checkStrictBinding(name);
    }
    ArrayList<Identifier> ids = new ArrayList<>();
    for (Pattern p : params) {
      boundIdentifiers(p, ids);
    }
    boolean strictNow = ctx.strict;
    HashSet<String> seen = ids.size() > 1 ? new HashSet<>() : null;
    for (Identifier id : ids) {
      if (becameStrict) {
        checkStrictBinding(id);
      }
      if (seen != null && !seen.add(id.name()) && (unique || strictNow)) {
        throw error(id.loc().start(), "Duplicate parameter name not allowed in this context");
      }
    }
  }

  // ---- arrows --------------------------------------------------------------------------------

  @Override
  final Expression parseArrowFunction(long m, ArrayList<Expression> rawParams, Pattern rest, boolean async,
      int oldYield, int oldAwait, int oldAwaitIdent) {
    if (yieldPos >= 0) {
      throw error(yieldPos, "Yield expression not allowed in formal parameter");
    }
    if (awaitPos >= 0) {
      throw error(awaitPos, "Illegal await-expression in formal parameters of async function");
    }
    if (async && awaitIdentPos >= 0) {
      throw error(awaitIdentPos, "Unexpected reserved word 'await'");
    }
    ArrayList<Pattern> params = new ArrayList<>(rawParams.size() + 1);
    for (Expression e : rawParams) {
      params.add(toAssignable(e, true, true));
    }
    if (rest != null) {
      checkBindingPattern(rest);
      params.add(rest);
    }
    if (async) {
      for (Pattern p : params) {
        ArrayList<Identifier> ids = new ArrayList<>();
        boundIdentifiers(p, ids);
        for (Identifier id : ids) {
          if (id.name().equals("await")) {
            throw error(id.loc().start(), "Unexpected reserved word 'await'");
          }
        }
      }
    }
    // Positions inside these parameters also lie inside any enclosing arrow-parameter cover.
    yieldPos = oldYield;
    awaitPos = oldAwait;
    awaitIdentPos = oldAwaitIdent >= 0 ? oldAwaitIdent : awaitIdentPos;
    expect(Tok.ARROW);
    enter();
    FnContext outer = ctx;
    FnContext c = new FnContext(outer);
    c.strict = outer.strict;
    c.async = async;
    c.arrow = true;
    c.allowNewTarget = outer.allowNewTarget;
    c.allowSuperProperty = outer.allowSuperProperty;
    c.allowSuperCall = outer.allowSuperCall;
    c.inFieldInit = outer.inFieldInit;
    // ConciseBody is [~Await] unless async: `await` is an identifier again in the body.
    c.argumentsForbidden = outer.inFieldInit || outer.inStaticBlock || outer.argumentsForbidden;
    c.allowReturn = true;
    ctx = c;
    Scope outerScope = scope;
    pushScope(true, true);
    for (Pattern p : params) {
      declarePattern(p, BIND_PARAM);
    }
    int savedYield = yieldPos;
    int savedAwait = awaitPos;
    int savedAwaitIdent = awaitIdentPos;
    ArrowBody body;
    boolean expression;
    List<Pattern> plist = list(params);
    if (tok == Tok.LBRACE) {
      body = parseFunctionBody(null, plist, true);
      expression = false;
    } else {
      body = parseAssignment(inNoIn, null);
      expression = true;
      checkParams(null, plist, true, false);
    }
    yieldPos = savedYield;
    awaitPos = savedAwait;
    awaitIdentPos = savedAwaitIdent;
    boolean strict = ctx.strict;
    scope = outerScope;
    ctx = outer;
    exit();
    return new ArrowFunctionExpression(loc(m), plist, body, expression, async, strict);
  }

  // ---- methods -------------------------------------------------------------------------------

  @Override
  final FunctionExpression parseMethod(long m, int kind, boolean async, boolean generator, boolean classMethod,
      boolean derivedConstructor) {
    FnContext outer = ctx;
    FnContext c = functionContext(async, generator);
    c.allowSuperProperty = true;
    c.allowSuperCall = derivedConstructor;
    ctx = c;
    FunctionParts parts = parseFunctionRest(null, false, true, kind);
    ctx = outer;
    return new FunctionExpression(loc(m), null, parts.params, parts.body, generator, async, parts.strict);
  }

  // ---- super, import(), import.meta, templates -----------------------------------------------

  @Override
  final Expression parseSuper() {
    long m = here();
    int at = lx.start();
    next();
    switch (tok) {
      case Tok.LPAREN -> {
        if (!ctx.allowSuperCall) {
          throw error(at, "'super' keyword unexpected here");
        }
      }
      case Tok.DOT, Tok.LBRACKET -> {
        if (!ctx.allowSuperProperty) {
          throw error(at, "'super' keyword unexpected here");
        }
        if (tok == Tok.DOT && lx.peekType() == Tok.PRIVATE_NAME) {
          throw error(at, "Unexpected private field");
        }
      }
      default -> throw error(at, "'super' keyword unexpected here");
    }
    return makeSuper(m);
  }

  @Override
  final Expression parseImportExpression() {
    long m = here();
    next();
    if (tok == Tok.DOT) {
      next();
      if (!(tok == Tok.NAME && lx.contextual() == Tok.C_META)) {
        throw unexpected();
      }
      if (lx.escaped()) {
        throw error(lx.start(), "Keyword must not contain escaped characters");
      }
      Identifier meta = new Identifier(loc(m, offsetOf(m) + 6), "import");
      long pm = here();
      next();
      Identifier prop = new Identifier(loc(pm), "meta");
      if (!module) {
        throw error(offsetOf(m), "Cannot use 'import.meta' outside a module");
      }
      return new MetaProperty(loc(m), meta, prop);
    }
    if (tok != Tok.LPAREN) {
      throw unexpected();
    }
    enter();
    next();
    Expression src = parseAssignment(false, null);
    Expression opts = null;
    if (eat(Tok.COMMA) && tok != Tok.RPAREN) {
      opts = parseAssignment(false, null);
      eat(Tok.COMMA);
    }
    expect(Tok.RPAREN);
    exit();
    return new ImportExpression(loc(m), src, opts);
  }

  @Override
  final Expression parseTemplateTail(long m, Expression tag) {
    return parseTemplate(false);
  }
}
