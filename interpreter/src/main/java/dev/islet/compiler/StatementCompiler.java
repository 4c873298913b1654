package dev.islet.compiler;

import dev.islet.analysis.Binding;
import dev.islet.analysis.ScopeAnalyzer;
import dev.islet.analysis.StaticScope;
import dev.islet.ast.*;
import dev.islet.bytecode.Op;
import dev.islet.compiler.CodeBuilder.Label;
import dev.islet.compiler.FunctionCompiler.FinallyControl;
import dev.islet.compiler.FunctionCompiler.IteratorControl;
import dev.islet.compiler.FunctionCompiler.JumpTarget;
import java.util.ArrayList;
import java.util.List;

/** Statements — https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations. */
final class StatementCompiler {
  private final FunctionCompiler fc;
  private final CodeBuilder code;

  StatementCompiler(FunctionCompiler fc) {
    this.fc = fc;
    this.code = fc.code;
  }

  void list(List<? extends Statement> statements) {
    for (Statement s : statements) {
      statement(s, List.of());
    }
  }

  /** Marks the completion value undefined (UpdateEmpty for statements that produce one). */
  private void resetCompletion() {
    if (fc.completion >= 0) {
      code.emit(Op.UNDEFINED);
      code.emit(Op.PUT_LOCAL, fc.completion);
    }
  }

  void statement(Statement s, List<String> labels) {
    fc.position(s);
    switch (s.type()) {
      case ExpressionStatement -> {
        if (fc.completion >= 0) {
          fc.expressions.expression(((ExpressionStatement) s).expression());
          code.emit(Op.PUT_LOCAL, fc.completion);
        } else {
          fc.expressions.effect(((ExpressionStatement) s).expression());
        }
      }
      case VariableDeclaration -> variableDeclaration((VariableDeclaration) s);
      case FunctionDeclaration -> annexBCopy((FunctionDeclaration) s);
      case ClassDeclaration -> {
        ClassDeclaration c = (ClassDeclaration) s;
        fc.classes.compileClass(c, c.id().name());
        fc.initReference(c.id(), c.id().name());
        code.emit(Op.POP);
      }
      case EmptyStatement -> {
        // nothing
      }
      case DebuggerStatement -> code.emit(Op.DEBUGGER);
      case BlockStatement -> {
        resetCompletion();
        block(s, ((BlockStatement) s).body());
      }
      case ReturnStatement -> {
        // emitReturn leaves what follows (unreachable) at the statement's own depth.
        Expression arg = ((ReturnStatement) s).argument();
        if (arg == null) {
          code.emit(Op.UNDEFINED);
        } else {
          fc.expressions.expression(arg);
        }
        fc.emitReturn();
      }
      case ThrowStatement -> {
        fc.expressions.expression(((ThrowStatement) s).argument());
        fc.position(s);
        code.emit(Op.THROW);
      }
      case IfStatement -> ifStatement((IfStatement) s);
      case WhileStatement -> whileStatement((WhileStatement) s, labels);
      case DoWhileStatement -> doWhile((DoWhileStatement) s, labels);
      case ForStatement -> forStatement((ForStatement) s, labels);
      case ForInStatement -> forIn((ForInStatement) s, labels);
      case ForOfStatement -> forOf((ForOfStatement) s, labels);
      case LabeledStatement -> labeled((LabeledStatement) s, labels);
      case BreakStatement -> {
        Identifier l = ((BreakStatement) s).label();
        fc.emitJump(fc.findTarget(l == null ? null : l.name(), false), false);
      }
      case ContinueStatement -> {
        Identifier l = ((ContinueStatement) s).label();
        fc.emitJump(fc.findTarget(l == null ? null : l.name(), true), true);
      }
      case SwitchStatement -> switchStatement((SwitchStatement) s, labels);
      case TryStatement -> tryStatement((TryStatement) s);
      case WithStatement -> withStatement((WithStatement) s);
      default -> throw new IllegalStateException("statement " + s.type());
    }
  }

  // ------------------------------------------------------------------ declarations

