package dev.islet.parser;

import dev.islet.ast.ArrayExpression;
import dev.islet.ast.AssignmentExpression;
import dev.islet.ast.AssignmentOperator;
import dev.islet.ast.BigIntLiteral;
import dev.islet.ast.BooleanLiteral;
import dev.islet.ast.Expression;
import dev.islet.ast.ExpressionOrSpread;
import dev.islet.ast.FunctionExpression;
import dev.islet.ast.Identifier;
import dev.islet.ast.Loc;
import dev.islet.ast.NullLiteral;
import dev.islet.ast.NumberLiteral;
import dev.islet.ast.ObjectExpression;
import dev.islet.ast.ObjectMember;
import dev.islet.ast.Pattern;
import dev.islet.ast.Property;
import dev.islet.ast.PropertyKind;
import dev.islet.ast.RegExpLiteral;
import dev.islet.ast.SequenceExpression;
import dev.islet.ast.SpreadElement;
import dev.islet.ast.StringLiteral;
import dev.islet.ast.TemplateElement;
import dev.islet.ast.TemplateLiteral;
import dev.islet.ast.ThisExpression;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;

/**
 * Primary expressions (https://tc39.es/ecma262/#sec-primary-expression): literals, identifiers,
 * array and object literals, templates, parenthesized expressions and the arrow-function cover.
 */
abstract class PrimaryParser extends PatternParser {
  // Method kinds for parseMethod.
  static final int M_METHOD = 0;
  static final int M_GET = 1;
  static final int M_SET = 2;
  static final int M_CONSTRUCTOR = 3;

  /** Start offset of a token that may begin an arrow function (the start of an AssignmentExpression). */
  int potentialArrowAt = -1;
  private boolean lastComputed;

  PrimaryParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  abstract Expression parseExpression(boolean noIn);

  abstract Expression parseFunctionExpression();

  abstract Expression parseClassExpression();

  abstract Expression parseArrowFunction(long mark, ArrayList<Expression> params, Pattern rest, boolean async, int oldYield, int oldAwait, int oldAwaitIdent);

  abstract FunctionExpression parseMethod(long mark, int kind, boolean async, boolean generator, boolean classMethod, boolean derivedConstructor);

  abstract Expression parseSuper();

  abstract Expression parseImportExpression();

  abstract Expression parseTemplateTail(long mark, Expression tag);

  // ---- literals ------------------------------------------------------------------------------

  final StringLiteral parseStringLiteral() {
    long m = here();
    if (lx.legacyOctal() >= 0 && strict()) {
      throw error(lx.legacyOctal(), "Octal escape sequences are not allowed in strict mode");
    }
    String v = lx.value();
    next();
    return new StringLiteral(loc(m), v);
  }

  private Expression parseNumberLiteral() {
    long m = here();
    if (lx.legacyOctal() >= 0 && strict()) {
      throw error(lx.start(), lx.charAtOffset(lx.start() + 1) <= '7' && isAllOctal()
          ? "Octal literals are not allowed in strict mode"
          : "Decimals with leading zeros are not allowed in strict mode");
    }
    double v = lx.number();
    next();
    return new NumberLiteral(loc(m), v);
  }

  private boolean isAllOctal() {
    for (int i = lx.start(); i < lx.end(); i++) {
      char c = lx.charAtOffset(i);
      if (c < '0' || c > '7') {
        return false;
      }
    }
    return true;
  }

  private Expression parseRegExp() {
    long m = here();
    lx.rescanAsRegExp();
    String pattern = lx.value();
    String flags = lx.raw();
    String problem = RegExpValidation.validate(pattern, flags);
    if (problem != null) {
      throw error(lx.start(), "Invalid regular expression: /" + pattern + "/" + flags + ": " + problem);
    }
    tok = Tok.REGEXP;
    next();
    return new RegExpLiteral(loc(m), pattern, flags);
  }

  // ---- primary -------------------------------------------------------------------------------

