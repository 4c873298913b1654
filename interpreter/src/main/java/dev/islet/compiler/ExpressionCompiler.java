package dev.islet.compiler;

import dev.islet.analysis.Analysis;
import dev.islet.analysis.Binding;
import dev.islet.analysis.FunctionInfo;
import dev.islet.analysis.StaticScope;
import dev.islet.ast.*;
import dev.islet.bytecode.EvalSite;
import dev.islet.bytecode.Op;
import dev.islet.bytecode.TemplateSite;
import dev.islet.compiler.CodeBuilder.Label;
import dev.islet.errors.Msg;
import dev.islet.objects.PropertyKey;
import java.util.HashSet;
import java.util.List;

/**
 * Expressions — https://tc39.es/ecma262/#sec-ecmascript-language-expressions. Every call to
 * {@link #expression} pushes exactly one value.
 */
final class ExpressionCompiler {
  private final FunctionCompiler fc;
  private final CodeBuilder code;
  /** The end of the optional chain being compiled, and the stack depth where it started. */
  private Label chainEnd;
  private int chainBase;
  private int templateSites;

  ExpressionCompiler(FunctionCompiler fc) {
    this.fc = fc;
    this.code = fc.code;
  }

  /** NamedEvaluation: the analyser already named anonymous functions and classes. */
  void named(Expression e, String name) {
    expression(e);
  }

  void expression(Expression e) {
    switch (e.type()) {
      case NumberLiteral -> number(((NumberLiteral) e).value());
      case StringLiteral -> code.emit(Op.CONST, code.constant(((StringLiteral) e).value()));
      case BooleanLiteral -> code.emit(((BooleanLiteral) e).value() ? Op.TRUE : Op.FALSE);
      case NullLiteral -> code.emit(Op.NULL);
      case BigIntLiteral -> code.emit(Op.CONST, code.constant(((BigIntLiteral) e).value()));
      case RegExpLiteral -> {
        RegExpLiteral r = (RegExpLiteral) e;
        code.emit(Op.REGEXP, code.constant(new dev.islet.bytecode.RegExpSite(r.pattern(), r.flags())));
      }
      case Identifier -> {
        Identifier id = (Identifier) e;
        if (id.name().equals("undefined") && isGlobalUndefined(id)) {
          code.emit(Op.UNDEFINED);
        } else {
          fc.loadReference(id, id.name(), false);
        }
      }
      case ThisExpression -> thisValue(e);
      case TemplateLiteral -> template((TemplateLiteral) e);
      case TaggedTemplateExpression -> taggedTemplate((TaggedTemplateExpression) e);
      case ArrayExpression -> array((ArrayExpression) e);
      case ObjectExpression -> object((ObjectExpression) e);
      case FunctionExpression, ArrowFunctionExpression -> closure(fc.analysis.functionOf(e));
      case ClassExpression -> {
        ClassExpression c = (ClassExpression) e;
        fc.classes.compileClass(c, c.id() == null ? null : c.id().name());
      }
      case UnaryExpression -> unary((UnaryExpression) e);
      case UpdateExpression -> update((UpdateExpression) e);
      case BinaryExpression -> binary((BinaryExpression) e);
      case LogicalExpression -> logical((LogicalExpression) e);
      case ConditionalExpression -> {
        ConditionalExpression c = (ConditionalExpression) e;
        Label otherwise = new Label();
        Label end = new Label();
        condition(c.test(), otherwise, false);
        expression(c.consequent());
        code.jump(Op.JUMP, end);
        code.bind(otherwise);
        expression(c.alternate());
        code.bind(end);
      }
      case AssignmentExpression -> assignment((AssignmentExpression) e);
      case SequenceExpression -> {
        List<Expression> list = ((SequenceExpression) e).expressions();
        for (int i = 0; i < list.size(); i++) {
          expression(list.get(i));
          if (i < list.size() - 1) {
            code.emit(Op.POP);
          }
        }
      }
      case MemberExpression -> member((MemberExpression) e);
      case ChainExpression -> chain(((ChainExpression) e).expression());
      case CallExpression -> call((CallExpression) e);
      case NewExpression -> newExpression((NewExpression) e);
      case YieldExpression -> yieldExpression((YieldExpression) e);
      case AwaitExpression -> {
        expression(((AwaitExpression) e).argument());
        fc.position(e);
        code.emit(Op.AWAIT);
      }
      case MetaProperty -> {
        MetaProperty m = (MetaProperty) e;
        if (m.meta().name().equals("new")) {
          code.emit(Op.LOAD_NEW_TARGET);
        } else {
          code.emit(Op.IMPORT_META);
        }
      }
      case ImportExpression -> {
        ImportExpression i = (ImportExpression) e;
        expression(i.source());
        if (i.options() != null) {
          expression(i.options());
        } else {
          code.emit(Op.UNDEFINED);
        }
        code.emit(Op.DYNAMIC_IMPORT);
      }
      default -> throw new IllegalStateException("expression " + e.type() + " at " + e.loc());
    }
  }

  /** True when `undefined` here is certainly the global's immutable undefined. */
  private boolean isGlobalUndefined(Identifier id) {
    Analysis.Ref r = fc.analysis.ref(id);
    return r != null && r.binding() == null && !r.dynamic();
  }

  void number(double v) {
    int i = (int) v;
    if (i == v && (i != 0 || Double.doubleToRawLongBits(v) == 0)) {
      // INT boxes at every execution; Integer.valueOf caches only -128..127, so larger ints come
      // from the constant pool as one shared Integer.
      if (i >= -128 && i <= 127) {
        code.emit(Op.INT, i);
      } else {
        code.emit(Op.CONST, code.constant(i));
      }
    } else {
      code.emit(Op.CONST, code.constant(v));
    }
  }