  void variableDeclaration(VariableDeclaration d) {
    boolean lexical = d.kind() != VariableKind.VAR;
    for (VariableDeclarator v : d.declarations()) {
      if (v.init() == null) {
        if (lexical) {
          code.emit(Op.UNDEFINED);
          fc.patterns.bind(v.id(), true);
        }
        continue;
      }
      String name = v.id() instanceof Identifier id ? id.name() : null;
      // A var inside with (or next to a sloppy eval) is found before its initializer runs, like any assignment.
      int ref = !lexical && v.id() instanceof Identifier id ? fc.resolveDynamic(id, name) : -1;
      fc.expressions.named(v.init(), name);
      if (ref >= 0) {
        code.emit(Op.SET_REF, ref);
        code.emit(Op.POP);
      } else if (d.kind() == VariableKind.USING || d.kind() == VariableKind.AWAIT_USING) {
        code.emit(Op.ADD_DISPOSABLE, fc.disposables, d.kind() == VariableKind.AWAIT_USING ? 1 : 0);
        fc.patterns.bind(v.id(), true);
      } else {
        fc.patterns.bind(v.id(), lexical);
      }
    }
  }

  /** Annex B.3.3: evaluating a block-level function declaration copies its value to the var binding. */
  private void annexBCopy(FunctionDeclaration f) {
    Binding var = fc.analysis.annexBVarOf(f);
    if (var == null) {
      return;
    }
    Binding block = fc.scope.lookup(f.id().name());
    fc.loadBinding(block, false);
    if (var.isGlobal()) {
      code.emit(Op.SET_GLOBAL, code.constant(var.name), code.cache());
    } else if (var.scope.kind == StaticScope.Kind.EVAL) {
      code.emit(Op.SET_VAR_NAME, code.constant(var.name));
    } else {
      fc.storeBinding(var, true, false);
    }
    code.emit(Op.POP);
  }

  /** Creates the closures of the function declarations directly in {@code body} (hoisting). */
  void hoistFunctions(List<? extends Statement> body) {
    for (Statement st : body) {
      Statement d = st;
      while (d instanceof LabeledStatement l) {
        d = l.body();
      }
      if (d instanceof FunctionDeclaration f) {
        fc.expressions.closure(fc.analysis.functionOf(f));
        Binding b = fc.scope.lookup(f.id().name());
        if (b == null) {
          fc.initReference(f.id(), f.id().name());
        } else {
          fc.storeBinding(b, true, false);
        }
        code.emit(Op.POP);
      }
    }
  }

  /** A block: enters its scope (if any), hoists its functions, compiles its statements. */
  void block(Node node, List<Statement> body) {
    StaticScope s = fc.analysis.scopeOf(node);
    if (s != null) {
      fc.enterScope(s);
      hoistFunctions(body);
    }
    disposing(body, () -> list(body));
    if (s != null) {
      fc.exitScope(s);
    }
  }

  /**
   * Runs {@code inner} (the statements of {@code body}) and, when they declare {@code using} or
   * {@code await using} bindings, disposes those resources however the statements end
   * (DisposeResources — https://tc39.es/ecma262/#sec-disposeresources).
   */
  void disposing(List<? extends Node> body, Runnable inner) {
    int kind = usingKind(body);
    if (kind < 0) {
      inner.run();
      return;
    }
    int saved = fc.disposables;
    int reg = code.newTemp();
    code.emit(Op.NEW_DISPOSABLES, reg);
    fc.disposables = reg;
    withFinally(inner, (typeReg, valueReg) -> {
      code.emit(Op.GET_LOCAL, typeReg);
      code.emit(Op.GET_LOCAL, valueReg);
      if (kind == 1) {
        code.emit(Op.DISPOSE_RESOURCES, 1, reg);
        code.emit(Op.AWAIT);
        code.emit(Op.POP);
      } else {
        code.emit(Op.DISPOSE_RESOURCES, 0, reg);
      }
    });
    fc.disposables = saved;
  }

  /** -1 when {@code body} declares no using bindings, 0 for using only, 1 when some are await using. */
  static int usingKind(List<? extends Node> body) {
    int kind = -1;
    for (Node n : body) {
      if (n instanceof VariableDeclaration v) {
        if (v.kind() == VariableKind.AWAIT_USING) {
          return 1;
        }
        if (v.kind() == VariableKind.USING) {
          kind = 0;
        }
      }
    }
    return kind;
  }