  final Expression parsePrimary(Cover cover) {
    long m = here();
    switch (tok) {
      case Tok.NAME: {
        if (isContextual(Tok.C_ASYNC)) {
          int peek = lx.peekTypeAndNewline();
          if ((peek & 0xFF) == Tok.K_FUNCTION && (peek & 0x100) == 0) {
            return parseFunctionExpression();
          }
        }
        boolean canArrow = lx.start() == potentialArrowAt;
        boolean maybeAsyncArrow = canArrow && isContextual(Tok.C_ASYNC);
        int oldYield = yieldPos;
        int oldAwait = awaitPos;
        int oldAwaitIdent = awaitIdentPos;
        if (maybeAsyncArrow) {
          int peek = lx.peekTypeAndNewline();
          if ((peek & 0xFF) == Tok.NAME && (peek & 0x100) == 0) {
            // async x => ...
            next();
            yieldPos = -1;
            awaitPos = -1;
            awaitIdentPos = -1;
            long pm = here();
            boolean wasAsync = ctx.async;
            ctx.async = true; // the parameter is parsed as in an async function: `await` is reserved
            Identifier param;
            try {
              param = parseBindingIdentifier();
            } finally {
              ctx.async = wasAsync;
            }
            if (tok != Tok.ARROW || lx.newlineBefore()) {
              throw unexpected();
            }
            ArrayList<Expression> params = new ArrayList<>(1);
            params.add(param);
            return parseArrowFunction(m, params, null, true, oldYield, oldAwait, oldAwaitIdent);
          }
        }
        Identifier id = parseIdentifierReference();
        if (canArrow && tok == Tok.ARROW && !lx.newlineBefore()) {
          ArrayList<Expression> params = new ArrayList<>(1);
          params.add(id);
          // A single identifier parameter holds no yield or await expression.
          yieldPos = -1;
          awaitPos = -1;
          return parseArrowFunction(m, params, null, false, oldYield, oldAwait, oldAwaitIdent);
        }
        return id;
      }
      case Tok.K_THIS:
        next();
        return new ThisExpression(loc(m));
      case Tok.K_NULL:
        next();
        return new NullLiteral(loc(m));
      case Tok.K_TRUE:
      case Tok.K_FALSE: {
        boolean v = tok == Tok.K_TRUE;
        next();
        return new BooleanLiteral(loc(m), v);
      }
      case Tok.NUMBER:
        return parseNumberLiteral();
      case Tok.BIGINT: {
        java.math.BigInteger v = lx.bigint();
        next();
        return new BigIntLiteral(loc(m), v);
      }
      case Tok.STRING:
        return parseStringLiteral();
      case Tok.TEMPLATE:
        return parseTemplateTail(m, null);
      case Tok.SLASH:
      case Tok.SLASH_ASSIGN:
        return parseRegExp();
      case Tok.LBRACKET:
        return parseArrayLiteral(cover);
      case Tok.LBRACE:
        return parseObjectLiteral(cover);
      case Tok.LPAREN:
        return parseParenOrArrow();
      case Tok.K_FUNCTION:
        return parseFunctionExpression();
      case Tok.K_CLASS:
        return parseClassExpression();
      case Tok.K_SUPER:
        return parseSuper();
      case Tok.K_IMPORT:
        return parseImportExpression();
      default:
        throw unexpected();
    }
  }

  // ---- array literal -------------------------------------------------------------------------

  private Expression parseArrayLiteral(Cover cover) {
    long m = here();
    enter();
    next();
    ArrayList<ExpressionOrSpread> elements = new ArrayList<>();
    while (tok != Tok.RBRACKET) {
      if (tok == Tok.COMMA) {
        next();
        elements.add(null);
        continue;
      }
      ExpressionOrSpread el;
      if (tok == Tok.ELLIPSIS) {
        long sm = here();
        next();
        Expression arg = parseAssignment(false, cover);
        SpreadElement s = new SpreadElement(loc(sm), arg);
        if (tok == Tok.COMMA) {
          spreadWithTrailingComma.put(s, Boolean.TRUE);
        }
        el = s;
      } else {
        el = parseAssignment(false, cover);
      }
      elements.add(el);
      if (tok != Tok.RBRACKET) {
        expect(Tok.COMMA);
      }
    }
    next();
    exit();
    return new ArrayExpression(loc(m), list(elements));
  }

  // ---- object literal ------------------------------------------------------------------------

  private Expression parseObjectLiteral(Cover cover) {
    long m = here();
    enter();
    next();
    ArrayList<ObjectMember> props = new ArrayList<>();
    boolean sawProto = false;
    while (tok != Tok.RBRACE) {
      if (tok == Tok.ELLIPSIS) {
        long sm = here();
        next();
        Expression arg = parseAssignment(false, null);
        SpreadElement s = new SpreadElement(loc(sm), arg);
        if (tok == Tok.COMMA) {
          spreadWithTrailingComma.put(s, Boolean.TRUE);
        }
        props.add(s);
      } else {
        Property p = parseObjectProperty(cover);
        if (p.kind() == PropertyKind.INIT && !p.computed() && !p.method() && !p.shorthand() && isProtoKey(p.key())) {
          if (sawProto) {
            if (cover == null) {
              throw error(p.key().loc().start(), "Duplicate __proto__ fields are not allowed in object literals");
            }
            if (cover.doubleProto < 0) {
              cover.doubleProto = p.key().loc().start();
            }
          }
          sawProto = true;
        }
        props.add(p);
      }
      if (tok != Tok.RBRACE) {
        expect(Tok.COMMA);
      }
    }
    next();
    exit();
    return new ObjectExpression(loc(m), list(props));
  }

