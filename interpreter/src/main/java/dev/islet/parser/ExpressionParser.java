package dev.islet.parser;

import dev.islet.ast.ArrowFunctionExpression;
import dev.islet.ast.AssignmentExpression;
import dev.islet.ast.AssignmentOperator;
import dev.islet.ast.AwaitExpression;
import dev.islet.ast.BinaryExpression;
import dev.islet.ast.BinaryOperator;
import dev.islet.ast.CallExpression;
import dev.islet.ast.ChainExpression;
import dev.islet.ast.ConditionalExpression;
import dev.islet.ast.Expression;
import dev.islet.ast.ExpressionOrSpread;
import dev.islet.ast.Identifier;
import dev.islet.ast.LogicalExpression;
import dev.islet.ast.LogicalOperator;
import dev.islet.ast.MemberExpression;
import dev.islet.ast.MetaProperty;
import dev.islet.ast.NewExpression;
import dev.islet.ast.Pattern;
import dev.islet.ast.PrivateIdentifier;
import dev.islet.ast.SequenceExpression;
import dev.islet.ast.SpreadElement;
import dev.islet.ast.Super;
import dev.islet.ast.TaggedTemplateExpression;
import dev.islet.ast.TemplateLiteral;
import dev.islet.ast.UnaryExpression;
import dev.islet.ast.UnaryOperator;
import dev.islet.ast.UpdateExpression;
import dev.islet.ast.UpdateOperator;
import dev.islet.ast.YieldExpression;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators, from the comma down to calls and member accesses
 * (https://tc39.es/ecma262/#sec-ecmascript-language-expressions). Binary operators are parsed by
 * precedence climbing with explicit stacks, so long chains like {@code a+a+…} need no recursion.
 */
abstract class ExpressionParser extends PrimaryParser {
  private static final int PREC_RELATIONAL = 7;

  ExpressionParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  @Override
  final Expression parseExpression(boolean noIn) {
    long m = here();
    Expression e = parseAssignment(noIn, null);
    if (tok != Tok.COMMA) {
      return e;
    }
    ArrayList<Expression> list = new ArrayList<>();
    list.add(e);
    while (eat(Tok.COMMA)) {
      list.add(parseAssignment(noIn, null));
    }
    return new SequenceExpression(loc(m), list(list));
  }

  /** An unparenthesized arrow function: it ends the expression (no operators or calls may follow). */
  final boolean isBareArrow(Expression e, long m) {
    return e instanceof ArrowFunctionExpression && e.loc().start() == offsetOf(m) && !isParenthesized(e);
  }

  @Override
  final Expression parseAssignment(boolean noIn, Cover outer) {
    boolean savedNoIn = inNoIn;
    inNoIn = noIn;
    Expression e = parseAssignmentInner(noIn, outer);
    inNoIn = savedNoIn;
    return e;
  }

  private Expression parseAssignmentInner(boolean noIn, Cover outer) {
    enter();
    if (tok == Tok.NAME && lx.contextual() == Tok.C_YIELD && ctx.generator) {
      Expression y = parseYield(noIn);
      exit();
      return y;
    }
    if (tok == Tok.LPAREN || tok == Tok.NAME) {
      potentialArrowAt = lx.start();
    }
    long m = here();
    Cover own = coverAt(depth);
    Expression left = parseConditional(noIn, own);
    if (Tok.isAssign(tok) && !isBareArrow(left, m)) {
      int op = tok;
      Pattern target;
      if (op == Tok.ASSIGN) {
        target = toAssignable(left, false, false);
        own.clear();
      } else {
        checkCover(own);
        target = simpleTarget(left, "Invalid left-hand side in assignment", op < Tok.OR_ASSIGN);
      }
      next();
      Expression right = parseAssignment(noIn, null);
      exit();
      return new AssignmentExpression(loc(m), assignOp(op), target, right);
    }
    if (outer != null) {
      own.mergeInto(outer);
    } else {
      checkCover(own);
    }
    exit();
    return left;
  }

  private Cover[] covers = new Cover[64];

  /**
   * A cleared Cover for the AssignmentExpression at nesting {@code level}: one per level, reused,
   * since a Cover lives only while its AssignmentExpression is parsed.
   */
  private Cover coverAt(int level) {
    if (level >= covers.length) {
      covers = java.util.Arrays.copyOf(covers, Math.max(level + 1, covers.length * 2));
    }
    Cover c = covers[level];
    if (c == null) {
      c = new Cover();
      covers[level] = c;
    } else {
      c.clear();
    }
    return c;
  }

  /** An Identifier or MemberExpression target (compound assignment, ++, --). */
  final Pattern simpleTarget(Expression e, String message, boolean allowCall) {
    if (allowCall && e instanceof CallExpression call && !strict()) {
      return call; // Annex B: a runtime ReferenceError, not an early error, in sloppy code
    }
    if (e instanceof Identifier id) {
      checkAssignTargetName(id, false);
      return id;
    }
    if (e instanceof MemberExpression me) {
      return me;
    }
    throw error(e.loc().start(), message);
  }

  private Expression parseYield(boolean noIn) {
    if (lx.escaped()) {
      throw error(lx.start(), "Keyword must not contain escaped characters");
    }
    if (ctx.inParams) {
      throw error(lx.start(), "Yield expression not allowed in formal parameter");
    }
    if (yieldPos < 0) {
      yieldPos = lx.start();
    }
    long m = here();
    next();
    if (lx.newlineBefore() || !startsExpression(tok) && tok != Tok.STAR) {
      return new YieldExpression(loc(m), null, false);
    }
    boolean delegate = eat(Tok.STAR);
    Expression arg = parseAssignment(noIn, null);
    return new YieldExpression(loc(m), arg, delegate);
  }

  static boolean startsExpression(int t) {
    switch (t) {
      case Tok.NAME, Tok.PRIVATE_NAME, Tok.STRING, Tok.NUMBER, Tok.BIGINT, Tok.TEMPLATE, Tok.LPAREN,
          Tok.LBRACKET, Tok.LBRACE, Tok.PLUS, Tok.MINUS, Tok.BANG, Tok.TILDE, Tok.INC, Tok.DEC,
          Tok.SLASH, Tok.SLASH_ASSIGN, Tok.K_THIS, Tok.K_NULL, Tok.K_TRUE, Tok.K_FALSE, Tok.K_FUNCTION,
          Tok.K_CLASS, Tok.K_NEW, Tok.K_SUPER, Tok.K_IMPORT, Tok.K_TYPEOF, Tok.K_VOID, Tok.K_DELETE:
        return true;
      default:
        return false;
    }
  }

  private Expression parseConditional(boolean noIn, Cover cover) {
    long m = here();
    Expression test = parseBinary(noIn, cover);
    if (tok != Tok.QUESTION || isBareArrow(test, m)) {
      return test;
    }
    checkCover(cover);
    next();
    Expression consequent = parseAssignment(false, null);
    expect(Tok.COLON);
    Expression alternate = parseAssignment(noIn, null);
    return new ConditionalExpression(loc(m), test, consequent, alternate);
  }

  // ---- binary operators ----------------------------------------------------------------------

  private static int precedence(int t, boolean noIn) {
    switch (t) {
      case Tok.NULLISH, Tok.OR:
        return 1;
      case Tok.AND:
        return 2;
      case Tok.BIT_OR:
        return 3;
      case Tok.BIT_XOR:
        return 4;
      case Tok.BIT_AND:
        return 5;
      case Tok.EQ, Tok.NE, Tok.STRICT_EQ, Tok.STRICT_NE:
        return 6;
      case Tok.LT, Tok.GT, Tok.LE, Tok.GE, Tok.K_INSTANCEOF:
        return 7;
      case Tok.K_IN:
        return noIn ? -1 : 7;
      case Tok.SHL, Tok.SAR, Tok.SHR:
        return 8;
      case Tok.PLUS, Tok.MINUS:
        return 9;
      case Tok.STAR, Tok.SLASH, Tok.PERCENT:
        return 10;
      case Tok.STAR_STAR:
        return 11;
      default:
        return -1;
    }
  }

  private Expression parseBinary(boolean noIn, Cover cover) {
    long m = here();
    Expression left = parseOperand(cover, noIn, -1);
    int prec = precedence(tok, noIn);
    if (prec < 0 || isBareArrow(left, m)) {
      return left;
    }
    checkCover(cover);
    ArrayList<Expression> operands = new ArrayList<>();
    long[] marks = new long[8];
    int[] ops = new int[8];
    int opCount = 0;
    operands.add(left);
    marks[0] = m;
    while ((prec = precedence(tok, noIn)) >= 0) {
      int op = tok;
      while (opCount > 0) {
        int top = precedence(ops[opCount - 1], noIn);
        if (top > prec || top == prec && op != Tok.STAR_STAR) {
          opCount = reduce(operands, marks, ops, opCount);
        } else {
          break;
        }
      }
      if (op == Tok.STAR_STAR) {
        Expression l = operands.get(operands.size() - 1);
        if ((l instanceof UnaryExpression || l instanceof AwaitExpression) && !isParenthesized(l)) {
          throw error(lx.start(), "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
        }
      }
      if (opCount == ops.length) {
        ops = java.util.Arrays.copyOf(ops, opCount * 2);
        marks = java.util.Arrays.copyOf(marks, opCount * 2 + 1);
      }
      ops[opCount++] = op;
      next();
      long rm = here();
      if (operands.size() >= marks.length) {
        marks = java.util.Arrays.copyOf(marks, marks.length * 2);
      }
      marks[operands.size()] = rm;
      operands.add(parseOperand(null, noIn, prec));
    }
    while (opCount > 0) {
      opCount = reduce(operands, marks, ops, opCount);
    }
    return operands.get(0);
  }

  private int reduce(ArrayList<Expression> operands, long[] marks, int[] ops, int opCount) {
    int op = ops[--opCount];
    Expression right = operands.remove(operands.size() - 1);
    int li = operands.size() - 1;
    Expression left = operands.get(li);
    long m = marks[li];
    Expression node;
    if (op == Tok.OR || op == Tok.AND || op == Tok.NULLISH) {
      checkNullishMix(op, left);
      checkNullishMix(op, right);
      LogicalOperator lop = op == Tok.OR ? LogicalOperator.OR : op == Tok.AND ? LogicalOperator.AND : LogicalOperator.NULLISH;
      node = new LogicalExpression(loc(m, right.loc().end()), lop, left, right);
    } else {
      if (left instanceof PrivateIdentifier && op != Tok.K_IN) {
        throw error(left.loc().start(), "Unexpected private name");
      }
      node = new BinaryExpression(loc(m, right.loc().end()), binaryOp(op), left, right);
    }
    operands.set(li, node);
    return opCount;
  }

  /** {@code ??} cannot be mixed with {@code ||} or {@code &&} without parentheses. */
  private void checkNullishMix(int op, Expression operand) {
    if (operand instanceof LogicalExpression le && !isParenthesized(operand)) {
      boolean inner = le.operator() == LogicalOperator.NULLISH;
      if (inner != (op == Tok.NULLISH)) {
        throw error(operand.loc().start(), "Cannot mix ?? with || or && without parentheses");
      }
    }
  }

  /** A binary operand: a unary expression, or {@code #x} directly before {@code in}. */
  private Expression parseOperand(Cover cover, boolean noIn, int leftPrec) {
    if (tok == Tok.PRIVATE_NAME) {
      long m = here();
      String name = lx.value();
      int at = lx.start();
      next();
      if (tok != Tok.K_IN || noIn || leftPrec >= PREC_RELATIONAL) {
        throw error(at, "Unexpected private name");
      }
      usePrivateName(name, at);
      return new PrivateIdentifier(loc(m), name);
    }
    return parseUnary(cover);
  }

  abstract void usePrivateName(String name, int offset);

  // ---- unary and update ----------------------------------------------------------------------

  final Expression parseUnary(Cover cover) {
    long m = here();
    UnaryOperator op;
    switch (tok) {
      case Tok.BANG -> op = UnaryOperator.NOT;
      case Tok.TILDE -> op = UnaryOperator.BIT_NOT;
      case Tok.PLUS -> op = UnaryOperator.PLUS;
      case Tok.MINUS -> op = UnaryOperator.MINUS;
      case Tok.K_TYPEOF -> op = UnaryOperator.TYPEOF;
      case Tok.K_VOID -> op = UnaryOperator.VOID;
      case Tok.K_DELETE -> op = UnaryOperator.DELETE;
      case Tok.INC, Tok.DEC -> {
        boolean inc = tok == Tok.INC;
        enter();
        next();
        long am = here();
        Expression arg = parseUnary(null);
        exit();
        Pattern target = simpleTarget(arg, "Invalid left-hand side expression in prefix operation", true);
        if (isBareArrow(arg, am)) {
          throw error(arg.loc().start(), "Invalid left-hand side expression in prefix operation");
        }
        return new UpdateExpression(loc(m), inc ? UpdateOperator.INCREMENT : UpdateOperator.DECREMENT, (Expression) target, true);
      }
      case Tok.NAME -> {
        if (lx.contextual() == Tok.C_AWAIT && (canAwait() || ctx.inParams && ctx.async)) {
          return parseAwait();
        }
        return parsePostfix(cover);
      }
      default -> {
        return parsePostfix(cover);
      }
    }
    enter();
    next();
    long am = here();
    Expression arg = parseUnary(null);
    exit();
    if (isBareArrow(arg, am)) {
      throw error(lx.start(), "Unexpected token");
    }
    if (op == UnaryOperator.DELETE) {
      checkDelete(arg);
    }
    return new UnaryExpression(loc(m), op, arg);
  }

  private void checkDelete(Expression arg) {
    Expression e = arg;
    if (e instanceof Identifier && strict()) {
      throw error(e.loc().start(), "Delete of an unqualified identifier in strict mode.");
    }
    if (e instanceof ChainExpression ce) {
      e = ce.expression();
    }
    if (e instanceof MemberExpression me && me.property() instanceof PrivateIdentifier) {
      throw error(me.property().loc().start(), "Private fields can not be deleted");
    }
  }

  private Expression parseAwait() {
    if (lx.escaped()) {
      throw error(lx.start(), "Keyword must not contain escaped characters");
    }
    if (ctx.inParams) {
      throw error(lx.start(), "Illegal await-expression in formal parameters of async function");
    }
    if (awaitPos < 0) {
      awaitPos = lx.start();
    }
    long m = here();
    enter();
    next();
    Expression arg = parseUnary(null);
    exit();
    return new AwaitExpression(loc(m), arg);
  }

  private Expression parsePostfix(Cover cover) {
    long m = here();
    Expression e = parseLeftHandSide(cover);
    if ((tok == Tok.INC || tok == Tok.DEC) && !lx.newlineBefore() && !isBareArrow(e, m)) {
      checkCover(cover);
      Pattern target = simpleTarget(e, "Invalid left-hand side expression in postfix operation", true);
      boolean inc = tok == Tok.INC;
      next();
      return new UpdateExpression(loc(m), inc ? UpdateOperator.INCREMENT : UpdateOperator.DECREMENT, (Expression) target, false);
    }
    return e;
  }

  // ---- calls, members, new -------------------------------------------------------------------

  final Expression parseLeftHandSide(Cover cover) {
    long m = here();
    Expression base;
    if (tok == Tok.K_NEW) {
      base = parseNew();
    } else {
      base = parsePrimary(cover);
      if (isBareArrow(base, m)) {
        return base;
      }
    }
    Expression result = parseSubscripts(m, base, false, cover);
    if (result != base) {
      checkCover(cover);
    }
    return result;
  }

  private Expression parseNew() {
    long m = here();
    enter();
    next();
    if (tok == Tok.DOT) {
      next();
      if (!(tok == Tok.NAME && lx.contextual() == Tok.C_TARGET)) {
        throw unexpected();
      }
      if (lx.escaped()) {
        throw error(lx.start(), "Keyword must not contain escaped characters");
      }
      Identifier meta = new Identifier(loc(m, offsetOf(m) + 3), "new");
      long pm = here();
      next();
      Identifier prop = new Identifier(loc(pm), "target");
      if (!ctx.allowNewTarget) {
        throw error(offsetOf(m), "new.target expression is not allowed here");
      }
      exit();
      return new MetaProperty(loc(m), meta, prop);
    }
    if (tok == Tok.K_IMPORT && lx.peekType() != Tok.DOT) {
      throw error(lx.start(), "Cannot use new with import");
    }
    long cm = here();
    Expression callee = tok == Tok.K_NEW ? parseNew() : parsePrimary(null);
    if (isBareArrow(callee, cm)) {
      throw unexpected();
    }
    callee = parseSubscripts(cm, callee, true, null);
    List<ExpressionOrSpread> args = tok == Tok.LPAREN ? parseArguments(null) : List.of();
    exit();
    return new NewExpression(loc(m), callee, args);
  }

  /** Member accesses, calls, optional chains and tagged templates after {@code base}. */
  private Expression parseSubscripts(long m, Expression base, boolean noCalls, Cover cover) {
    Expression e = base;
    boolean chain = false;
    boolean maybeAsyncArrow = !noCalls && base instanceof Identifier id && id.name().equals("async")
        && offsetOf(m) == potentialArrowAt && lastEnd == id.loc().end() && lx.charAtOffset(offsetOf(m)) == 'a';
    while (true) {
      switch (tok) {
        case Tok.DOT -> {
          next();
          Expression name = parseMemberName();
          e = new MemberExpression(loc(m), e, name, false, false);
        }
        case Tok.QUESTION_DOT -> {
          if (noCalls) {
            throw error(lx.start(), "Invalid optional chain from new expression");
          }
          chain = true;
          next();
          if (tok == Tok.LPAREN) {
            List<ExpressionOrSpread> args = parseArguments(null);
            e = new CallExpression(loc(m), e, args, true);
          } else if (tok == Tok.LBRACKET) {
            next();
            Expression prop = parseExpression(false);
            expect(Tok.RBRACKET);
            e = new MemberExpression(loc(m), e, prop, true, true);
          } else if (tok == Tok.TEMPLATE) {
            throw error(lx.start(), "Invalid tagged template on optional chain");
          } else {
            Expression name = parseMemberName();
            e = new MemberExpression(loc(m), e, name, false, true);
          }
        }
        case Tok.LBRACKET -> {
          next();
          Expression prop = parseExpression(false);
          expect(Tok.RBRACKET);
          e = new MemberExpression(loc(m), e, prop, true, false);
        }
        case Tok.LPAREN -> {
          if (noCalls) {
            return chainEnd(m, e, chain);
          }
          if (maybeAsyncArrow && !lx.newlineBefore() && e == base) {
            Expression r = parseAsyncArrowOrCall(m, (Identifier) base);
            if (r instanceof ArrowFunctionExpression) {
              return r;
            }
            e = r;
          } else {
            List<ExpressionOrSpread> args = parseArguments(null);
            e = new CallExpression(loc(m), e, args, false);
          }
        }
        case Tok.TEMPLATE -> {
          if (chain) {
            throw error(lx.start(), "Invalid tagged template on optional chain");
          }
          TemplateLiteral quasi = parseTemplate(true);
          e = new TaggedTemplateExpression(loc(m), e, quasi);
        }
        default -> {
          return chainEnd(m, e, chain);
        }
      }
    }
  }

  private Expression chainEnd(long m, Expression e, boolean chain) {
    return chain ? new ChainExpression(loc(m), e) : e;
  }

  /** The name after {@code .} or {@code ?.}: any IdentifierName or a private name. */
  private Expression parseMemberName() {
    long m = here();
    if (tok == Tok.PRIVATE_NAME) {
      String name = lx.value();
      usePrivateName(name, lx.start());
      next();
      return new PrivateIdentifier(loc(m), name);
    }
    if (tok == Tok.NAME || Tok.isKeyword(tok)) {
      String name = tok == Tok.NAME ? lx.value() : Tok.text(tok);
      next();
      return new Identifier(loc(m), name);
    }
    throw unexpected();
  }

  /** {@code async(…)}: a call, or the head of an async arrow function. */
  private Expression parseAsyncArrowOrCall(long m, Identifier async) {
    int oldYield = yieldPos;
    int oldAwait = awaitPos;
    int oldAwaitIdent = awaitIdentPos;
    yieldPos = -1;
    awaitPos = -1;
    awaitIdentPos = -1;
    Cover cover = new Cover();
    List<ExpressionOrSpread> args = parseArguments(cover);
    if (tok == Tok.ARROW && !lx.newlineBefore()) {
      ArrayList<Expression> params = new ArrayList<>();
      Pattern rest = null;
      for (int i = 0; i < args.size(); i++) {
        ExpressionOrSpread a = args.get(i);
        if (a instanceof SpreadElement s) {
          if (i != args.size() - 1 || spreadWithTrailingComma.containsKey(s)) {
            throw error(s.loc().start(), "Rest parameter must be last formal parameter");
          }
          Pattern target = toAssignable(s.argument(), true, true);
          if (target instanceof dev.islet.ast.AssignmentPattern) {
            throw error(s.loc().start(), "Rest parameter may not have a default initializer");
          }
          rest = new dev.islet.ast.RestElement(s.loc(), target);
        } else {
          params.add((Expression) a);
        }
      }
      if (lastArgsTrailingComma && rest != null) {
        throw error(rest.loc().start(), "Rest parameter must be last formal parameter");
      }
      return parseArrowFunction(m, params, rest, true, oldYield, oldAwait, oldAwaitIdent);
    }
    checkCover(cover);
    yieldPos = oldYield >= 0 ? oldYield : yieldPos;
    awaitPos = oldAwait >= 0 ? oldAwait : awaitPos;
    awaitIdentPos = oldAwaitIdent >= 0 ? oldAwaitIdent : awaitIdentPos;
    return new CallExpression(loc(m), async, args, false);
  }

  private boolean lastArgsTrailingComma;

  /** {@code ( args )} with spreads and an optional trailing comma. */
  final List<ExpressionOrSpread> parseArguments(Cover cover) {
    enter();
    expect(Tok.LPAREN);
    lastArgsTrailingComma = false;
    if (tok == Tok.RPAREN) {
      next();
      exit();
      return List.of();
    }
    ArrayList<ExpressionOrSpread> args = new ArrayList<>();
    while (tok != Tok.RPAREN) {
      if (tok == Tok.ELLIPSIS) {
        long sm = here();
        next();
        Expression arg = parseAssignment(false, cover);
        SpreadElement s = new SpreadElement(loc(sm), arg);
        if (tok == Tok.COMMA) {
          spreadWithTrailingComma.put(s, Boolean.TRUE);
        }
        args.add(s);
      } else {
        args.add(parseAssignment(false, cover));
      }
      if (tok != Tok.RPAREN) {
        expect(Tok.COMMA);
        if (tok == Tok.RPAREN) {
          lastArgsTrailingComma = true;
        }
      }
    }
    boolean trailing = lastArgsTrailingComma;
    next();
    exit();
    lastArgsTrailingComma = trailing;
    return list(args);
  }

  // ---- operator enums ------------------------------------------------------------------------

  static AssignmentOperator assignOp(int t) {
    return switch (t) {
      case Tok.ASSIGN -> AssignmentOperator.ASSIGN;
      case Tok.PLUS_ASSIGN -> AssignmentOperator.ADD;
      case Tok.MINUS_ASSIGN -> AssignmentOperator.SUB;
      case Tok.STAR_ASSIGN -> AssignmentOperator.MUL;
      case Tok.SLASH_ASSIGN -> AssignmentOperator.DIV;
      case Tok.PERCENT_ASSIGN -> AssignmentOperator.MOD;
      case Tok.STAR_STAR_ASSIGN -> AssignmentOperator.EXP;
      case Tok.SHL_ASSIGN -> AssignmentOperator.SHL;
      case Tok.SAR_ASSIGN -> AssignmentOperator.SAR;
      case Tok.SHR_ASSIGN -> AssignmentOperator.SHR;
      case Tok.BIT_OR_ASSIGN -> AssignmentOperator.BIT_OR;
      case Tok.BIT_XOR_ASSIGN -> AssignmentOperator.BIT_XOR;
      case Tok.BIT_AND_ASSIGN -> AssignmentOperator.BIT_AND;
      case Tok.OR_ASSIGN -> AssignmentOperator.OR;
      case Tok.AND_ASSIGN -> AssignmentOperator.AND;
      case Tok.NULLISH_ASSIGN -> AssignmentOperator.NULLISH;
      default -> throw new IllegalStateException("not an assignment operator: " + t);
    };
  }

  static BinaryOperator binaryOp(int t) {
    return switch (t) {
      case Tok.EQ -> BinaryOperator.EQ;
      case Tok.NE -> BinaryOperator.NE;
      case Tok.STRICT_EQ -> BinaryOperator.STRICT_EQ;
      case Tok.STRICT_NE -> BinaryOperator.STRICT_NE;
      case Tok.LT -> BinaryOperator.LT;
      case Tok.LE -> BinaryOperator.LE;
      case Tok.GT -> BinaryOperator.GT;
      case Tok.GE -> BinaryOperator.GE;
      case Tok.SHL -> BinaryOperator.SHL;
      case Tok.SAR -> BinaryOperator.SAR;
      case Tok.SHR -> BinaryOperator.SHR;
      case Tok.PLUS -> BinaryOperator.ADD;
      case Tok.MINUS -> BinaryOperator.SUB;
      case Tok.STAR -> BinaryOperator.MUL;
      case Tok.SLASH -> BinaryOperator.DIV;
      case Tok.PERCENT -> BinaryOperator.MOD;
      case Tok.STAR_STAR -> BinaryOperator.EXP;
      case Tok.BIT_OR -> BinaryOperator.BIT_OR;
      case Tok.BIT_XOR -> BinaryOperator.BIT_XOR;
      case Tok.BIT_AND -> BinaryOperator.BIT_AND;
      case Tok.K_IN -> BinaryOperator.IN;
      case Tok.K_INSTANCEOF -> BinaryOperator.INSTANCEOF;
      default -> throw new IllegalStateException("not a binary operator: " + t);
    };
  }

  final Super makeSuper(long m) {
    return new Super(loc(m));
  }
}
