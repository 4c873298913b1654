package dev.islet.parser;

import dev.islet.ast.BlockStatement;
import dev.islet.ast.BreakStatement;
import dev.islet.ast.CatchClause;
import dev.islet.ast.ClassDeclaration;
import dev.islet.ast.ContinueStatement;
import dev.islet.ast.DebuggerStatement;
import dev.islet.ast.DoWhileStatement;
import dev.islet.ast.EmptyStatement;
import dev.islet.ast.Expression;
import dev.islet.ast.ExpressionStatement;
import dev.islet.ast.ForInOfLeft;
import dev.islet.ast.ForInStatement;
import dev.islet.ast.ForInit;
import dev.islet.ast.ForOfStatement;
import dev.islet.ast.ForStatement;
import dev.islet.ast.FunctionDeclaration;
import dev.islet.ast.Identifier;
import dev.islet.ast.IfStatement;
import dev.islet.ast.LabeledStatement;
import dev.islet.ast.ModuleItem;
import dev.islet.ast.Pattern;
import dev.islet.ast.ReturnStatement;
import dev.islet.ast.SequenceExpression;
import dev.islet.ast.Statement;
import dev.islet.ast.StringLiteral;
import dev.islet.ast.SwitchCase;
import dev.islet.ast.SwitchStatement;
import dev.islet.ast.ThrowStatement;
import dev.islet.ast.TryStatement;
import dev.islet.ast.VariableDeclaration;
import dev.islet.ast.VariableDeclarator;
import dev.islet.ast.VariableKind;
import dev.islet.ast.WhileStatement;
import dev.islet.ast.WithStatement;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.List;

/** Statements and declarations (https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations). */
abstract class StatementParser extends ClassParser {
  StatementParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  /** Import/export declaration at module top level; null for {@code import(…)}/{@code import.meta}; errors elsewhere. */
  abstract ModuleItem parseModuleItemOrNull();

  @Override
  final void parseStatementList(ArrayList<Statement> out, boolean directives, boolean simpleParams) {
    parseItems(out, directives, simpleParams);
  }

  /**
   * The statement-list loop. Module items are only produced at module top level, where the caller
   * passes a list of ModuleItems (Statement is a ModuleItem).
   */
  @SuppressWarnings("unchecked")
  final void parseItems(ArrayList<? extends ModuleItem> items, boolean directives, boolean simpleParams) {
    ArrayList<ModuleItem> out = (ArrayList<ModuleItem>) items;
    boolean prologue = directives;
    int firstOctal = -1;
    while (tok != Tok.RBRACE && tok != Tok.EOF) {
      if (prologue) {
        if (tok != Tok.STRING) {
          prologue = false;
        } else {
          int strStart = lx.start();
          int strEnd = lx.end();
          int octal = lx.legacyOctal();
          Statement st = parseStatementListItem();
          if (st instanceof ExpressionStatement es && es.expression() instanceof StringLiteral sl
              && sl.loc().start() == strStart && sl.loc().end() == strEnd && !isParenthesized(sl)) {
            String raw = lx.text(strStart + 1, strEnd - 1);
            out.add(new ExpressionStatement(es.loc(), sl, raw));
            if (octal >= 0 && firstOctal < 0) {
              firstOctal = octal;
            }
            if (raw.equals("use strict")) {
              if (!simpleParams) {
                throw error(strStart, "Illegal 'use strict' directive in function with non-simple parameter list");
              }
              if (!ctx.strict) {
                ctx.strict = true;
                if (firstOctal >= 0) {
                  throw error(firstOctal, "Octal escape sequences are not allowed in strict mode");
                }
              }
            }
            continue;
          }
          prologue = false;
          out.add(st);
          continue;
        }
      }
      if (tok == Tok.K_IMPORT || tok == Tok.K_EXPORT) {
        ModuleItem mi = parseModuleItemOrNull();
        if (mi != null) {
          out.add(mi);
          continue;
        }
      }
      out.add(parseStatementListItem());
    }
  }

  // ---- statement list items ------------------------------------------------------------------