  /** The body of if/loops/labels: a bare function declaration gets its own block (Annex B.3.4). */
  private void body(Statement s, List<String> labels) {
    if (s instanceof FunctionDeclaration f) {
      StaticScope b = fc.analysis.scopeOf(ScopeAnalyzer.wrapperKey(f));
      if (b != null) {
        fc.enterScope(b);
        hoistFunctions(List.of(f));
        statement(f, labels);
        fc.exitScope(b);
        return;
      }
    }
    statement(s, labels);
  }

  // ------------------------------------------------------------------ control flow

  private void ifStatement(IfStatement s) {
    // else-if chains may be very long: compile them in a loop, all branches ending at one label.
    Label end = new Label();
    Statement cur = s;
    while (cur instanceof IfStatement i) {
      resetCompletion();
      Label otherwise = new Label();
      fc.expressions.condition(i.test(), otherwise, false);
      body(i.consequent(), List.of());
      cur = i.alternate();
      if (cur != null) {
        code.jump(Op.JUMP, end);
      }
      code.bind(otherwise);
      if (cur != null && !(cur instanceof IfStatement)) {
        body(cur, List.of());
        cur = null;
      }
    }
    code.bind(end);
  }

  private JumpTarget loopTarget(Label breakLabel, Label continueLabel, List<String> labels) {
    JumpTarget t = new JumpTarget(breakLabel, continueLabel, true, false);
    t.labels = labels;
    fc.push(t);
    return t;
  }

  private void whileStatement(WhileStatement s, List<String> labels) {
    resetCompletion();
    Label head = new Label();
    Label exit = new Label();
    code.bind(head);
    fc.expressions.condition(s.test(), exit, false);
    JumpTarget t = loopTarget(exit, head, labels);
    body(s.body(), List.of());
    fc.pop(t);
    code.jump(Op.LOOP, head);
    code.bind(exit);
  }

  private void doWhile(DoWhileStatement s, List<String> labels) {
    resetCompletion();
    Label top = new Label();
    Label cont = new Label();
    Label exit = new Label();
    code.bind(top);
    JumpTarget t = loopTarget(exit, cont, labels);
    body(s.body(), List.of());
    fc.pop(t);
    code.bind(cont);
    Label done = new Label();
    fc.expressions.condition(s.test(), done, false);
    code.jump(Op.LOOP, top);
    code.bind(done);
    code.bind(exit);
  }

  private void forStatement(ForStatement s, List<String> labels) {
    resetCompletion();
    if (s.init() instanceof VariableDeclaration d && usingKind(List.of(d)) >= 0) {
      // for (using x = …; …; …): the resources are disposed when the whole loop ends.
      StaticScope head = fc.analysis.scopeOf(s);
      fc.enterScope(head);
      disposing(List.of(d), () -> forLoop(s, labels, head, false));
      fc.exitScope(head);
      return;
    }
    forLoop(s, labels, fc.analysis.scopeOf(s), true);
  }

  private void forLoop(ForStatement s, List<String> labels, StaticScope head, boolean enterHead) {
    boolean copies = head != null && head.isPerIteration() && head.needsEnvironment();
    if (head != null && enterHead) {
      fc.enterScope(head);
    }
    if (s.init() instanceof VariableDeclaration d) {
      variableDeclaration(d);
    } else if (s.init() instanceof Expression e) {
      fc.expressions.expression(e);
      code.emit(Op.POP);
    }
    if (copies) {
      code.emit(Op.COPY_SCOPE);
    }
    Label test = new Label();
    Label cont = new Label();
    Label exit = new Label();
    code.bind(test);
    if (s.test() != null) {
      fc.expressions.condition(s.test(), exit, false);
    }
    JumpTarget t = loopTarget(exit, cont, labels);
    body(s.body(), List.of());
    fc.pop(t);
    code.bind(cont);
    if (copies) {
      code.emit(Op.COPY_SCOPE);
    }
    if (s.update() != null) {
      fc.expressions.effect(s.update());
    }
    code.jump(Op.LOOP, test);
    code.bind(exit);
    if (head != null && enterHead) {
      fc.exitScope(head);
    }
  }