  private static boolean isProtoKey(Expression key) {
    return key instanceof Identifier id && id.name().equals("__proto__")
        || key instanceof StringLiteral s && s.value().equals("__proto__");
  }

  private Property parseObjectProperty(Cover cover) {
    long m = here();
    boolean async = false;
    boolean generator = false;
    int kind = -1;
    if (tok == Tok.NAME && !lx.escaped()) {
      int c = lx.contextual();
      if (c == Tok.C_ASYNC || c == Tok.C_GET || c == Tok.C_SET) {
        int peek = lx.peekTypeAndNewline();
        int pt = peek & 0xFF;
        boolean isName = pt != Tok.COMMA && pt != Tok.COLON && pt != Tok.LPAREN && pt != Tok.RBRACE && pt != Tok.ASSIGN;
        if (isName && !(c == Tok.C_ASYNC && (peek & 0x100) != 0)) {
          next();
          if (c == Tok.C_ASYNC) {
            async = true;
            kind = M_METHOD;
          } else {
            kind = c == Tok.C_GET ? M_GET : M_SET;
          }
        }
      }
    }
    if (tok == Tok.STAR && kind != M_GET && kind != M_SET) {
      next();
      generator = true;
      kind = M_METHOD;
    }
    boolean nameToken = tok == Tok.NAME;
    String name = lx.value();
    int ctxCode = lx.contextual();
    int escKw = lx.escapedKeyword();
    int nameStart = lx.start();
    Expression key = parsePropertyName();
    boolean computed = lastComputed;
    if (kind < 0 && tok == Tok.LPAREN) {
      kind = M_METHOD;
    }
    if (kind >= 0) {
      FunctionExpression fn = parseMethod(m, kind, async, generator, false, false);
      PropertyKind pk = kind == M_GET ? PropertyKind.GET : kind == M_SET ? PropertyKind.SET : PropertyKind.INIT;
      return new Property(loc(m), pk, key, fn, computed, kind == M_METHOD, false);
    }
    if (tok == Tok.COLON) {
      next();
      Expression value = parseAssignment(false, cover);
      return new Property(loc(m), PropertyKind.INIT, key, value, computed, false, false);
    }
    // Shorthand: IdentifierReference, or CoverInitializedName `a = 1` (patterns only).
    if (!nameToken || computed) {
      throw unexpected();
    }
    checkIdentifier(name, ctxCode, escKw, nameStart, false);
    Identifier id = (Identifier) key;
    Expression value = id;
    if (tok == Tok.ASSIGN) {
      if (cover == null) {
        throw error(lx.start(), "Invalid shorthand property initializer");
      }
      if (cover.shorthandAssign < 0) {
        cover.shorthandAssign = lx.start();
      }
      next();
      Expression init = parseAssignment(false, null);
      value = new AssignmentExpression(loc(m), AssignmentOperator.ASSIGN, id, init);
    }
    return new Property(loc(m), PropertyKind.INIT, key, value, false, false, true);
  }

  /** PropertyName (https://tc39.es/ecma262/#prod-PropertyName): an identifier name, string, number or {@code [expr]}. */
  @Override
  final Expression parsePropertyName() {
    long m = here();
    lastComputed = false;
    switch (tok) {
      case Tok.STRING:
        return parseStringLiteral();
      case Tok.NUMBER:
        return parseNumberLiteral();
      case Tok.BIGINT: {
        java.math.BigInteger v = lx.bigint();
        next();
        return new BigIntLiteral(loc(m), v);
      }
      case Tok.LBRACKET: {
        next();
        Expression e = parseAssignment(false, null);
        expect(Tok.RBRACKET);
        lastComputed = true;
        return e;
      }
      case Tok.NAME: {
        String name = lx.value();
        next();
        return new Identifier(loc(m), name);
      }
      default:
        if (Tok.isKeyword(tok)) {
          String name = Tok.text(tok);
          next();
          return new Identifier(loc(m), name);
        }
        throw unexpected();
    }
  }