  final Statement parseStatementListItem() {
    switch (tok) {
      case Tok.K_FUNCTION:
        return parseFunctionStatement(false);
      case Tok.K_CLASS: {
        ClassDeclaration cd = parseClassDeclaration(false);
        declareName(cd.id(), BIND_LEXICAL_NO_LET);
        return cd;
      }
      case Tok.K_CONST: {
        VariableDeclaration d = parseVariableDeclaration(VariableKind.CONST, false, false);
        semicolon();
        return fixEnd(d);
      }
      case Tok.K_EXPORT:
        throw error(lx.start(), "Unexpected token 'export'");
      case Tok.NAME:
        if (!lx.escaped()) {
          switch (lx.contextual()) {
            case Tok.C_LET:
              if (isLetDeclaration()) {
                VariableDeclaration d = parseVariableDeclaration(VariableKind.LET, false, false);
                semicolon();
                return fixEnd(d);
              }
              break;
            case Tok.C_ASYNC: {
              int peek = lx.peekTypeAndNewline();
              if (peek == Tok.K_FUNCTION) {
                return parseFunctionStatement(false);
              }
              break;
            }
            case Tok.C_USING:
              if (isUsingDeclaration()) {
                checkUsingAllowed();
                VariableDeclaration d = parseVariableDeclaration(VariableKind.USING, false, false);
                semicolon();
                return fixEnd(d);
              }
              break;
            case Tok.C_AWAIT:
              if (isAwaitUsingDeclaration()) {
                checkUsingAllowed();
                VariableDeclaration d = parseVariableDeclaration(VariableKind.AWAIT_USING, false, false);
                semicolon();
                return fixEnd(d);
              }
              break;
            default:
              break;
          }
        }
        return parseStatement(0);
      default:
        return parseStatement(0);
    }
  }

  private VariableDeclaration fixEnd(VariableDeclaration d) {
    if (d.loc().end() == lastEnd) {
      return d;
    }
    return new VariableDeclaration(new dev.islet.ast.Loc(d.loc().start(), lastEnd, d.loc().line(), d.loc().column()),
        d.declarations(), d.kind());
  }

  /** {@code let} starts a LexicalDeclaration: followed by an identifier, {@code [} or {@code {}. */
  final boolean isLetDeclaration() {
    int p = lx.peekType();
    return p == Tok.NAME || p == Tok.LBRACKET || p == Tok.LBRACE;
  }

  /** {@code using} [no LineTerminator here] BindingIdentifier. */
  final boolean isUsingDeclaration() {
    int p = lx.peekTypeAndNewline();
    return p == Tok.NAME;
  }

  /** {@code await} [no LT] {@code using} [no LT] BindingIdentifier, where await is a keyword. */
  final boolean isAwaitUsingDeclaration() {
    if (!canAwait()) {
      return false;
    }
    TokenMark m = new TokenMark();
    try {
      next();
      if (!(tok == Tok.NAME && lx.contextual() == Tok.C_USING && !lx.escaped() && !lx.newlineBefore())) {
        return false;
      }
      int p = lx.peekTypeAndNewline();
      return p == Tok.NAME;
    } finally {
      m.restore();
    }
  }

  /** A saved token position for two-token lookahead. */
  private final class TokenMark {
    final dev.islet.lexer.Lexer.Mark mark = lx.mark();
    final int savedTok = tok;
    final int savedLastEnd = lastEnd;

    void restore() {
      lx.reset(mark);
      tok = savedTok;
      lastEnd = savedLastEnd;
    }
  }

  /** {@code using} declarations are not allowed directly in a Script or a switch case. */
  private void checkUsingAllowed() {
    if (ctx.topLevel && scope.varScope && !module) {
      throw error(lx.start(), "Using declaration is not allowed at the top level of a script");
    }
    if (inSwitchCase == scope && inSwitchCase != null) {
      throw error(lx.start(), "Using declaration is not allowed directly in a switch case");
    }
  }

  /** The scope of the switch case block being parsed directly (using declarations are not allowed there). */
  Scope inSwitchCase;

  /** A function declaration in a statement list (or as allowed by Annex B), declared in the current scope. */
  final FunctionDeclaration parseFunctionStatement(boolean nameOptional) {
    FunctionDeclaration fd = parseFunctionDeclaration(nameOptional);
    if (fd.id() != null) {
      boolean plain = !fd.async() && !fd.generator();
      check(scope.declareFunction(fd.id().name(), plain, strict()), fd.id().loc().start());
    }
    return fd;
  }