  private void thisValue(Node e) {
    Analysis.Ref r = fc.analysis.ref(e);
    if (r != null && r.binding() != null) {
      fc.loadBinding(r.binding(), true);
    } else if (r != null && r.dynamic()) {
      code.emit(Op.GET_NAME, code.constant("this"));
    } else {
      code.emit(Op.THIS);
    }
  }

  /** Pushes a new closure of {@code f}; a named function expression's own-name scope is made here if captured. */
  void closure(FunctionInfo f) {
    int t = code.constant(f.template);
    StaticScope ns = f.nameScope;
    if (ns != null && ns.needsEnvironment()) {
      StaticScope saved = fc.scope;
      code.emit(Op.PUSH_SCOPE, code.constant(ns.scopeInfo()));
      code.emit(Op.CLOSURE, t);
      Binding b = ns.lookup(f.name);
      code.emit(Op.SET_ENV, 0, b.slot());
      code.emit(Op.POP_SCOPE);
      fc.scope = saved;
      return;
    }
    code.emit(Op.CLOSURE, t);
  }

  // ------------------------------------------------------------------ conditions

  /** Evaluates {@code e} for its truth value and jumps to {@code target} when it equals {@code jumpIf}. */
  void condition(Expression e, Label target, boolean jumpIf) {
    if (e instanceof UnaryExpression u && u.operator() == UnaryOperator.NOT) {
      condition(u.argument(), target, !jumpIf);
      return;
    }
    if (e instanceof LogicalExpression l && l.operator() != LogicalOperator.NULLISH) {
      boolean isAnd = l.operator() == LogicalOperator.AND;
      if (isAnd == !jumpIf) {
        // a && b jumping when false / a || b jumping when true: either side decides.
        condition(l.left(), target, jumpIf);
        condition(l.right(), target, jumpIf);
      } else {
        Label skip = new Label();
        condition(l.left(), skip, !jumpIf);
        condition(l.right(), target, jumpIf);
        code.bind(skip);
      }
      return;
    }
    if (e instanceof BinaryExpression b && (b.operator() == BinaryOperator.EQ || b.operator() == BinaryOperator.NE)
        && (b.right() instanceof NullLiteral || b.left() instanceof NullLiteral)) {
      // x == null / x != null: one nullish test (document.all aside, == null means null or undefined).
      expression(b.right() instanceof NullLiteral ? b.left() : b.right());
      boolean jumpIfNullish = (b.operator() == BinaryOperator.EQ) == jumpIf;
      code.jump(jumpIfNullish ? Op.JUMP_IF_NULLISH_POP : Op.JUMP_IF_NOT_NULLISH_POP, target);
      return;
    }
    expression(e);
    code.jump(jumpIf ? Op.JUMP_IF_TRUE : Op.JUMP_IF_FALSE, target);
  }

  /**
   * Compiles {@code e} for its side effects only (an expression statement): assignments and updates
   * then leave nothing on the stack instead of a value to pop.
   */
  void effect(Expression e) {
    if (e instanceof AssignmentExpression a && a.operator() == AssignmentOperator.ASSIGN) {
      if (a.left() instanceof MemberExpression m && !(m.object() instanceof Super) && !(m.property() instanceof PrivateIdentifier)) {
        int mark = memberReference(m);
        expression(a.right());
        fc.position(a);
        if (mark == REF_FIELD) {
          code.emit(Op.PUT_FIELD, code.constant(propertyKey(m.property())), code.cache());
        } else {
          code.emit(Op.PUT_ELEM);
        }
        return;
      }
      if (a.left() instanceof Identifier id) {
        Analysis.Ref r = fc.analysis.ref(id);
        if (r != null && r.binding() != null && !r.dynamic() && !r.binding().isGlobal() && !r.binding().isCaptured()
            && !r.tdzCheck() && !r.binding().isConst()) {
          named(a.right(), id.name());
          code.emit(Op.PUT_LOCAL, r.binding().register());
          return;
        }
      }
    }
    if (e instanceof UpdateExpression u && u.argument() instanceof Identifier id) {
      Analysis.Ref r = fc.analysis.ref(id);
      if (r != null && r.binding() != null && !r.dynamic() && !r.binding().isGlobal() && !r.binding().isCaptured()
          && !r.tdzCheck() && !r.binding().isConst()) {
        code.emit(u.operator() == UpdateOperator.INCREMENT ? Op.INC_LOCAL : Op.DEC_LOCAL, r.binding().register());
        return;
      }
    }
    expression(e);
    code.emit(Op.POP);
  }

  // ------------------------------------------------------------------ operators

  private void unary(UnaryExpression u) {
    switch (u.operator()) {
      case TYPEOF -> {
        if (u.argument() instanceof Identifier id) {
          fc.loadReference(id, id.name(), true);
        } else {
          expression(u.argument());
        }
        code.emit(Op.TYPEOF);
      }
      case DELETE -> delete(u.argument());
      case VOID -> {
        expression(u.argument());
        code.emit(Op.POP);
        code.emit(Op.UNDEFINED);
      }
      case NOT -> {
        expression(u.argument());
        code.emit(Op.NOT);
      }
      case MINUS -> {
        if (u.argument() instanceof NumberLiteral n) {
          number(-n.value());
        } else {
          expression(u.argument());
          fc.position(u);
          code.emit(Op.NEG);
        }
      }
      case PLUS -> {
        expression(u.argument());
        fc.position(u);
        code.emit(Op.PLUS);
      }
      case BIT_NOT -> {
        expression(u.argument());
        fc.position(u);
        code.emit(Op.BIT_NOT);
      }
      default -> throw new IllegalStateException("unary " + u.operator());
    }
  }