  /** The right-hand side of for-in/of, inside the TDZ scope of let/const loop bindings when it has one. */
  private void loopRight(Expression right) {
    StaticScope tdz = fc.analysis.scopeOf(right);
    if (tdz != null) {
      fc.enterScope(tdz);
      fc.expressions.expression(right);
      fc.exitScope(tdz);
    } else {
      fc.expressions.expression(right);
    }
  }

  /** Binds the loop variable (the value on the stack) and compiles the body in the per-iteration scope. */
  private void loopBinding(Statement loop, ForInOfLeft left, Statement body) {
    StaticScope iter = fc.analysis.scopeOf(loop);
    if (iter != null) {
      fc.enterScope(iter);
    }
    if (left instanceof VariableDeclaration d && usingKind(List.of(d)) >= 0) {
      // for (using x of …): each iteration's value is disposed when the iteration ends.
      int tmp = code.newTemp();
      code.emit(Op.PUT_LOCAL, tmp);
      disposing(List.of(d), () -> {
        code.emit(Op.GET_LOCAL, tmp);
        code.emit(Op.ADD_DISPOSABLE, fc.disposables, d.kind() == VariableKind.AWAIT_USING ? 1 : 0);
        fc.patterns.bind(d.declarations().get(0).id(), true);
        body(body, List.of());
      });
    } else {
      if (left instanceof VariableDeclaration d) {
        fc.patterns.bind(d.declarations().get(0).id(), d.kind() != VariableKind.VAR);
      } else {
        fc.patterns.assign((Pattern) left);
      }
      body(body, List.of());
    }
    if (iter != null) {
      fc.exitScope(iter);
    }
  }

  private void forIn(ForInStatement s, List<String> labels) {
    resetCompletion();
    // Annex B: for (var x = init in obj) evaluates the initializer first.
    if (s.left() instanceof VariableDeclaration d && d.declarations().get(0).init() != null) {
      VariableDeclarator v = d.declarations().get(0);
      fc.expressions.named(v.init(), v.id() instanceof Identifier id ? id.name() : null);
      fc.patterns.bind(v.id(), false);
    }
    loopRight(s.right());
    code.emit(Op.FOR_IN_START);
    IteratorControl ic = new IteratorControl(false, false);
    fc.push(ic);
    Label next = new Label();
    Label exit = new Label();
    code.bind(next);
    code.jump(Op.FOR_IN_NEXT, exit);
    JumpTarget t = loopTarget(exit, next, labels);
    loopBinding(s, s.left(), s.body());
    fc.pop(t);
    code.jump(Op.LOOP, next);
    code.bind(exit);
    fc.pop(ic);
    code.emit(Op.POP);
  }

  private void forOf(ForOfStatement s, List<String> labels) {
    resetCompletion();
    loopRight(s.right());
    boolean async = s.await();
    code.emit(async ? Op.GET_ASYNC_ITERATOR : Op.GET_ITERATOR);
    int base = code.depth();
    IteratorControl ic = new IteratorControl(true, async);
    fc.push(ic);
    Label next = new Label();
    Label done = new Label();
    Label brk = new Label();
    Label end = new Label();
    Label handler = new Label();
    code.bind(next);
    if (async) {
      code.emit(Op.ITER_NEXT_RESULT);
      code.emit(Op.AWAIT);
      code.emit(Op.CHECK_OBJECT, code.constant("Iterator result"));
      code.emit(Op.ITER_RESULT_DONE);
      Label notDone = new Label();
      code.jump(Op.JUMP_IF_FALSE, notDone);
      code.emit(Op.POP);
      code.jump(Op.JUMP, done);
      code.bind(notDone);
      code.emit(Op.ITER_RESULT_VALUE);
    } else {
      code.jump(Op.ITER_STEP, done);
    }
    int start = code.pc();
    JumpTarget t = loopTarget(brk, next, labels);
    loopBinding(s, s.left(), s.body());
    fc.pop(t);
    code.jump(Op.LOOP, next);
    int finish = code.pc();
    // An abrupt completion of the body closes the iterator, then rethrows.
    code.handler(start, finish, handler, base);
    code.bind(handler);
    code.enterAt(base + 1);
    code.emit(Op.ROT3);
    if (async) {
      code.emit(Op.ITER_CLOSE_THROW);
    } else {
      code.emit(Op.ITER_CLOSE_THROW);
    }
    code.emit(Op.THROW);
    code.enterAt(base);
    code.bind(brk);
    fc.pop(ic);
    if (async) {
      fc.expressions.asyncIteratorClose();
    } else {
      code.emit(Op.ITER_CLOSE);
    }
    code.jump(Op.JUMP, end);
    code.bind(done);
    code.emit(Op.POP);
    code.emit(Op.POP);
    code.bind(end);
  }