  // ---- variable declarations -----------------------------------------------------------------

  /** {@code var|let|const|using|await using} declarators; the caller consumes the semicolon. */
  final VariableDeclaration parseVariableDeclaration(VariableKind kind, boolean noIn, boolean forHead) {
    long m = here();
    next();
    if (kind == VariableKind.AWAIT_USING) {
      next();
    }
    ArrayList<VariableDeclarator> decls = new ArrayList<>();
    boolean usingKind = kind == VariableKind.USING || kind == VariableKind.AWAIT_USING;
    int bind = kind == VariableKind.VAR ? BIND_VAR : BIND_LEXICAL_NO_LET;
    while (true) {
      long dm = here();
      Pattern id = usingKind ? parseBindingIdentifier() : parseBindingTarget();
      declarePattern(id, bind);
      Expression init = null;
      if (eat(Tok.ASSIGN)) {
        init = parseAssignment(noIn, null);
      } else if (!(forHead && (tok == Tok.K_IN || isContextual(Tok.C_OF)))) {
        if (kind == VariableKind.CONST || usingKind) {
          throw error(lx.start(), "Missing initializer in " + kind.text() + " declaration");
        }
        if (!(id instanceof Identifier)) {
          throw error(lx.start(), "Missing initializer in destructuring declaration");
        }
      }
      decls.add(new VariableDeclarator(loc(dm), id, init));
      if (!eat(Tok.COMMA)) {
        break;
      }
    }
    return new VariableDeclaration(loc(m), list(decls), kind);
  }

  // ---- statements ----------------------------------------------------------------------------

  /** Flag for parseStatement: the body of an if, with or iteration statement, where IsLabelledFunction must be false. */
  static final int S_NO_LABELLED_FUNCTION = 1;

  /** The Statement production (not declarations, except where Annex B allows functions). */
  final Statement parseStatement(int flags) {
    enter();
    Statement s = parseStatementInner(flags);
    exit();
    return s;
  }