  private void delete(Expression arg) {
    Expression target = arg;
    if (target instanceof ChainExpression c) {
      // delete a?.b: undefined base short-circuits to true.
      Label saved = chainEnd;
      int savedBase = chainBase;
      chainEnd = new Label();
      chainBase = code.depth();
      deleteMember((MemberExpression) c.expression());
      code.bind(chainEnd);
      chainEnd = saved;
      chainBase = savedBase;
      return;
    }
    if (target instanceof MemberExpression m) {
      deleteMember(m);
      return;
    }
    if (target instanceof Identifier id) {
      Analysis.Ref r = fc.analysis.ref(id);
      if (r.dynamic() || r.binding() == null || r.binding().isGlobal()) {
        code.emit(Op.DELETE_NAME, code.constant(id.name()));
      } else {
        code.emit(Op.FALSE);
      }
      return;
    }
    expression(target);
    code.emit(Op.POP);
    code.emit(Op.TRUE);
  }

  private void deleteMember(MemberExpression m) {
    if (m.object() instanceof Super) {
      // delete super.x: GetThisBinding first (a ReferenceError before super() in a derived constructor), then
      // the key, then a ReferenceError for the super reference itself.
      thisValue(m.object());
      code.emit(Op.POP);
      if (m.computed()) {
        expression(m.property());
        code.emit(Op.POP);
      }
      code.emit(Op.THROW_ERROR, Msg.CUSTOM_REFERENCE.ordinal(), code.constant("Unsupported reference to 'super'"));
      code.enterAt(code.depth() + 1);
      return;
    }
    expression(m.object());
    optionalCheck(m.optional(), code.depth() - chainBase);
    if (m.computed()) {
      expression(m.property());
      code.emit(Op.DELETE_ELEM);
    } else {
      code.emit(Op.DELETE_FIELD, code.constant(propertyKey(m.property())));
    }
  }

  private void binary(BinaryExpression b) {
    if (b.operator() == BinaryOperator.IN && b.left() instanceof PrivateIdentifier pi) {
      privateName(pi);
      expression(b.right());
      code.emit(Op.PRIVATE_IN);
      return;
    }
    // Left-nested chains (a+a+…) may be very long: walk the left spine without recursion.
    java.util.ArrayDeque<BinaryExpression> spine = new java.util.ArrayDeque<>();
    Expression x = b;
    while (x instanceof BinaryExpression bx && !(bx.left() instanceof PrivateIdentifier)) {
      spine.push(bx);
      x = bx.left();
    }
    expression(x);
    while (!spine.isEmpty()) {
      BinaryExpression bx = spine.pop();
      expression(bx.right());
      fc.position(bx);
      code.emit(binaryOp(bx.operator()));
    }
  }

  static int binaryOp(BinaryOperator op) {
    return switch (op) {
      case EQ -> Op.EQ;
      case NE -> Op.NE;
      case STRICT_EQ -> Op.STRICT_EQ;
      case STRICT_NE -> Op.STRICT_NE;
      case LT -> Op.LT;
      case LE -> Op.LE;
      case GT -> Op.GT;
      case GE -> Op.GE;
      case SHL -> Op.SHL;
      case SAR -> Op.SAR;
      case SHR -> Op.SHR;
      case ADD -> Op.ADD;
      case SUB -> Op.SUB;
      case MUL -> Op.MUL;
      case DIV -> Op.DIV;
      case MOD -> Op.MOD;
      case EXP -> Op.EXP;
      case BIT_OR -> Op.BIT_OR;
      case BIT_XOR -> Op.BIT_XOR;
      case BIT_AND -> Op.BIT_AND;
      case IN -> Op.IN;
      case INSTANCEOF -> Op.INSTANCEOF;
    };
  }

  private void logical(LogicalExpression l) {
    java.util.ArrayDeque<LogicalExpression> spine = new java.util.ArrayDeque<>();
    Expression x = l;
    while (x instanceof LogicalExpression lx) {
      spine.push(lx);
      x = lx.left();
    }
    expression(x);
    while (!spine.isEmpty()) {
      LogicalExpression lx = spine.pop();
      Label end = new Label();
      int op = switch (lx.operator()) {
        case AND -> Op.JUMP_IF_FALSE_KEEP;
        case OR -> Op.JUMP_IF_TRUE_KEEP;
        case NULLISH -> Op.JUMP_IF_NOT_NULLISH_KEEP;
      };
      code.jump(op, end);
      expression(lx.right());
      code.bind(end);
    }
  }

  /** Annex B: {@code f() = v}, {@code f()++}, {@code for (f() in o)}: the call runs, then a ReferenceError. */
  void callAsTarget(CallExpression c) {
    call(c);
    code.emit(Op.POP);
    code.emit(Op.THROW_ERROR, Msg.INVALID_ASSIGNMENT_TARGET.ordinal(), code.constant(""));
    code.enterAt(code.depth());
  }

  // ------------------------------------------------------------------ assignment and update

