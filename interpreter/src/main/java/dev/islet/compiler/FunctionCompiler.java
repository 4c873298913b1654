package dev.islet.compiler;

import dev.islet.analysis.Analysis;
import dev.islet.analysis.Binding;
import dev.islet.analysis.FunctionInfo;
import dev.islet.analysis.StaticScope;
import dev.islet.ast.*;
import dev.islet.bytecode.Code;
import dev.islet.bytecode.Op;
import dev.islet.compiler.CodeBuilder.Label;
import dev.islet.errors.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles one function (or script, module, eval body, field initializer, static block) to
 * bytecode. Holds the state the statement, expression, pattern and class compilers share: the
 * builder, the current static scope, and the control stack that break, continue and return walk
 * (runtime scopes to pop, iterators to close, finally blocks to run).
 */
final class FunctionCompiler {
  final FunctionInfo info;
  final Analysis analysis;
  final CodeBuilder code;
  final StatementCompiler statements;
  final ExpressionCompiler expressions;
  final PatternCompiler patterns;
  final ClassCompiler classes;
  /** The static scope at the current point of emission. */
  StaticScope scope;
  /** The innermost control (loop, label, scope, iterator, finally) at the current point. */
  Control control;
  /** Top-level code: the register holding the completion value, or -1. */
  int completion = -1;
  /** The register holding the DisposeCapability of the innermost block with using declarations. */
  int disposables = -1;

  FunctionCompiler(FunctionInfo info) {
    this.info = info;
    this.analysis = info.analysis;
    this.code = new CodeBuilder(info.registerCount());
    this.statements = new StatementCompiler(this);
    this.expressions = new ExpressionCompiler(this);
    this.patterns = new PatternCompiler(this);
    this.classes = new ClassCompiler(this);
  }

  boolean strict() {
    return info.strict;
  }

  boolean isAsync() {
    return info.async;
  }

  boolean isGenerator() {
    return info.generator;
  }

  Code finish() {
    return code.build(info.template);
  }

  // ================================================================== controls

  /** An entry of the control stack. */
  abstract static class Control {
    Control outer;
    /** Labels naming this statement (for break/continue with a label). */
    List<String> labels = List.of();
  }

  /** A breakable statement: a loop (continue allowed) or a labelled statement / switch (break only). */
  static final class JumpTarget extends Control {
    final Label breakLabel;
    final Label continueLabel;
    final boolean isLoop;
    final boolean isSwitch;

    JumpTarget(Label breakLabel, Label continueLabel, boolean isLoop, boolean isSwitch) {
      this.breakLabel = breakLabel;
      this.continueLabel = continueLabel;
      this.isLoop = isLoop;
      this.isSwitch = isSwitch;
    }
  }

  /** A pushed runtime environment: leaving it early pops it. */
  static final class ScopeControl extends Control {}

  /** A for-of / for-in loop's state on the operand stack: leaving early closes (for-of) or drops it. */
  static final class IteratorControl extends Control {
    final boolean forOf;
    final boolean async;

    IteratorControl(boolean forOf, boolean async) {
      this.forOf = forOf;
      this.async = async;
    }
  }

  /** An array destructuring in progress (its iterator in registers): a return from a yield inside closes it. */
  static final class DestructureControl extends Control {
    final int register;

    DestructureControl(int register) {
      this.register = register;
    }
  }

  /** A try with a finally block: jumps leaving the try go through the finally first. */
  static final class FinallyControl extends Control {
    final int typeRegister;
    final int valueRegister;
    final Label finallyLabel;
    /** The jumps that entered this finally: their targets (JumpTarget + isContinue) in type order from 3. */
    final List<Object[]> pending = new ArrayList<>();
    boolean hasReturn;

    FinallyControl(int typeRegister, int valueRegister, Label finallyLabel) {
      this.typeRegister = typeRegister;
      this.valueRegister = valueRegister;
      this.finallyLabel = finallyLabel;
    }
  }

  static final int COMPLETION_NORMAL = 0;
  static final int COMPLETION_THROW = 1;
  static final int COMPLETION_RETURN = 2;

  void push(Control c) {
    c.outer = control;
    control = c;
  }

  void pop(Control c) {
    if (control != c) {
      throw new IllegalStateException("control stack out of order");
    }
    control = c.outer;
  }

  /**
   * Emits a break or continue to {@code target}: cleans up every control between here and it
   * (pops scopes, closes iterators), or routes through the innermost finally on the way.
   */
  void emitJump(JumpTarget target, boolean isContinue) {
    int depth = code.depth();
    emitJumpCleanup(target, isContinue);
    code.unreachableAt(depth);
  }

