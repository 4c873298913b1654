package dev.islet.compiler;

import dev.islet.ast.*;
import dev.islet.bytecode.Op;
import dev.islet.compiler.CodeBuilder.Label;

/**
 * Binding and assignment patterns: BindingInitialization and DestructuringAssignmentEvaluation —
 * https://tc39.es/ecma262/#sec-runtime-semantics-bindinginitialization. The value to bind is on
 * the stack and is consumed. Member-expression targets evaluate their reference before the value
 * is fetched, as the spec orders it.
 */
final class PatternCompiler {
  private final FunctionCompiler fc;
  private final CodeBuilder code;

  PatternCompiler(FunctionCompiler fc) {
    this.fc = fc;
    this.code = fc.code;
  }

  /** Binds the value on the stack to a declaration's pattern: {@code init} for let/const/params, else var semantics. */
  void bind(Pattern p, boolean init) {
    pattern(p, init ? Mode.INIT : Mode.ASSIGN);
  }

  /** Destructuring assignment of the value on the stack. */
  void assign(Pattern p) {
    pattern(p, Mode.ASSIGN);
  }

  private enum Mode {
    INIT,
    ASSIGN
  }

  private void pattern(Pattern p, Mode mode) {
    switch (p.type()) {
      case Identifier -> {
        Identifier id = (Identifier) p;
        if (mode == Mode.INIT) {
          fc.initReference(id, id.name());
        } else {
          fc.storeReference(id, id.name());
        }
        code.emit(Op.POP);
      }
      case MemberExpression -> {
        // The reference was not evaluated before the value: only reachable for simple targets
        // (for-in/of heads); compile the object and key now.
        MemberExpression m = (MemberExpression) p;
        int tmp = code.newTemp();
        code.emit(Op.PUT_LOCAL, tmp);
        int mark = fc.expressions.memberReference(m);
        code.emit(Op.GET_LOCAL, tmp);
        fc.expressions.memberStore(m, mark);
        code.emit(Op.POP);
      }
      case AssignmentPattern -> {
        AssignmentPattern a = (AssignmentPattern) p;
        withDefault(a.right(), a.left());
        pattern(a.left(), mode);
      }
      case ObjectPattern -> objectPattern((ObjectPattern) p, mode);
      case ArrayPattern -> arrayPattern((ArrayPattern) p, mode);
      case CallExpression -> {
        // Annex B: a call as an assignment target is evaluated, then the assignment fails.
        code.emit(Op.POP);
        fc.expressions.callAsTarget((CallExpression) p);
      }
      default -> throw new IllegalStateException("pattern " + p.type());
    }
  }

  /** Replaces an undefined value on the stack with the default (named after an identifier target). */
  private void withDefault(Expression dflt, Pattern target) {
    Label have = new Label();
    Label done = new Label();
    code.jump(Op.JUMP_IF_UNDEFINED, have);
    code.jump(Op.JUMP, done);
    code.bind(have);
    code.emit(Op.POP);
    fc.expressions.named(dflt, target instanceof Identifier id ? id.name() : null);
    code.bind(done);
  }

  /** A target that is a MemberExpression in an assignment pattern: reference first, then the value. */
  private boolean isMemberTarget(Pattern target) {
    Pattern t = target instanceof AssignmentPattern a ? a.left() : target;
    return t instanceof MemberExpression;
  }

  /**
   * Assigns the element value produced by {@code value} to {@code target}. For member targets the
   * reference is evaluated before the value.
   */
  private void element(Pattern target, Mode mode, Runnable value) {
    Pattern t = target;
    Expression dflt = null;
    if (t instanceof AssignmentPattern a) {
      t = a.left();
      dflt = a.right();
    }
    if (t instanceof MemberExpression m) {
      int mark = fc.expressions.memberReference(m);
      value.run();
      if (dflt != null) {
        withDefault(dflt, t);
      }
      fc.expressions.memberStore(m, mark);
      code.emit(Op.POP);
      return;
    }
    value.run();
    if (dflt != null) {
      withDefault(dflt, t);
    }
    pattern(t, mode);
  }

  private void objectPattern(ObjectPattern p, Mode mode) {
    code.emit(Op.TO_OBJECT);
    int mark = code.tempMark();
    int src = code.newTemp();
    code.emit(Op.PUT_LOCAL, src);
    java.util.List<Integer> keyRegs = new java.util.ArrayList<>();
    java.util.List<Object> constKeys = new java.util.ArrayList<>();
    for (ObjectPatternMember m : p.properties()) {
      if (m instanceof RestElement rest) {
        element(rest.argument(), mode, () -> {
          code.emit(Op.GET_LOCAL, src);
          for (Object k : constKeys) {
            code.emit(Op.CONST, code.constant(k));
          }
          for (int r : keyRegs) {
            code.emit(Op.GET_LOCAL, r);
          }
          code.emit(Op.COPY_DATA_PROPS_EXCL, constKeys.size() + keyRegs.size());
        });
        continue;
      }
      AssignmentProperty ap = (AssignmentProperty) m;
      if (ap.computed()) {
        int keyReg = code.newTemp();
        fc.expressions.expression(ap.key());
        code.emit(Op.TO_PROPERTY_KEY);
        code.emit(Op.PUT_LOCAL, keyReg);
        keyRegs.add(keyReg);
        element(ap.value(), mode, () -> {
          code.emit(Op.GET_LOCAL, src);
          code.emit(Op.GET_LOCAL, keyReg);
          code.emit(Op.GET_ELEM);
        });
      } else {
        Object key = ExpressionCompiler.propertyKey(ap.key());
        constKeys.add(key);
        element(ap.value(), mode, () -> {
          code.emit(Op.GET_LOCAL, src);
          fc.expressions.getNamed(key);
        });
      }
    }
    code.releaseTemps(mark);
  }

  private void arrayPattern(ArrayPattern p, Mode mode) {
    code.emit(Op.GET_ITERATOR);
    int mark = code.tempMark();
    int r = code.newTemp();
    code.newTemp();
    code.newTemp();
    code.emit(Op.PUT_LOCAL, r + 1);
    code.emit(Op.PUT_LOCAL, r);
    code.emit(Op.FALSE);
    code.emit(Op.PUT_LOCAL, r + 2);
    int base = code.depth();
    int start = code.pc();
    FunctionCompiler.DestructureControl control = new FunctionCompiler.DestructureControl(r);
    fc.push(control);
    for (Pattern e : p.elements()) {
      if (e == null) {
        code.emit(Op.DESTRUCTURE_STEP, r);
        code.emit(Op.POP);
        continue;
      }
      if (e instanceof RestElement rest) {
        element(rest.argument(), mode, () -> code.emit(Op.DESTRUCTURE_REST, r));
        continue;
      }
      element(e, mode, () -> code.emit(Op.DESTRUCTURE_STEP, r));
    }
    fc.pop(control);
    int end = code.pc();
    code.emit(Op.DESTRUCTURE_CLOSE, r, 0);
    Label after = new Label();
    code.jump(Op.JUMP, after);
    Label handler = new Label();
    code.handler(start, end, handler, base);
    code.bind(handler);
    code.enterAt(base + 1);
    code.emit(Op.DESTRUCTURE_CLOSE, r, 1);
    code.emit(Op.THROW);
    code.enterAt(base);
    code.bind(after);
    code.releaseTemps(mark);
  }
}