  private void assignment(AssignmentExpression a) {
    AssignmentOperator op = a.operator();
    Pattern left = a.left();
    if (op == AssignmentOperator.ASSIGN && left instanceof CallExpression call) {
      callAsTarget(call);
      code.emit(Op.UNDEFINED);
      return;
    }
    if (op == AssignmentOperator.ASSIGN) {
      if (left instanceof Identifier id) {
        int ref = fc.resolveDynamic(id, id.name());
        named(a.right(), id.name());
        fc.position(a);
        if (ref >= 0) {
          code.emit(Op.SET_REF, ref);
        } else {
          fc.storeReference(id, id.name());
        }
      } else if (left instanceof MemberExpression m) {
        int mark = memberReference(m);
        expression(a.right());
        fc.position(a);
        memberStore(m, mark);
      } else {
        expression(a.right());
        code.emit(Op.DUP);
        fc.patterns.assign(left);
      }
      return;
    }
    boolean logical = op == AssignmentOperator.AND || op == AssignmentOperator.OR || op == AssignmentOperator.NULLISH;
    if (left instanceof CallExpression call) {
      callAsTarget(call);
      code.emit(Op.UNDEFINED);
      return;
    }
    if (left instanceof Identifier id) {
      int ref = fc.resolveDynamic(id, id.name());
      if (ref >= 0) {
        dynamicCompoundAssignment(a, id, ref, logical);
        return;
      }
      fc.loadReference(id, id.name(), false);
      if (logical) {
        Label end = new Label();
        code.jump(logicalJump(op), end);
        named(a.right(), id.name());
        fc.storeReference(id, id.name());
        code.bind(end);
        return;
      }
      expression(a.right());
      fc.position(a);
      code.emit(binaryOp(op.binary()));
      fc.storeReference(id, id.name());
      return;
    }
    MemberExpression m = (MemberExpression) left;
    int mark = memberReference(m, true);
    memberDupAndGet(m, mark);
    if (logical) {
      // On short-circuit the reference values below must go: keep the result in a temp.
      Label end = new Label();
      Label skip = new Label();
      code.jump(logicalJump(op), skip);
      expression(a.right());
      memberStore(m, mark);
      code.jump(Op.JUMP, end);
      code.bind(skip);
      int tmp = code.newTemp();
      code.emit(Op.PUT_LOCAL, tmp);
      dropReference(mark);
      code.emit(Op.GET_LOCAL, tmp);
      code.bind(end);
      return;
    }
    expression(a.right());
    fc.position(a);
    code.emit(binaryOp(op.binary()));
    memberStore(m, mark);
  }

  /** {@code x op= v} on a reference resolved at run time (on the stack): ref -> v. */
  private void dynamicCompoundAssignment(AssignmentExpression a, Identifier id, int ref, boolean logical) {
    code.emit(Op.GET_REF, ref);
    if (logical) {
      Label skip = new Label();
      Label end = new Label();
      code.jump(logicalJump(a.operator()), skip);
      named(a.right(), id.name());
      code.emit(Op.SET_REF, ref);
      code.jump(Op.JUMP, end);
      code.bind(skip);
      code.emit(Op.SWAP);
      code.emit(Op.POP);
      code.bind(end);
      return;
    }
    expression(a.right());
    fc.position(a);
    code.emit(binaryOp(a.operator().binary()));
    code.emit(Op.SET_REF, ref);
  }

  private static int logicalJump(AssignmentOperator op) {
    return switch (op) {
      case AND -> Op.JUMP_IF_FALSE_KEEP;
      case OR -> Op.JUMP_IF_TRUE_KEEP;
      default -> Op.JUMP_IF_NOT_NULLISH_KEEP;
    };
  }

  private void update(UpdateExpression u) {
    int op = u.operator() == UpdateOperator.INCREMENT ? Op.INC : Op.DEC;
    boolean prefix = u.prefix();
    if (u.argument() instanceof CallExpression call) {
      callAsTarget(call);
      code.emit(Op.UNDEFINED);
      return;
    }
    if (u.argument() instanceof Identifier id) {
      int ref = fc.resolveDynamic(id, id.name());
      if (ref >= 0) {
        // ref -> ref old -> (postfix: old ref old) -> ... new -> SET_REF
        code.emit(Op.GET_REF, ref);
        code.emit(Op.TO_NUMERIC);
        if (!prefix) {
          code.emit(Op.DUP);
          code.emit(Op.ROT3);
        }
        code.emit(op);
        code.emit(Op.SET_REF, ref);
        if (!prefix) {
          code.emit(Op.POP);
        }
        return;
      }
      fc.loadReference(id, id.name(), false);
      code.emit(Op.TO_NUMERIC);
      if (prefix) {
        code.emit(op);
        fc.storeReference(id, id.name());
      } else {
        code.emit(Op.DUP);
        code.emit(op);
        fc.storeReference(id, id.name());
        code.emit(Op.POP);
      }
      return;
    }
    MemberExpression m = (MemberExpression) u.argument();
    int mark = memberReference(m, true);
    memberDupAndGet(m, mark);
    code.emit(Op.TO_NUMERIC);
    if (prefix) {
      code.emit(op);
      memberStore(m, mark);
      return;
    }
    // Stack: ref… old. Keep old aside, store the new value, answer old.
    int tmp = code.newTemp();
    code.emit(Op.DUP);
    code.emit(Op.PUT_LOCAL, tmp);
    code.emit(op);
    memberStore(m, mark);
    code.emit(Op.POP);
    code.emit(Op.GET_LOCAL, tmp);
  }

  // ------------------------------------------------------------------ member references

  private static final int REF_FIELD = 1;
  private static final int REF_ELEM = 2;
  private static final int REF_PRIVATE = 3;
  private static final int REF_SUPER_FIELD = 4;
  private static final int REF_SUPER_ELEM = 5;

  /** Evaluates the base and key of a member reference for a simple store (the store converts the key). */
  int memberReference(MemberExpression m) {
    return memberReference(m, false);
  }

  /**
   * Evaluates the base (and key) of a member reference; returns its kind for {@link #memberStore}.
   * {@code readToo}: the reference is also read (compound assignment, update), so the base is
   * checked and the key converted once, now, as GetValue orders it.
   */
  int memberReference(MemberExpression m, boolean readToo) {
    if (m.object() instanceof Super) {
      thisValue(m.object());
      code.emit(Op.LOAD_HOME);
      if (m.computed()) {
        expression(m.property());
        return REF_SUPER_ELEM;
      }
      code.emit(Op.CONST, code.constant(PropertyKey.stackForm(propertyKey(m.property()))));
      return REF_SUPER_FIELD;
    }
    expression(m.object());
    if (m.property() instanceof PrivateIdentifier pi) {
      privateName(pi);
      return REF_PRIVATE;
    }
    if (m.computed()) {
      expression(m.property());
      if (readToo) {
        code.emit(Op.KEY_FOR_BASE);
      }
      return REF_ELEM;
    }
    return REF_FIELD;
  }