  private void labeled(LabeledStatement s, List<String> outer) {
    List<String> labels = new ArrayList<>(outer);
    labels.add(s.label().name());
    Statement body = s.body();
    if (body instanceof LabeledStatement || body instanceof WhileStatement || body instanceof DoWhileStatement
        || body instanceof ForStatement || body instanceof ForInStatement || body instanceof ForOfStatement) {
      statement(body, labels);
      return;
    }
    Label exit = new Label();
    JumpTarget t = new JumpTarget(exit, null, false, false);
    t.labels = labels;
    fc.push(t);
    body(body, List.of());
    fc.pop(t);
    code.bind(exit);
  }

  private void switchStatement(SwitchStatement s, List<String> labels) {
    resetCompletion();
    fc.expressions.expression(s.discriminant());
    int disc = code.newTemp();
    code.emit(Op.PUT_LOCAL, disc);
    StaticScope block = fc.analysis.scopeOf(s);
    if (block != null) {
      fc.enterScope(block);
      List<Statement> all = new ArrayList<>();
      for (SwitchCase c : s.cases()) {
        all.addAll(c.consequent());
      }
      hoistFunctions(all);
    }
    Label exit = new Label();
    List<Label> bodies = new ArrayList<>();
    Label defaultLabel = null;
    for (SwitchCase c : s.cases()) {
      Label l = new Label();
      bodies.add(l);
      if (c.test() == null) {
        defaultLabel = l;
        continue;
      }
      code.emit(Op.GET_LOCAL, disc);
      fc.expressions.expression(c.test());
      code.emit(Op.STRICT_EQ);
      code.jump(Op.JUMP_IF_TRUE, l);
    }
    code.jump(Op.JUMP, defaultLabel != null ? defaultLabel : exit);
    JumpTarget t = new JumpTarget(exit, null, false, true);
    t.labels = labels;
    fc.push(t);
    for (int i = 0; i < s.cases().size(); i++) {
      code.bind(bodies.get(i));
      list(s.cases().get(i).consequent());
    }
    fc.pop(t);
    code.bind(exit);
    if (block != null) {
      fc.exitScope(block);
    }
  }

  // ------------------------------------------------------------------ try

  private void tryStatement(TryStatement s) {
    resetCompletion();
    if (s.finalizer() == null) {
      tryCatch(s.block(), s.handler());
      return;
    }
    withFinally(() -> {
      if (s.handler() != null) {
        tryCatch(s.block(), s.handler());
      } else {
        block(s.block(), s.block().body());
      }
    }, (typeReg, valueReg) -> block(s.finalizer(), s.finalizer().body()));
  }

  /** The code of a finally part; it may read how the protected part ended (type and value registers). */
  @FunctionalInterface
  interface FinallyBody {
    void emit(int typeRegister, int valueRegister);
  }