  private void emitJumpCleanup(JumpTarget target, boolean isContinue) {
    for (Control c = control; c != target; c = c.outer) {
      if (c == null) {
        throw new IllegalStateException("jump target not on the control stack");
      }
      if (c instanceof FinallyControl f) {
        int index = f.pending.size();
        f.pending.add(new Object[] {target, isContinue});
        code.emit(Op.INT, 3 + index);
        code.emit(Op.PUT_LOCAL, f.typeRegister);
        code.jump(Op.JUMP, f.finallyLabel);
        return;
      }
      cleanup(c);
    }
    code.jump(Op.JUMP, isContinue ? target.continueLabel : target.breakLabel);
  }

  /** Emits a return of the value on the stack, running finally blocks and closing iterators on the way out. */
  void emitReturn() {
    int depth = code.depth();
    emitReturnCleanup();
    code.unreachableAt(depth - 1);
  }

  private void emitReturnCleanup() {
    for (Control c = control; c != null; c = c.outer) {
      if (c instanceof FinallyControl f) {
        code.emit(Op.PUT_LOCAL, f.valueRegister);
        code.emit(Op.INT, COMPLETION_RETURN);
        code.emit(Op.PUT_LOCAL, f.typeRegister);
        f.hasReturn = true;
        code.jump(Op.JUMP, f.finallyLabel);
        return;
      }
      if (c instanceof DestructureControl) {
        cleanup(c);
      }
      if (c instanceof IteratorControl) {
        // The iterator pair lies under the return value: park the value while closing.
        int tmp = code.newTemp();
        code.emit(Op.PUT_LOCAL, tmp);
        cleanup(c);
        code.emit(Op.GET_LOCAL, tmp);
      }
    }
    emitFinalReturn();
  }

  /** The RETURN itself, with a derived constructor's result rules. */
  void emitFinalReturn() {
    if (info.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && info.derived) {
      loadBinding(info.thisBinding, false);
      code.emit(Op.RETURN_DERIVED);
      return;
    } else if (info.async && info.generator) {
      // In async generators a returned value is awaited first.
      code.emit(Op.AWAIT);
    }
    code.emit(Op.RETURN);
  }

  /** The early-exit cleanup of one control: pop a runtime scope, close or drop a loop's iterator state. */
  private void cleanup(Control c) {
    if (c instanceof DestructureControl d) {
      code.emit(Op.DESTRUCTURE_CLOSE, d.register, 0);
    } else if (c instanceof ScopeControl) {
      code.emit(Op.POP_SCOPE);
    } else if (c instanceof IteratorControl it) {
      if (!it.forOf) {
        code.emit(Op.POP);
      } else if (it.async) {
        expressions.asyncIteratorClose();
      } else {
        code.emit(Op.ITER_CLOSE);
      }
    }
  }

  /** Finds the target of break/continue (with an optional label). */
  JumpTarget findTarget(String label, boolean isContinue) {
    for (Control c = control; c != null; c = c.outer) {
      if (c instanceof JumpTarget t) {
        if (label == null) {
          if (t.isLoop || (!isContinue && t.isSwitch)) {
            return t;
          }
        } else if (t.labels.contains(label)) {
          return t;
        }
      }
    }
    throw new IllegalStateException("no target for " + (isContinue ? "continue" : "break") + (label == null ? "" : " " + label));
  }

  // ================================================================== scopes

  /** Enters {@code s}: pushes its runtime environment if it has one. */
  void enterScope(StaticScope s) {
    scope = s;
    if (s.needsEnvironment()) {
      code.emit(Op.PUSH_SCOPE, code.constant(s.scopeInfo()));
      push(new ScopeControl());
    }
    // Lexical bindings kept in registers start uninitialized.
    for (Binding b : s.bindings()) {
      if (!b.isCaptured() && b.register() >= 0 && b.isLexical() && b.kind != Binding.Kind.THIS) {
        code.emit(Op.INIT_TDZ, b.register());
      }
    }
  }

  /** Leaves {@code s} on the normal path. */
  void exitScope(StaticScope s) {
    if (s.needsEnvironment()) {
      code.emit(Op.POP_SCOPE);
      pop(control);
    }
    scope = s.parent;
  }

  /** The number of runtime environments between the current scope and {@code target}. */
  int envDepth(StaticScope target) {
    int d = 0;
    for (StaticScope s = scope; s != target; s = s.parent) {
      if (s == null) {
        throw new IllegalStateException("binding scope is not an ancestor");
      }
      if (s.needsEnvironment()) {
        d++;
      }
    }
    return d;
  }

  // ================================================================== bindings