  private int referenceSize(int kind) {
    return switch (kind) {
      case REF_FIELD -> 1;
      case REF_ELEM, REF_PRIVATE -> 2;
      default -> 3;
    };
  }

  private void dropReference(int kind) {
    for (int i = referenceSize(kind); i > 0; i--) {
      code.emit(Op.POP);
    }
  }

  /** With the reference on the stack, pushes its current value (keeping the reference). */
  private void memberDupAndGet(MemberExpression m, int kind) {
    switch (kind) {
      case REF_FIELD -> {
        code.emit(Op.DUP);
        code.emit(Op.GET_FIELD, code.constant(propertyKey(m.property())), code.cache());
      }
      case REF_ELEM -> {
        code.emit(Op.DUP2);
        code.emit(Op.GET_ELEM);
      }
      case REF_PRIVATE -> {
        code.emit(Op.DUP2);
        code.emit(Op.GET_PRIVATE);
      }
      default -> {
        // this home key: copy all three, then read.
        int t0 = code.newTemp();
        int t1 = code.newTemp();
        int t2 = code.newTemp();
        code.emit(Op.PUT_LOCAL, t2);
        code.emit(Op.PUT_LOCAL, t1);
        code.emit(Op.PUT_LOCAL, t0);
        for (int round = 0; round < 2; round++) {
          code.emit(Op.GET_LOCAL, t0);
          code.emit(Op.GET_LOCAL, t1);
          code.emit(Op.GET_LOCAL, t2);
        }
        code.emit(Op.GET_SUPER);
      }
    }
  }

  /** With the reference and the value on the stack, stores and leaves the value. */
  void memberStore(MemberExpression m, int kind) {
    switch (kind) {
      case REF_FIELD -> code.emit(Op.SET_FIELD, code.constant(propertyKey(m.property())), code.cache());
      case REF_ELEM -> code.emit(Op.SET_ELEM);
      case REF_PRIVATE -> code.emit(Op.SET_PRIVATE);
      default -> code.emit(Op.SET_SUPER);
    }
  }

  /** Pushes a property read of a canonical key from the object on the stack. */
  void getNamed(Object key) {
    if (key instanceof Integer) {
      code.emit(Op.CONST, code.constant(PropertyKey.stackForm(key)));
      code.emit(Op.GET_ELEM);
    } else {
      code.emit(Op.GET_FIELD, code.constant(key), code.cache());
    }
  }

  /** The canonical property key of a non-computed key node. */
  static Object propertyKey(Expression key) {
    if (key instanceof Identifier id) {
      return PropertyKey.ofString(id.name());
    }
    if (key instanceof StringLiteral s) {
      return PropertyKey.ofString(s.value());
    }
    if (key instanceof NumberLiteral n) {
      return PropertyKey.ofString(dev.islet.numconv.NumberToString.toString(n.value()));
    }
    if (key instanceof BigIntLiteral b) {
      return PropertyKey.ofString(b.value().toString());
    }
    throw new IllegalStateException("not a static key: " + key.type());
  }

  void privateName(PrivateIdentifier pi) {
    fc.loadReference(pi, "#" + pi.name(), false);
  }

  private void member(MemberExpression m) {
    if (m.object() instanceof Super) {
      thisValue(m.object());
      code.emit(Op.LOAD_HOME);
      if (m.computed()) {
        expression(m.property());
      } else {
        code.emit(Op.CONST, code.constant(PropertyKey.stackForm(propertyKey(m.property()))));
      }
      fc.position(m);
      code.emit(Op.GET_SUPER);
      return;
    }
    if (m.object() instanceof ThisExpression t && !m.computed() && !(m.property() instanceof PrivateIdentifier)
        && fc.analysis.ref(t) == null && !(propertyKey(m.property()) instanceof Integer)) {
      fc.position(m);
      code.emit(Op.GET_THIS_FIELD, code.constant(propertyKey(m.property())), code.cache());
      return;
    }
    expression(m.object());
    optionalCheck(m.optional(), code.depth() - chainBase);
    fc.position(m);
    if (m.property() instanceof PrivateIdentifier pi) {
      privateName(pi);
      code.emit(Op.GET_PRIVATE);
    } else if (m.computed()) {
      expression(m.property());
      code.emit(Op.GET_ELEM);
    } else {
      getNamed(propertyKey(m.property()));
    }
  }

  /** In an optional chain: jump to the chain's end (result undefined) if the value on top is nullish. */
  private void optionalCheck(boolean optional, int popCount) {
    if (optional) {
      code.jumpIfNullish(chainEnd, popCount);
    }
  }

  private void chain(Expression e) {
    Label saved = chainEnd;
    int savedBase = chainBase;
    chainEnd = new Label();
    chainBase = code.depth();
    expression(e);
    code.bind(chainEnd);
    chainEnd = saved;
    chainBase = savedBase;
  }

  // ------------------------------------------------------------------ calls

  private void call(CallExpression c) {
    Expression callee = c.callee();
    if (callee instanceof Super) {
      superCall(c);
      return;
    }
    if (callee instanceof MemberExpression m) {
      memberCallee(m);
    } else if (callee instanceof ChainExpression ch && ch.expression() instanceof MemberExpression m) {
      // (a?.b)(): the parentheses keep the reference, so the call still gets a as this.
      Label saved = chainEnd;
      int savedBase = chainBase;
      chainEnd = new Label();
      chainBase = code.depth();
      memberCallee(m);
      Label done = new Label();
      code.jump(Op.JUMP, done);
      code.bind(chainEnd);
      code.emit(Op.UNDEFINED);
      code.bind(done);
      chainEnd = saved;
      chainBase = savedBase;
    } else if (callee instanceof Identifier id && fc.analysis.ref(id) != null && fc.analysis.ref(id).dynamic()) {
      code.emit(Op.GET_NAME_CALL, code.constant(id.name()));
    } else {
      code.emit(Op.UNDEFINED);
      expression(callee);
    }
    optionalCheck(c.optional(), code.depth() - chainBase);
    boolean directEval = callee instanceof Identifier id && id.name().equals("eval") && !c.optional();
    fc.position(c);
    arguments(c.arguments(), directEval ? Op.CALL_EVAL : Op.CALL);
  }