  /**
   * try { body } finally { fin }: every way out of {@code body} (normal, throw, return, break,
   * continue) runs {@code fin} first, then goes on as it was going.
   */
  void withFinally(Runnable body, FinallyBody fin) {
    int typeReg = code.newTemp();
    int valueReg = code.newTemp();
    int scopeReg = code.newTemp();
    Label finallyLabel = new Label();
    FinallyControl fcntl = new FinallyControl(typeReg, valueReg, finallyLabel);
    code.emit(Op.SAVE_SCOPE, scopeReg);
    int base = code.depth();
    int start = code.pc();
    fc.push(fcntl);
    body.run();
    fc.pop(fcntl);
    int end = code.pc();
    code.emit(Op.INT, FunctionCompiler.COMPLETION_NORMAL);
    code.emit(Op.PUT_LOCAL, typeReg);
    code.jump(Op.JUMP, finallyLabel);
    Label catchAll = new Label();
    code.handler(start, end, catchAll, base);
    code.bind(catchAll);
    code.enterAt(base + 1);
    code.emit(Op.PUT_LOCAL, valueReg);
    code.emit(Op.INT, FunctionCompiler.COMPLETION_THROW);
    code.emit(Op.PUT_LOCAL, typeReg);
    code.bind(finallyLabel);
    code.emit(Op.RESTORE_SCOPE, scopeReg);
    // The finally block's own completion does not replace the try's value unless abrupt.
    int savedCompletion = fc.completion;
    int completionBackup = -1;
    if (savedCompletion >= 0) {
      completionBackup = code.newTemp();
      code.emit(Op.GET_LOCAL, savedCompletion);
      code.emit(Op.PUT_LOCAL, completionBackup);
    }
    fin.emit(typeReg, valueReg);
    if (completionBackup >= 0) {
      code.emit(Op.GET_LOCAL, completionBackup);
      code.emit(Op.PUT_LOCAL, savedCompletion);
    }
    // Dispatch on how the try (or catch) ended.
    Label normal = new Label();
    code.emit(Op.GET_LOCAL, typeReg);
    code.jump(Op.JUMP_IF_FALSE, normal);
    Label notThrow = new Label();
    code.emit(Op.GET_LOCAL, typeReg);
    code.emit(Op.INT, FunctionCompiler.COMPLETION_THROW);
    code.emit(Op.STRICT_EQ);
    code.jump(Op.JUMP_IF_FALSE, notThrow);
    code.emit(Op.GET_LOCAL, valueReg);
    code.emit(Op.THROW);
    code.bind(notThrow);
    if (fcntl.hasReturn) {
      Label notReturn = new Label();
      code.emit(Op.GET_LOCAL, typeReg);
      code.emit(Op.INT, FunctionCompiler.COMPLETION_RETURN);
      code.emit(Op.STRICT_EQ);
      code.jump(Op.JUMP_IF_FALSE, notReturn);
      code.emit(Op.GET_LOCAL, valueReg);
      fc.emitReturn();
      code.bind(notReturn);
    }
    for (int i = 0; i < fcntl.pending.size(); i++) {
      Object[] p = fcntl.pending.get(i);
      Label skip = new Label();
      code.emit(Op.GET_LOCAL, typeReg);
      code.emit(Op.INT, 3 + i);
      code.emit(Op.STRICT_EQ);
      code.jump(Op.JUMP_IF_FALSE, skip);
      fc.emitJump((JumpTarget) p[0], (Boolean) p[1]);
      code.bind(skip);
    }
    code.bind(normal);
  }

  private void tryCatch(BlockStatement block, CatchClause handler) {
    int scopeReg = code.newTemp();
    code.emit(Op.SAVE_SCOPE, scopeReg);
    int base = code.depth();
    int start = code.pc();
    block(block, block.body());
    int end = code.pc();
    Label after = new Label();
    code.jump(Op.JUMP, after);
    Label catchLabel = new Label();
    code.handler(start, end, catchLabel, base);
    code.bind(catchLabel);
    code.enterAt(base + 1);
    code.emit(Op.RESTORE_SCOPE, scopeReg);
    StaticScope cs = fc.analysis.scopeOf(handler);
    if (cs != null) {
      fc.enterScope(cs);
      fc.patterns.bind(handler.param(), true);
    } else {
      code.emit(Op.POP);
    }
    resetCompletion();
    block(handler.body(), handler.body().body());
    if (cs != null) {
      fc.exitScope(cs);
    }
    code.bind(after);
  }

  private void withStatement(WithStatement s) {
    resetCompletion();
    fc.expressions.expression(s.object());
    code.emit(Op.ENTER_WITH);
    StaticScope ws = fc.analysis.scopeOf(s);
    StaticScope saved = fc.scope;
    fc.scope = ws;
    FunctionCompiler.ScopeControl sc = new FunctionCompiler.ScopeControl();
    fc.push(sc);
    body(s.body(), List.of());
    fc.pop(sc);
    code.emit(Op.POP_SCOPE);
    fc.scope = saved;
  }
}