  /** Pushes the value of binding {@code b} (with a TDZ check when asked). */
  void loadBinding(Binding b, boolean checked) {
    int name = code.constant(b.name);
    if (b.kind == Binding.Kind.IMPORT) {
      code.emit(Op.GET_IMPORT, envDepth(b.scope), b.slot(), name);
      return;
    }
    if (b.isCaptured()) {
      int d = envDepth(b.scope);
      if (checked) {
        code.emit(Op.GET_ENV_CHECKED, d, b.slot(), name);
      } else {
        code.emit(Op.GET_ENV, d, b.slot());
      }
    } else if (checked) {
      code.emit(Op.GET_LOCAL_CHECKED, b.register(), name);
    } else {
      code.emit(Op.GET_LOCAL, b.register());
    }
  }

  /**
   * Stores the top of stack into binding {@code b}, keeping the value. {@code init} is a
   * declaration's initialization (no TDZ or const check).
   */
  void storeBinding(Binding b, boolean init, boolean tdzCheck) {
    if (!init && b.isConst()) {
      if (b.kind == Binding.Kind.FUNCTION_NAME && !strict()) {
        return;
      }
      if (tdzCheck) {
        loadBinding(b, true);
        code.emit(Op.POP);
      }
      code.emit(Op.THROW_ERROR, Msg.ASSIGN_TO_CONST.ordinal(), code.constant(b.name));
      code.enterAt(code.depth());
      return;
    }
    boolean check = !init && tdzCheck;
    if (b.isCaptured()) {
      int d = envDepth(b.scope);
      if (check) {
        code.emit(Op.SET_ENV_CHECKED, d, b.slot(), code.constant(b.name));
      } else {
        code.emit(Op.SET_ENV, d, b.slot());
      }
    } else if (check) {
      code.emit(Op.SET_LOCAL_CHECKED, b.register(), code.constant(b.name));
    } else {
      code.emit(Op.SET_LOCAL, b.register());
    }
  }

  /** Pushes the value of an identifier reference. */
  void loadReference(Node node, String name, boolean forTypeof) {
    Analysis.Ref r = analysis.ref(node);
    if (r == null) {
      throw new IllegalStateException("unresolved reference '" + name + "' at " + node.loc());
    }
    if (r.dynamic()) {
      code.emit(forTypeof ? Op.TYPEOF_NAME : Op.GET_NAME, code.constant(name));
    } else if (r.binding() == null || r.binding().isGlobal()) {
      code.emit(forTypeof ? Op.TYPEOF_GLOBAL : Op.GET_GLOBAL, code.constant(name), code.cache());
    } else {
      loadBinding(r.binding(), r.tdzCheck());
    }
  }

  /** Stores the top of stack to an identifier reference (assignment, not declaration), keeping it. */
  void storeReference(Node node, String name) {
    Analysis.Ref r = analysis.ref(node);
    if (r == null) {
      throw new IllegalStateException("unresolved reference '" + name + "' at " + node.loc());
    }
    if (r.dynamic()) {
      code.emit(Op.SET_NAME, code.constant(name));
    } else if (r.binding() == null || r.binding().isGlobal()) {
      code.emit(Op.SET_GLOBAL, code.constant(name), code.cache());
    } else {
      storeBinding(r.binding(), false, r.tdzCheck());
    }
  }

  /**
   * For an identifier the compiler cannot resolve (inside {@code with}, or next to a sloppy direct
   * eval), pushes the resolved reference, so an assignment writes where the name was found before
   * its right-hand side ran. Returns the name's constant index, or -1 when the reference is static
   * (nothing pushed; use {@link #storeReference}).
   */
  int resolveDynamic(Node node, String name) {
    Analysis.Ref r = analysis.ref(node);
    if (r == null || !r.dynamic()) {
      return -1;
    }
    int k = code.constant(name);
    code.emit(Op.RESOLVE_NAME, k);
    return k;
  }

  /** Initializes the binding an identifier in a declaration refers to (let/const/var initializers, params). */
  void initReference(Node node, String name) {
    Analysis.Ref r = analysis.ref(node);
    if (r.dynamic()) {
      code.emit(Op.SET_NAME, code.constant(name));
    } else if (r.binding() == null || r.binding().isGlobal()) {
      if (r.binding() != null && r.binding().isLexical()) {
        code.emit(Op.INIT_GLOBAL_LEXICAL, code.constant(name));
      } else {
        code.emit(Op.SET_GLOBAL, code.constant(name), code.cache());
      }
    } else {
      storeBinding(r.binding(), true, false);
    }
  }

  /** Records the source position of {@code node} for errors and stack traces. */
  void position(Node node) {
    code.position(node.loc().start());
  }
}