  /** Pushes the this value and the function of a method call's callee {@code m}. */
  private void memberCallee(MemberExpression m) {
    if (m.object() instanceof Super) {
      thisValue(m.object());
      code.emit(Op.DUP);
      code.emit(Op.LOAD_HOME);
      if (m.computed()) {
        expression(m.property());
      } else {
        code.emit(Op.CONST, code.constant(PropertyKey.stackForm(propertyKey(m.property()))));
      }
      code.emit(Op.GET_SUPER);
    } else {
      expression(m.object());
      optionalCheck(m.optional(), code.depth() - chainBase);
      if (m.property() instanceof PrivateIdentifier pi) {
        code.emit(Op.DUP);
        privateName(pi);
        code.emit(Op.GET_PRIVATE);
      } else if (m.computed()) {
        expression(m.property());
        code.emit(Op.CALL_METHOD_KEYED);
      } else {
        Object key = propertyKey(m.property());
        if (key instanceof Integer) {
          code.emit(Op.DUP);
          getNamed(key);
        } else {
          code.emit(Op.GET_FIELD_OPT, code.constant(key), code.cache());
        }
      }
    }
  }

  /** Pushes the arguments and emits the call (CALL n, CALL_EVAL n site, or CALL_SPREAD with an array). */
  private void arguments(List<ExpressionOrSpread> args, int op) {
    if (hasSpread(args)) {
      code.emit(Op.NEW_ARRAY, 0);
      for (ExpressionOrSpread a : args) {
        if (a instanceof SpreadElement s) {
          expression(s.argument());
          code.emit(Op.ARRAY_SPREAD);
        } else {
          expression((Expression) a);
          code.emit(Op.ARRAY_PUSH);
        }
      }
      if (op == Op.CALL_EVAL) {
        code.emit(Op.CALL_EVAL, -1, code.constant(evalSite()));
      } else {
        code.emit(op == Op.NEW ? Op.NEW_SPREAD : op == Op.SUPER_CALL ? Op.SUPER_CALL_SPREAD : Op.CALL_SPREAD);
      }
      return;
    }
    for (ExpressionOrSpread a : args) {
      expression((Expression) a);
    }
    if (op == Op.CALL_EVAL) {
      code.emit(Op.CALL_EVAL, args.size(), code.constant(evalSite()));
    } else {
      code.emit(op, args.size());
    }
  }

  private static boolean hasSpread(List<ExpressionOrSpread> args) {
    for (ExpressionOrSpread a : args) {
      if (a instanceof SpreadElement) {
        return true;
      }
    }
    return false;
  }

  /** What a direct eval here may do: its parse permissions and the visible private names. */
  private EvalSite evalSite() {
    FunctionInfo f = fc.info.nonArrow();
    boolean inFunction = f != null && f.hasOwnThis();
    boolean inMethod = false;
    boolean inDerived = false;
    boolean inField = false;
    EvalSite outer = fc.analysis.evalSite;
    if (f != null) {
      inMethod = f.kind == FunctionInfo.Kind.METHOD || f.kind == FunctionInfo.Kind.GETTER || f.kind == FunctionInfo.Kind.SETTER
          || f.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR || f.kind == FunctionInfo.Kind.FIELD_INIT
          || f.kind == FunctionInfo.Kind.STATIC_BLOCK;
      inDerived = f.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && f.derived;
      inField = f.kind == FunctionInfo.Kind.FIELD_INIT;
      if (f.kind == FunctionInfo.Kind.EVAL && outer != null) {
        inFunction = outer.inFunction();
        inMethod = outer.inMethod();
        inDerived = outer.inDerivedConstructor();
        inField = outer.inFieldInitializer();
      }
    }
    HashSet<String> privateNames = new HashSet<>();
    for (StaticScope s = fc.scope; s != null; s = s.parent) {
      if (s.kind == StaticScope.Kind.CLASS) {
        for (Binding b : s.bindings()) {
          if (b.kind == Binding.Kind.PRIVATE_NAME) {
            privateNames.add(b.name.substring(1));
          }
        }
      }
    }
    if (outer != null) {
      privateNames.addAll(outer.privateNames());
    }
    boolean module = fc.info.analysis.root().kind == FunctionInfo.Kind.MODULE;
    return new EvalSite(fc.strict(), inFunction, inMethod, inDerived, inField, module, privateNames);
  }

  /** super(...args): construct the parent, bind this, run the field initializers. */
  private void superCall(CallExpression c) {
    code.emit(Op.LOAD_FUNCTION);
    code.emit(Op.LOAD_NEW_TARGET);
    fc.position(c);
    arguments(c.arguments(), Op.SUPER_CALL);
    Binding thisBinding = derivedThisBinding();
    if (thisBinding != null) {
      code.emit(Op.DUP);
      fc.loadBinding(thisBinding, false);
      code.emit(Op.CHECK_TDZ_INIT);
      fc.storeBinding(thisBinding, true, false);
      code.emit(Op.POP);
    } else {
      // Eval code in a derived constructor: the binding is found by name.
      code.emit(Op.SET_NAME, code.constant("this"));
    }
    code.emit(Op.LOAD_FUNCTION);
    code.emit(Op.SWAP);
    code.emit(Op.INIT_FIELDS);
  }

  private Binding derivedThisBinding() {
    FunctionInfo f = fc.info.nonArrow();
    return f == null ? null : f.thisBinding;
  }