  @Override
  final boolean lastPropertyNameComputed() {
    return lastComputed;
  }

  // ---- templates -----------------------------------------------------------------------------

  /** A template literal starting at the current TEMPLATE token; tagged when {@code tagged}. */
  final TemplateLiteral parseTemplate(boolean tagged) {
    long m = here();
    ArrayList<TemplateElement> quasis = new ArrayList<>();
    ArrayList<Expression> exprs = new ArrayList<>();
    while (true) {
      if (tok != Tok.TEMPLATE) {
        throw unexpected();
      }
      if (!tagged && lx.templateErrorPos() >= 0) {
        throw error(lx.templateErrorPos(), lx.templateError());
      }
      boolean tail = lx.templateTail();
      int s = lx.start() + 1;
      int e = lx.end() - (tail ? 1 : 2);
      quasis.add(new TemplateElement(new Loc(s, e, lx.line(), lx.column() + 1), lx.value(), lx.raw(), tail));
      if (tail) {
        next();
        break;
      }
      next();
      enter();
      exprs.add(parseExpression(false));
      exit();
      if (tok != Tok.RBRACE) {
        throw unexpected();
      }
      lx.rescanAsTemplateContinuation();
      tok = lx.type();
    }
    return new TemplateLiteral(loc(m), list(quasis), list(exprs));
  }

  // ---- parentheses and arrow parameters ------------------------------------------------------

  private Expression parseParenOrArrow() {
    long m = here();
    boolean canArrow = lx.start() == potentialArrowAt;
    enter();
    next();
    int oldYield = yieldPos;
    int oldAwait = awaitPos;
    int oldAwaitIdent = awaitIdentPos;
    yieldPos = -1;
    awaitPos = -1;
    awaitIdentPos = -1;
    Cover inner = new Cover();
    ArrayList<Expression> exprs = new ArrayList<>();
    Pattern rest = null;
    int restPos = -1;
    int trailingComma = -1;
    long firstMark = here();
    while (tok != Tok.RPAREN) {
      if (tok == Tok.ELLIPSIS) {
        restPos = lx.start();
        long rm = here();
        next();
        Pattern target = parseBindingTarget();
        if (tok == Tok.ASSIGN) {
          throw error(lx.start(), "Rest parameter may not have a default initializer");
        }
        rest = new dev.islet.ast.RestElement(loc(rm), target);
        if (tok == Tok.COMMA) {
          throw error(lx.start(), "Rest parameter must be last formal parameter");
        }
        break;
      }
      exprs.add(parseAssignment(false, inner));
      if (tok != Tok.COMMA) {
        break;
      }
      int commaAt = lx.start();
      next();
      if (tok == Tok.RPAREN) {
        trailingComma = commaAt;
      }
    }
    int innerEnd = lastEnd;
    expect(Tok.RPAREN);
    exit();
    if (canArrow && tok == Tok.ARROW && !lx.newlineBefore()) {
      return parseArrowFunction(m, exprs, rest, false, oldYield, oldAwait, oldAwaitIdent);
    }
    if (exprs.isEmpty() || restPos >= 0) {
      if (restPos >= 0) {
        throw error(restPos, "Unexpected token '...'");
      }
      throw error(lx.start(), tok == Tok.ARROW ? "Unexpected token '=>'" : "Unexpected token ')'");
    }
    if (trailingComma >= 0) {
      throw error(trailingComma + 1, "Unexpected token ')'");
    }
    checkCover(inner);
    yieldPos = oldYield >= 0 ? oldYield : yieldPos;
    awaitPos = oldAwait >= 0 ? oldAwait : awaitPos;
    awaitIdentPos = oldAwaitIdent >= 0 ? oldAwaitIdent : awaitIdentPos;
    Expression result;
    if (exprs.size() == 1) {
      result = exprs.get(0);
    } else {
      result = new SequenceExpression(loc(firstMark, innerEnd), list(exprs));
    }
    parenthesized.put(result, Boolean.TRUE);
    return result;
  }

  /** Reports deferred cover errors of an expression that stays an expression. */
  final void checkCover(Cover cover) {
    if (cover == null) {
      return;
    }
    if (cover.shorthandAssign >= 0) {
      throw error(cover.shorthandAssign, "Invalid shorthand property initializer");
    }
    if (cover.doubleProto >= 0) {
      throw error(cover.doubleProto, "Duplicate __proto__ fields are not allowed in object literals");
    }
  }
}