  private Statement parseStatementInner(int flags) {
    long m = here();
    switch (tok) {
      case Tok.LBRACE:
        return parseBlock();
      case Tok.SEMI:
        next();
        return new EmptyStatement(loc(m));
      case Tok.K_VAR: {
        VariableDeclaration d = parseVariableDeclaration(VariableKind.VAR, false, false);
        semicolon();
        return fixEnd(d);
      }
      case Tok.K_IF:
        return parseIf();
      case Tok.K_FOR:
        return parseFor();
      case Tok.K_WHILE: {
        markLoopLabels(lx.start());
        next();
        expect(Tok.LPAREN);
        Expression test = parseExpression(false);
        expect(Tok.RPAREN);
        Statement body = parseLoopBody();
        return new WhileStatement(loc(m), test, body);
      }
      case Tok.K_DO: {
        markLoopLabels(lx.start());
        next();
        Statement body = parseLoopBody();
        expect(Tok.K_WHILE);
        expect(Tok.LPAREN);
        Expression test = parseExpression(false);
        expect(Tok.RPAREN);
        eat(Tok.SEMI); // a semicolon after do-while is always optional
        return new DoWhileStatement(loc(m), body, test);
      }
      case Tok.K_CONTINUE:
      case Tok.K_BREAK:
        return parseBreakContinue();
      case Tok.K_RETURN: {
        if (!ctx.allowReturn) {
          throw error(lx.start(), "Illegal return statement");
        }
        next();
        Expression arg = null;
        if (tok != Tok.SEMI && !canInsertSemicolon()) {
          arg = parseExpression(false);
        }
        semicolon();
        return new ReturnStatement(loc(m), arg);
      }
      case Tok.K_THROW: {
        next();
        if (lx.newlineBefore()) {
          throw error(lastEnd, "Illegal newline after throw");
        }
        Expression arg = parseExpression(false);
        semicolon();
        return new ThrowStatement(loc(m), arg);
      }
      case Tok.K_TRY:
        return parseTry();
      case Tok.K_SWITCH:
        return parseSwitch();
      case Tok.K_WITH: {
        if (strict()) {
          throw error(lx.start(), "Strict mode code may not include a with statement");
        }
        next();
        expect(Tok.LPAREN);
        Expression obj = parseExpression(false);
        expect(Tok.RPAREN);
        Statement body = parseStatement(S_NO_LABELLED_FUNCTION);
        return new WithStatement(loc(m), obj, body);
      }
      case Tok.K_DEBUGGER:
        next();
        semicolon();
        return new DebuggerStatement(loc(m));
      case Tok.K_FUNCTION:
        throw error(lx.start(), strict() ? "In strict mode code, functions can only be declared at top level or inside a block."
            : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
      case Tok.K_CLASS:
        throw unexpected();
      case Tok.K_CONST:
        throw error(lx.start(), "Lexical declaration cannot appear in a single-statement context");
      case Tok.K_IMPORT: {
        int p = lx.peekType();
        if (p != Tok.LPAREN && p != Tok.DOT) {
          throw error(lx.start(), "Cannot use import statement outside a module");
        }
        return parseExpressionStatement(m, flags);
      }
      case Tok.K_EXPORT:
        throw error(lx.start(), module ? "Unexpected token 'export'" : "Unexpected token 'export'");
      case Tok.NAME:
        if (!lx.escaped() && lx.contextual() == Tok.C_LET) {
          int p = lx.peekTypeAndNewline();
          if ((p & 0xFF) == Tok.LBRACKET) {
            throw error(lx.start(), "Lexical declaration cannot appear in a single-statement context");
          }
          if ((p & 0xFF) == Tok.LBRACE && (p & 0x100) == 0 || (p & 0xFF) == Tok.NAME && (p & 0x100) == 0) {
            throw error(lx.start(), "Lexical declaration cannot appear in a single-statement context");
          }
        }
        if (!lx.escaped() && lx.contextual() == Tok.C_ASYNC && lx.peekTypeAndNewline() == Tok.K_FUNCTION) {
          throw error(lx.start(), "Async functions can only be declared at the top level or inside a block.");
        }
        return parseExpressionStatement(m, flags);
      default:
        return parseExpressionStatement(m, flags);
    }
  }

  private Statement parseExpressionStatement(long m, int flags) {
    Expression e = parseExpression(false);
    if (e instanceof Identifier id && tok == Tok.COLON && !isParenthesized(e) && e.loc().start() == offsetOf(m)) {
      return parseLabeled(m, id, flags);
    }
    semicolon();
    return new ExpressionStatement(loc(m), e, null);
  }

  private Statement parseLabeled(long m, Identifier label, int flags) {
    for (Label l : ctx.labels) {
      if (l.name.equals(label.name())) {
        throw error(label.loc().start(), "Label '" + label.name() + "' has already been declared");
      }
    }
    next(); // ':'
    Label l = new Label(label.name(), label.loc().start(), lx.start());
    ctx.labels.add(l);
    Statement body;
    if (tok == Tok.K_FUNCTION) {
      if (strict()) {
        throw error(lx.start(), "In strict mode code, functions can only be declared at top level or inside a block.");
      }
      if ((flags & S_NO_LABELLED_FUNCTION) != 0) {
        throw error(lx.start(), "Labelled function declarations are not allowed as the body of a loop, if or with statement");
      }
      FunctionDeclaration fd = parseFunctionStatement(false);
      if (fd.async() || fd.generator()) {
        throw error(fd.loc().start(), "Generators and async functions cannot be labelled");
      }
      body = fd;
    } else {
      body = parseStatement(flags);
    }
    ctx.labels.remove(ctx.labels.size() - 1);
    return new LabeledStatement(loc(m), label, body);
  }

  /** Marks the labels that directly precede the iteration statement at {@code start} as loop labels. */
  private void markLoopLabels(int start) {
    int s = start;
    for (int i = ctx.labels.size() - 1; i >= 0; i--) {
      Label l = ctx.labels.get(i);
      if (l.statementStart != s) {
        break;
      }
      l.loop = true;
      s = l.labelStart;
    }
  }

  private Statement parseLoopBody() {
    ctx.iterationDepth++;
    ctx.breakableDepth++;
    Statement body = parseStatement(S_NO_LABELLED_FUNCTION);
    ctx.iterationDepth--;
    ctx.breakableDepth--;
    return body;
  }

  private Statement parseBreakContinue() {
    long m = here();
    boolean isBreak = tok == Tok.K_BREAK;
    int kwStart = lx.start();
    next();
    Identifier label = null;
    if (tok == Tok.NAME && !lx.newlineBefore()) {
      label = parseIdentifierReference();
      Label found = null;
      for (Label l : ctx.labels) {
        if (l.name.equals(label.name())) {
          found = l;
        }
      }
      if (found == null) {
        throw error(label.loc().start(), "Undefined label '" + label.name() + "'");
      }
      if (!isBreak && !found.loop) {
        throw error(label.loc().start(), "Illegal continue statement: '" + label.name() + "' does not denote an iteration statement");
      }
    } else if (isBreak ? ctx.breakableDepth == 0 : ctx.iterationDepth == 0) {
      throw error(kwStart, isBreak ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement");
    }
    semicolon();
    return isBreak ? new BreakStatement(loc(m), label) : new ContinueStatement(loc(m), label);
  }

  final BlockStatement parseBlock() {
    long m = here();
    expect(Tok.LBRACE);
    pushScope(false, false);
    ArrayList<Statement> body = new ArrayList<>();
    parseStatementList(body, false, true);
    expect(Tok.RBRACE);
    popScope();
    return new BlockStatement(loc(m), list(body));
  }

  /**
   * {@code if}, with {@code else if} chains parsed in a loop (generated code can chain thousands);
   * the tree still nests each IfStatement in the previous one's alternate.
   */
  private Statement parseIf() {
    ArrayList<Long> marks = new ArrayList<>();
    ArrayList<Expression> tests = new ArrayList<>();
    ArrayList<Statement> consequents = new ArrayList<>();
    Statement alternate = null;
    while (true) {
      marks.add(here());
      next();
      expect(Tok.LPAREN);
      tests.add(parseExpression(false));
      expect(Tok.RPAREN);
      consequents.add(parseIfBody());
      if (!eat(Tok.K_ELSE)) {
        break;
      }
      if (tok != Tok.K_IF) {
        alternate = parseIfBody();
        break;
      }
    }
    int end = lastEnd;
    for (int i = tests.size() - 1; i >= 0; i--) {
      alternate = new IfStatement(loc(marks.get(i), end), tests.get(i), consequents.get(i), alternate);
    }
    return alternate;
  }

  /** Annex B (https://tc39.es/ecma262/#sec-functiondeclarations-in-ifstatement-statement-clauses). */
  private Statement parseIfBody() {
    if (tok == Tok.K_FUNCTION && !strict()) {
      pushScope(false, false);
      FunctionDeclaration fd = parseFunctionStatement(false);
      popScope();
      if (fd.async() || fd.generator()) {
        throw error(fd.loc().start(), "Generators and async functions can only be declared at the top level or inside a block.");
      }
      return fd;
    }
    return parseStatement(S_NO_LABELLED_FUNCTION);
  }

  private Statement parseTry() {
    long m = here();
    next();
    BlockStatement block = parseBlock();
    CatchClause handler = null;
    BlockStatement finalizer = null;
    if (tok == Tok.K_CATCH) {
      long cm = here();
      next();
      pushScope(false, false);
      Pattern param = null;
      if (eat(Tok.LPAREN)) {
        param = parseBindingTarget();
        declarePattern(param, param instanceof Identifier ? BIND_CATCH_SIMPLE : BIND_CATCH_PATTERN);
        expect(Tok.RPAREN);
      }
      long bm = here();
      expect(Tok.LBRACE);
      ArrayList<Statement> body = new ArrayList<>();
      parseStatementList(body, false, true);
      expect(Tok.RBRACE);
      popScope();
      handler = new CatchClause(loc(cm), param, new BlockStatement(loc(bm), list(body)));
    }
    if (eat(Tok.K_FINALLY)) {
      finalizer = parseBlock();
    }
    if (handler == null && finalizer == null) {
      throw error(lx.start(), "Missing catch or finally after try");
    }
    return new TryStatement(loc(m), block, handler, finalizer);
  }

  private Statement parseSwitch() {
    long m = here();
    next();
    expect(Tok.LPAREN);
    Expression disc = parseExpression(false);
    expect(Tok.RPAREN);
    expect(Tok.LBRACE);
    pushScope(false, false);
    Scope savedSwitch = inSwitchCase;
    inSwitchCase = scope;
    ctx.breakableDepth++;
    ArrayList<SwitchCase> cases = new ArrayList<>();
    boolean sawDefault = false;
    while (tok != Tok.RBRACE) {
      long cm = here();
      Expression test = null;
      if (eat(Tok.K_CASE)) {
        test = parseExpression(false);
      } else if (tok == Tok.K_DEFAULT) {
        if (sawDefault) {
          throw error(lx.start(), "More than one default clause in switch statement");
        }
        sawDefault = true;
        next();
      } else {
        throw unexpected();
      }
      expect(Tok.COLON);
      ArrayList<Statement> body = new ArrayList<>();
      while (tok != Tok.K_CASE && tok != Tok.K_DEFAULT && tok != Tok.RBRACE) {
        if (tok == Tok.EOF) {
          throw unexpected();
        }
        body.add(parseStatementListItem());
      }
      cases.add(new SwitchCase(loc(cm), test, list(body)));
    }
    next();
    ctx.breakableDepth--;
    inSwitchCase = savedSwitch;
    popScope();
    return new SwitchStatement(loc(m), disc, list(cases));
  }

  // ---- for -----------------------------------------------------------------------------------

  private Statement parseFor() {
    long m = here();
    markLoopLabels(lx.start());
    next();
    boolean isAwait = false;
    if (tok == Tok.NAME && lx.contextual() == Tok.C_AWAIT) {
      if (!canAwait()) {
        throw unexpected();
      }
      if (lx.escaped()) {
        throw error(lx.start(), "Keyword must not contain escaped characters");
      }
      isAwait = true;
      next();
    }
    expect(Tok.LPAREN);
    pushScope(false, false);
    Scope savedSwitch = inSwitchCase;
    inSwitchCase = null;
    Statement result;
    if (tok == Tok.SEMI) {
      if (isAwait) {
        throw unexpected();
      }
      result = parseForRest(m, null);
    } else {
      VariableKind kind = declarationKindInForHead(isAwait);
      if (kind != null) {
        int declStart = lx.start();
        VariableDeclaration decl = parseVariableDeclaration(kind, true, true);
        boolean isOf = isContextualNoEscape(Tok.C_OF);
        if ((tok == Tok.K_IN || isOf) && decl.declarations().size() == 1) {
          VariableDeclarator d = decl.declarations().get(0);
          boolean using = kind == VariableKind.USING || kind == VariableKind.AWAIT_USING;
          if (d.init() != null) {
            boolean annexB = !isOf && !strict() && kind == VariableKind.VAR && d.id() instanceof Identifier;
            if (!annexB) {
              throw error(declStart, (isOf ? "for-of" : "for-in") + " loop variable declaration may not have an initializer.");
            }
          }
          if (using && !isOf) {
            throw error(declStart, "Using declarations are not allowed in for-in loops");
          }
          if (kind == VariableKind.VAR && isOf) {
            redeclareForOfVar(decl);
          }
          result = parseForInOfRest(m, decl, isOf, isAwait);
        } else {
          if (isAwait || tok == Tok.K_IN || isOf) {
            throw unexpected();
          }
          if (kind == VariableKind.AWAIT_USING || kind == VariableKind.USING) {
            checkUsingInitializers(decl);
          }
          result = parseForRest(m, decl);
        }
      } else {
        boolean startsWithLet = tok == Tok.NAME && lx.contextual() == Tok.C_LET && !lx.escaped();
        boolean startsWithAsync = tok == Tok.NAME && lx.contextual() == Tok.C_ASYNC && !lx.escaped();
        int initStart = lx.start();
        Cover cover = new Cover();
        potentialArrowAt = -1;
        Expression init = parseAssignmentForHead(cover);
        boolean isOf = isContextualNoEscape(Tok.C_OF);
        if (tok == Tok.K_IN || isOf) {
          if (isOf && startsWithLet) {
            throw error(initStart, "The left-hand side of a for-of loop may not be 'let'.");
          }
          if (isOf && startsWithAsync && !isAwait && init instanceof Identifier && !isParenthesized(init)) {
            throw error(initStart, "The left-hand side of a for-of loop may not be 'async'.");
          }
          Pattern target = toAssignable(init, false, false);
          result = parseForInOfRest(m, target, isOf, isAwait);
        } else {
          checkCover(cover);
          if (isAwait) {
            throw unexpected();
          }
          if (tok == Tok.COMMA) {
            ArrayList<Expression> list = new ArrayList<>();
            list.add(init);
            while (eat(Tok.COMMA)) {
              list.add(parseAssignment(true, null));
            }
            init = new SequenceExpression(loc(markOf(init)), list(list));
          }
          result = parseForRest(m, init);
        }
      }
    }
    inSwitchCase = savedSwitch;
    popScope();
    return result;
  }

  private Expression parseAssignmentForHead(Cover cover) {
    if (tok == Tok.LPAREN || tok == Tok.NAME) {
      potentialArrowAt = lx.start();
    }
    return parseAssignment(true, cover);
  }

  /** Which declaration starts a for head, or null for an expression. */
  private VariableKind declarationKindInForHead(boolean isAwait) {
    if (tok == Tok.K_VAR) {
      return VariableKind.VAR;
    }
    if (tok == Tok.K_CONST) {
      return VariableKind.CONST;
    }
    if (tok != Tok.NAME || lx.escaped()) {
      return null;
    }
    switch (lx.contextual()) {
      case Tok.C_LET: {
        int p = lx.peekType();
        return p == Tok.NAME || p == Tok.LBRACKET || p == Tok.LBRACE ? VariableKind.LET : null;
      }
      case Tok.C_USING: {
        int p = lx.peekTypeAndNewline();
        if (p != Tok.NAME) {
          return null;
        }
        // `for (using of …)`: `using` is an identifier unless a binding follows `of`.
        if (lx.peekContextual() == Tok.C_OF) {
          TokenMark mk = new TokenMark();
          try {
            next();
            next();
            // `using [lookahead ≠ of]` in for-in/of heads; `for (using of = x;;)` declares `of`.
            boolean decl = tok == Tok.ASSIGN;
            return decl ? VariableKind.USING : null;
          } finally {
            mk.restore();
          }
        }
        return VariableKind.USING;
      }
      case Tok.C_AWAIT:
        return isAwaitUsingDeclaration() ? VariableKind.AWAIT_USING : null;
      default:
        return null;
    }
  }

  private void checkUsingInitializers(VariableDeclaration decl) {
    for (VariableDeclarator d : decl.declarations()) {
      if (d.init() == null) {
        throw error(d.loc().start(), "Missing initializer in using declaration");
      }
    }
  }

  /** Annex B allows var redeclaring a simple catch parameter, except by for-of. */
  private void redeclareForOfVar(VariableDeclaration decl) {
    ArrayList<Identifier> ids = new ArrayList<>();
    boundIdentifiers(decl.declarations().get(0).id(), ids);
    for (Identifier id : ids) {
      check(Scope.declareVar(scope, id.name(), true), id.loc().start());
    }
  }

  private Statement parseForRest(long m, ForInit init) {
    expect(Tok.SEMI);
    Expression test = tok == Tok.SEMI ? null : parseExpression(false);
    expect(Tok.SEMI);
    Expression update = tok == Tok.RPAREN ? null : parseExpression(false);
    expect(Tok.RPAREN);
    Statement body = parseLoopBody();
    return new ForStatement(loc(m), init, test, update, body);
  }

  private Statement parseForInOfRest(long m, ForInOfLeft left, boolean isOf, boolean isAwait) {
    if (isAwait && !isOf) {
      throw unexpected();
    }
    next();
    Expression right = isOf ? parseAssignment(false, null) : parseExpression(false);
    expect(Tok.RPAREN);
    Statement body = parseLoopBody();
    return isOf ? new ForOfStatement(loc(m), left, right, body, isAwait) : new ForInStatement(loc(m), left, right, body);
  }
}