  private void newExpression(NewExpression n) {
    expression(n.callee());
    fc.position(n);
    arguments(n.arguments(), Op.NEW);
  }

  // ------------------------------------------------------------------ literals

  private void template(TemplateLiteral t) {
    List<TemplateElement> quasis = t.quasis();
    code.emit(Op.CONST, code.constant(quasis.get(0).cooked()));
    for (int i = 0; i < t.expressions().size(); i++) {
      expression(t.expressions().get(i));
      code.emit(Op.TO_STRING);
      code.emit(Op.ADD);
      String s = quasis.get(i + 1).cooked();
      if (!s.isEmpty()) {
        code.emit(Op.CONST, code.constant(s));
        code.emit(Op.ADD);
      }
    }
  }

  private void taggedTemplate(TaggedTemplateExpression t) {
    Expression tag = t.tag();
    if (tag instanceof MemberExpression m && !(m.object() instanceof Super)) {
      expression(m.object());
      if (m.property() instanceof PrivateIdentifier pi) {
        code.emit(Op.DUP);
        privateName(pi);
        code.emit(Op.GET_PRIVATE);
      } else if (m.computed()) {
        expression(m.property());
        code.emit(Op.CALL_METHOD_KEYED);
      } else {
        code.emit(Op.GET_FIELD_OPT, code.constant(propertyKey(m.property())), code.cache());
      }
    } else {
      code.emit(Op.UNDEFINED);
      expression(tag);
    }
    List<TemplateElement> quasis = t.quasi().quasis();
    String[] cooked = new String[quasis.size()];
    String[] raw = new String[quasis.size()];
    for (int i = 0; i < cooked.length; i++) {
      cooked[i] = quasis.get(i).cooked();
      raw[i] = quasis.get(i).raw();
    }
    code.emit(Op.TEMPLATE_OBJECT, code.constant(new TemplateSite(templateSiteIndex(t), cooked, raw)));
    for (Expression e : t.quasi().expressions()) {
      expression(e);
    }
    fc.position(t);
    code.emit(Op.CALL, t.quasi().expressions().size() + 1);
  }

  /** A per-function index for each tagged template site. */
  private int templateSiteIndex(TaggedTemplateExpression t) {
    return templateSites++;
  }

  private void array(ArrayExpression a) {
    List<ExpressionOrSpread> elements = a.elements();
    boolean simple = true;
    for (ExpressionOrSpread e : elements) {
      if (e == null || e instanceof SpreadElement) {
        simple = false;
        break;
      }
    }
    if (simple && elements.size() <= 64) {
      for (ExpressionOrSpread e : elements) {
        expression((Expression) e);
      }
      code.emit(Op.NEW_ARRAY, elements.size());
      return;
    }
    code.emit(Op.NEW_ARRAY, 0);
    for (ExpressionOrSpread e : elements) {
      if (e == null) {
        code.emit(Op.ARRAY_HOLE);
      } else if (e instanceof SpreadElement s) {
        expression(s.argument());
        code.emit(Op.ARRAY_SPREAD);
      } else {
        expression((Expression) e);
        code.emit(Op.ARRAY_PUSH);
      }
    }
  }

  private void object(ObjectExpression o) {
    code.emit(Op.NEW_OBJECT);
    for (ObjectMember m : o.properties()) {
      if (m instanceof SpreadElement s) {
        expression(s.argument());
        code.emit(Op.COPY_DATA_PROPS);
        continue;
      }
      Property p = (Property) m;
      if (!p.computed() && p.kind() == PropertyKind.INIT && !p.method() && !p.shorthand() && isProtoKey(p.key())) {
        expression(p.value());
        code.emit(Op.SET_PROTO_LITERAL);
        continue;
      }
      if (p.kind() == PropertyKind.GET || p.kind() == PropertyKind.SET) {
        propertyKeyValue(p.key(), p.computed());
        closure(fc.analysis.functionOf(p.value()));
        code.emit(Op.DEFINE_ACCESSOR, (p.kind() == PropertyKind.GET ? 1 : 2) | 4);
        continue;
      }
      if (p.method()) {
        propertyKeyValue(p.key(), p.computed());
        closure(fc.analysis.functionOf(p.value()));
        code.emit(Op.DEFINE_METHOD, 1);
        continue;
      }
      if (p.computed()) {
        expression(p.key());
        code.emit(Op.TO_PROPERTY_KEY);
        expression(p.value());
        if (isAnonymousFunctionDefinition(p.value())) {
          code.emit(Op.SET_FUNCTION_NAME, 0);
        }
        code.emit(Op.DEFINE_ELEM);
        continue;
      }
      Object key = propertyKey(p.key());
      expression(p.value());
      if (key instanceof Integer) {
        code.emit(Op.CONST, code.constant(key));
        code.emit(Op.SWAP);
        code.emit(Op.DEFINE_ELEM);
      } else {
        code.emit(Op.DEFINE_FIELD, code.constant(key));
      }
    }
  }

  /** SET_FUNCTION_NAME wants (key fn): true for functions/classes whose name comes from a computed key. */
  private static boolean isAnonymousFunctionDefinition(Expression e) {
    return e instanceof FunctionExpression f && f.id() == null || e instanceof ArrowFunctionExpression
        || e instanceof ClassExpression c && c.id() == null;
  }

  private static boolean isProtoKey(Expression key) {
    return key instanceof Identifier id && id.name().equals("__proto__")
        || key instanceof StringLiteral s && s.value().equals("__proto__");
  }

  /** Pushes a property key: the canonical constant, or a computed key after ToPropertyKey. */
  void propertyKeyValue(Expression key, boolean computed) {
    if (computed) {
      expression(key);
      code.emit(Op.TO_PROPERTY_KEY);
    } else {
      code.emit(Op.CONST, code.constant(propertyKey(key)));
    }
  }

  // ------------------------------------------------------------------ generators

  private void yieldExpression(YieldExpression y) {
    if (y.delegate()) {
      yieldStar(y);
      return;
    }
    if (y.argument() != null) {
      expression(y.argument());
    } else {
      code.emit(Op.UNDEFINED);
    }
    if (fc.isAsync()) {
      code.emit(Op.AWAIT);
    }
    fc.position(y);
    code.emit(Op.YIELD);
    resumeDispatch();
  }

  /** After a yield: a return() resumption returns (through finally blocks); throw() was raised in place. */
  private void resumeDispatch() {
    Label next = new Label();
    code.emit(Op.RESUME_MODE);
    code.emit(Op.INT, 2);
    code.emit(Op.STRICT_EQ);
    code.jump(Op.JUMP_IF_FALSE, next);
    if (fc.isAsync()) {
      code.emit(Op.AWAIT);
    }
    fc.emitReturn();
    code.bind(next);
  }

  /** yield* — https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation */
  private void yieldStar(YieldExpression y) {
    boolean async = fc.isAsync();
    expression(y.argument());
    code.emit(async ? Op.GET_ASYNC_ITERATOR : Op.GET_ITERATOR);
    int base = code.depth();
    int received = code.newTemp();
    int mode = code.newTemp();
    code.emit(Op.UNDEFINED);
    code.emit(Op.PUT_LOCAL, received);
    code.emit(Op.INT, 0);
    code.emit(Op.PUT_LOCAL, mode);
    Label loop = new Label();
    Label got = new Label();
    Label notNext = new Label();
    Label ret = new Label();
    Label done = new Label();
    Label yieldIt = new Label();
    code.bind(loop);
    code.emit(Op.GET_LOCAL, mode);
    code.jump(Op.JUMP_IF_TRUE, notNext);
    code.emit(Op.GET_LOCAL, received);
    code.emit(Op.ITER_CALL_NEXT);
    if (async) {
      code.emit(Op.AWAIT);
    }
    code.jump(Op.JUMP, got);
    code.bind(notNext);
    code.emit(Op.GET_LOCAL, mode);
    code.emit(Op.INT, 1);
    code.emit(Op.STRICT_EQ);
    code.jump(Op.JUMP_IF_FALSE, ret);
    // throw(): delegate, or close the inner iterator and fail when it has no throw method.
    code.emit(Op.GET_LOCAL, received);
    code.emit(Op.ITER_CALL_METHOD, code.constant("throw"));
    Label hasThrow = new Label();
    code.jump(Op.JUMP_IF_UNDEFINED, hasThrow);
    if (async) {
      code.emit(Op.AWAIT);
    }
    code.jump(Op.JUMP, got);
    code.bind(hasThrow);
    code.emit(Op.POP);
    if (async) {
      asyncIteratorClose();
    } else {
      code.emit(Op.ITER_CLOSE);
    }
    code.emit(Op.THROW_ERROR, Msg.CUSTOM_TYPE.ordinal(), code.constant("The iterator does not provide a 'throw' method"));
    code.enterAt(base);
    // return(): delegate, or return the received value when there is no return method.
    code.bind(ret);
    code.emit(Op.GET_LOCAL, received);
    code.emit(Op.ITER_CALL_METHOD, code.constant("return"));
    Label hasReturn = new Label();
    Label noReturn = new Label();
    code.jump(Op.JUMP_IF_UNDEFINED, noReturn);
    code.jump(Op.JUMP, hasReturn);
    code.bind(noReturn);
    code.emit(Op.POP);
    code.emit(Op.POP);
    code.emit(Op.POP);
    code.emit(Op.GET_LOCAL, received);
    if (async) {
      code.emit(Op.AWAIT);
    }
    fc.emitReturn();
    code.enterAt(base + 1);
    code.bind(hasReturn);
    if (async) {
      code.emit(Op.AWAIT);
    }
    code.emit(Op.CHECK_OBJECT, code.constant("Iterator result"));
    code.emit(Op.ITER_RESULT_DONE);
    code.jump(Op.JUMP_IF_FALSE, yieldIt);
    code.emit(Op.ITER_RESULT_VALUE);
    code.emit(Op.PUT_LOCAL, received);
    code.emit(Op.POP);
    code.emit(Op.POP);
    code.emit(Op.GET_LOCAL, received);
    fc.emitReturn();
    code.enterAt(base + 1);
    // next() result.
    code.bind(got);
    code.emit(Op.CHECK_OBJECT, code.constant("Iterator result"));
    code.emit(Op.ITER_RESULT_DONE);
    code.jump(Op.JUMP_IF_TRUE, done);
    code.bind(yieldIt);
    if (async) {
      code.emit(Op.ITER_RESULT_VALUE);
    }
    code.emit(Op.YIELD_RAW);
    code.emit(Op.PUT_LOCAL, received);
    code.emit(Op.RESUME_MODE);
    code.emit(Op.PUT_LOCAL, mode);
    code.jump(Op.LOOP, loop);
    code.bind(done);
    code.emit(Op.ITER_RESULT_VALUE);
    code.emit(Op.ROT3);
    code.emit(Op.POP);
    code.emit(Op.POP);
  }

  /** AsyncIteratorClose for a normal completion, with (iterator next) on the stack: consumes them. */
  void asyncIteratorClose() {
    code.emit(Op.UNDEFINED);
    code.emit(Op.ITER_CALL_METHOD, code.constant("return"));
    Label none = new Label();
    Label end = new Label();
    code.jump(Op.JUMP_IF_UNDEFINED, none);
    code.emit(Op.AWAIT);
    code.emit(Op.CHECK_OBJECT, code.constant("Iterator result"));
    code.bind(none);
    code.emit(Op.POP);
    code.emit(Op.POP);
    code.emit(Op.POP);
    code.bind(end);
  }
}
