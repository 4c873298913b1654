package dev.islet.vm;

import dev.islet.bytecode.Code;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.bytecode.Op;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.heap.Budget;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;
import dev.islet.vm.ic.PropertyCache;

/**
 * The interpreter: one dispatch loop over {@link Op} codes. JS→JS calls push a heap {@link Frame}
 * and continue in the same loop, so JS recursion never grows the Java stack; only built-ins that
 * call back into JS re-enter {@link #run}, and that depth is bounded.
 *
 * <p>The loop keeps the fast paths inline (registers, int arithmetic, monomorphic inline-cache
 * hits, calls and returns) and everything else one call away in {@link SlowPaths}, so the method
 * stays small enough for the JIT (see {@code InterpreterSizeTest}).
 */
public final class Interpreter {
  private final Agent agent;
  /** The innermost running frame (for stack traces and the caller link of re-entries). */
  Frame current;
  /** JS frames on the stack. */
  int depth;
  /** Nested run() activations. */
  int nativeDepth;

  Interpreter(Agent agent) {
    this.agent = agent;
  }

  public Agent agent() {
    return agent;
  }

  public Frame currentFrame() {
    return current;
  }

  // ================================================================== entry points

  /** [[Call]] of a script function from Java (built-ins, the host). */
  public Object callFunction(ScriptFunction f, Object thisArg, Object[] args) {
    FunctionTemplate t = f.template;
    if (t.is(FunctionTemplate.CLASS_CONSTRUCTOR)) {
      throw Errors.typeError(f.realm, Msg.CLASS_CONSTRUCTOR_CALL, f.debugName());
    }
    Frame frame = newFrame(f, thisArg, args, args.length, 0, null);
    if (t.is(FunctionTemplate.ASYNC) && !t.is(FunctionTemplate.GENERATOR)) {
      return Generators.startAsyncFunction(f.realm, frame);
    }
    return run(frame);
  }

  /** [[Construct]] of a script function from Java. */
  public Object constructFunction(ScriptFunction f, Object[] args, JsObject newTarget) {
    Frame frame = newConstructFrame(f, args, args.length, 0, newTarget);
    return run(frame);
  }

  /** Runs top-level code (a script, module body or eval code) in a fresh frame. */
  public Object runTopLevel(Realm realm, Code code, FunctionInstance instance, Object thisValue, Scope scope,
      Frame context) {
    Frame frame = new Frame(realm, code, null, instance);
    agent.heap.charge(SizeEstimates.FRAME + SizeEstimates.refArray(frame.regs.length));
    java.util.Arrays.fill(frame.regs, 0, code.localCount, Undefined.INSTANCE);
    frame.thisValue = thisValue;
    frame.scope = scope;
    if (context != null) {
      frame.newTarget = context.newTarget;
      frame.home = context.function != null ? context.function.home : context.home;
      frame.args = context.args;
      ScriptFunction fn = context.function;
      frame.activeFunction = fn == null ? context.activeFunction
          : fn.template.is(FunctionTemplate.ARROW) ? fn.lexicalFunction : fn;
    }
    return run(frame);
  }

  /**
   * Runs a module body in its environment: synchronously when {@code promise} is null (returning
   * the completion), else as an async body (top-level await) that settles {@code promise}.
   */
  public Object runModuleBody(Realm realm, Code code, FunctionInstance instance, Scope env, Object module,
      dev.islet.builtins.control.PromiseObject promise) {
    Frame frame = new Frame(realm, code, null, instance);
    java.util.Arrays.fill(frame.regs, 0, code.localCount, Undefined.INSTANCE);
    frame.thisValue = Undefined.INSTANCE;
    frame.scope = env;
    frame.module = module;
    if (promise == null) {
      return run(frame);
    }
    Generators.runAsync(realm, frame, promise);
    return null;
  }

  /** Continues a suspended generator or async frame with {@code value} delivered as {@code mode}. */
  public Object resume(Frame frame, Object value, int mode) {
    frame.suspended = false;
    frame.resumeMode = mode;
    if (mode == Frame.MODE_THROW && (frame.suspendOp == Op.YIELD || frame.suspendOp == Op.AWAIT)) {
      // Thrown at the yield/await itself, so the frame's own handlers see it.
      frame.pendingThrow = value;
      frame.hasPendingThrow = true;
    } else {
      frame.regs[frame.sp++] = value;
      frame.pc += Op.length(frame.code.ops[frame.pc]);
    }
    return run(frame);
  }

  // ================================================================== frames

  /** A frame for calling {@code f}: arguments copied from {@code src[from..from+argc)}. */
  Frame newFrame(ScriptFunction f, Object thisArg, Object[] src, int argc, int from, JsObject newTarget) {
    FunctionTemplate t = f.template;
    Code code = f.instance.code();
    Frame frame = new Frame(f.realm, code, f, f.instance);
    Object[] regs = frame.regs;
    // Frames are charged while they are live (released at return): deep recursion of big frames hits the limit.
    agent.heap.charge(SizeEstimates.FRAME + SizeEstimates.refArray(regs.length));
    int n = code.localCount;
    int params = t.paramCount;
    int copy = Math.min(argc, params);
    System.arraycopy(src, from, regs, 0, copy);
    for (int i = copy; i < n; i++) {
      regs[i] = Undefined.INSTANCE;
    }
    if (t.is(FunctionTemplate.USES_ARGUMENTS | FunctionTemplate.HAS_REST)) {
      Object[] a = new Object[argc];
      System.arraycopy(src, from, a, 0, argc);
      frame.args = a;
    }
    frame.scope = f.env;
    frame.newTarget = newTarget;
    if (t.is(FunctionTemplate.ARROW)) {
      frame.thisValue = f.lexicalThis;
      frame.newTarget = f.lexicalNewTarget;
    } else {
      // OrdinaryCallBindThis: sloppy functions see the global object for undefined/null, objects for primitives.
      if (t.is(FunctionTemplate.STRICT)) {
        frame.thisValue = thisArg;
      } else if (thisArg == Undefined.INSTANCE || thisArg == Null.INSTANCE) {
        frame.thisValue = f.realm.globalObject();
      } else {
        frame.thisValue = thisArg instanceof JsObject ? thisArg : TypeConversion.toObject(f.realm, thisArg);
      }
    }
    return frame;
  }

  /** A frame for [[Construct]]: a base constructor gets its new object now, a derived one after super(). */
  Frame newConstructFrame(ScriptFunction f, Object[] src, int argc, int from, JsObject newTarget) {
    FunctionTemplate t = f.template;
    Frame frame = newFrame(f, Undefined.INSTANCE, src, argc, from, newTarget);
    if (t.is(FunctionTemplate.DERIVED)) {
      frame.thisValue = Scope.TDZ;
    } else {
      frame.thisValue = SlowPaths.ordinaryCreateFromConstructor(f.realm, newTarget);
      frame.construct = true;
    }
    return frame;
  }

  private void enter(Frame frame) {
    if (++depth > agent.maxCallDepth) {
      depth--;
      throw Errors.rangeError(frame.realm, Msg.STACK_OVERFLOW);
    }
    frame.caller = current;
    current = frame;
  }

  // ================================================================== the loop

  /**
   * Runs {@code entry} until it returns, throws or suspends, executing every JS frame it calls in
   * this same loop. Returns the completion value (or the yielded / awaited value when the entry
   * frame suspended, with {@code entry.suspended} set).
   */
  Object run(Frame entry) {
    if (++nativeDepth > agent.maxNativeDepth) {
      nativeDepth--;
      throw Errors.rangeError(entry.realm, Msg.STACK_OVERFLOW);
    }
    Frame saved = current;
    int savedDepth = depth;
    try {
      enter(entry);
      return loop(entry);
    } finally {
      current = saved;
      depth = savedDepth;
      nativeDepth--;
    }
  }

  private Object loop(Frame entry) {
    final Budget budget = agent.budget;
    Frame f = entry;
    Realm realm = f.realm;
    Code code = f.code;
    int[] ops = code.ops;
    Object[] k = code.constants;
    Object[] caches = f.caches;
    Object[] regs = f.regs;
    int sp = f.sp;
    int pc = f.pc;
    while (true) {
      try {
        if (f.hasPendingThrow) {
          Object t = f.pendingThrow;
          f.hasPendingThrow = false;
          f.pendingThrow = null;
          throw new JsThrow(t);
        }
        while (true) {
          switch (ops[pc]) {
            case Op.NOP, Op.DEBUGGER -> pc++;
            case Op.UNDEFINED -> {
              regs[sp++] = Undefined.INSTANCE;
              pc++;
            }
            case Op.NULL -> {
              regs[sp++] = Null.INSTANCE;
              pc++;
            }
            case Op.TRUE -> {
              regs[sp++] = Boolean.TRUE;
              pc++;
            }
            case Op.FALSE -> {
              regs[sp++] = Boolean.FALSE;
              pc++;
            }
            case Op.INT -> {
              regs[sp++] = ops[pc + 1];
              pc += 2;
            }
            case Op.CONST -> {
              regs[sp++] = k[ops[pc + 1]];
              pc += 2;
            }
            case Op.POP -> {
              sp--;
              pc++;
            }
            case Op.DUP -> {
              regs[sp] = regs[sp - 1];
              sp++;
              pc++;
            }
            case Op.DUP2, Op.SWAP, Op.ROT3, Op.ROT4, Op.OVER -> {
              sp = SlowPaths.shuffle(ops[pc], regs, sp);
              pc++;
            }
            case Op.GET_LOCAL -> {
              regs[sp++] = regs[ops[pc + 1]];
              pc += 2;
            }
            case Op.SET_LOCAL -> {
              regs[ops[pc + 1]] = regs[sp - 1];
              pc += 2;
            }
            case Op.PUT_LOCAL -> {
              regs[ops[pc + 1]] = regs[--sp];
              pc += 2;
            }
            case Op.GET_LOCAL_CHECKED -> {
              Object v = regs[ops[pc + 1]];
              if (v == Scope.TDZ) {
                f.pc = pc;
                throw SlowPaths.tdzError(realm, k[ops[pc + 2]]);
              }
              regs[sp++] = v;
              pc += 3;
            }
            case Op.SET_LOCAL_CHECKED -> {
              if (regs[ops[pc + 1]] == Scope.TDZ) {
                f.pc = pc;
                throw SlowPaths.tdzError(realm, k[ops[pc + 2]]);
              }
              regs[ops[pc + 1]] = regs[sp - 1];
              pc += 3;
            }
            case Op.INIT_TDZ -> {
              regs[ops[pc + 1]] = Scope.TDZ;
              pc += 2;
            }
            case Op.GET_ENV -> {
              regs[sp++] = f.scope.up(ops[pc + 1]).slots[ops[pc + 2]];
              pc += 3;
            }
            case Op.SET_ENV -> {
              f.scope.up(ops[pc + 1]).slots[ops[pc + 2]] = regs[sp - 1];
              pc += 3;
            }
            case Op.PUT_ENV -> {
              f.scope.up(ops[pc + 1]).slots[ops[pc + 2]] = regs[--sp];
              pc += 3;
            }
            case Op.GET_ENV_CHECKED -> {
              Object v = f.scope.up(ops[pc + 1]).slots[ops[pc + 2]];
              if (v == Scope.TDZ) {
                f.pc = pc;
                throw SlowPaths.tdzError(realm, k[ops[pc + 3]]);
              }
              regs[sp++] = v;
              pc += 4;
            }
            case Op.SET_ENV_CHECKED -> {
              Object[] slots = f.scope.up(ops[pc + 1]).slots;
              if (slots[ops[pc + 2]] == Scope.TDZ) {
                f.pc = pc;
                throw SlowPaths.tdzError(realm, k[ops[pc + 3]]);
              }
              slots[ops[pc + 2]] = regs[sp - 1];
              pc += 4;
            }
            case Op.PUSH_SCOPE, Op.POP_SCOPE, Op.COPY_SCOPE, Op.SAVE_SCOPE, Op.RESTORE_SCOPE -> {
              SlowPaths.scopeOp(realm, f, ops, pc, k, regs);
              pc += Op.length(ops[pc]);
            }
            case Op.GET_FIELD -> {
              Object obj = regs[sp - 1];
              PropertyCache ic = (PropertyCache) caches[ops[pc + 2]];
              JsObject h = null;
              if (ic != null && obj instanceof JsObject o) {
                // Own slot, or (methods) a slot of the receiver's prototype: both checked by shape alone.
                h = o.shape == ic.ownShape ? o
                    : o.shape == ic.protoOf && ic.holder.shape == ic.protoShape
                        && (ic.midProto == null || ic.midProto.shape == ic.midShape) ? ic.holder : null;
              }
              if (h != null) {
                regs[sp - 1] = h.slots[ic.slot];
              } else {
                f.pc = pc;
                regs[sp - 1] = SlowPaths.getField(realm, obj, k[ops[pc + 1]], caches, ops[pc + 2]);
              }
              pc += 3;
            }
            case Op.PUT_FIELD -> {
              Object obj = regs[sp - 2];
              Object v = regs[sp - 1];
              PropertyCache ic = (PropertyCache) caches[ops[pc + 2]];
              if (ic != null && obj instanceof JsObject o && o.shape == ic.ownShape) {
                o.slots[ic.slot] = v;
              } else {
                f.pc = pc;
                SlowPaths.setField(realm, obj, k[ops[pc + 1]], v, caches, ops[pc + 2], code.template.is(FunctionTemplate.STRICT));
              }
              sp -= 2;
              pc += 3;
            }
            case Op.PUT_ELEM -> {
              Object obj = regs[sp - 3];
              Object key = regs[sp - 2];
              Object v = regs[sp - 1];
              if (!(obj instanceof ArrayObject a && key instanceof Integer i && a.setDense(realm, i, v))) {
                f.pc = pc;
                SlowPaths.setElem(realm, obj, key, v, code.template.is(FunctionTemplate.STRICT));
              }
              sp -= 3;
              pc++;
            }
            case Op.JUMP_IF_NULLISH_POP, Op.JUMP_IF_NOT_NULLISH_POP -> {
              Object v = regs[--sp];
              boolean nullish = v == Undefined.INSTANCE || v == Null.INSTANCE;
              pc = nullish == (ops[pc] == Op.JUMP_IF_NULLISH_POP) ? ops[pc + 1] : pc + 2;
            }
            case Op.GET_FIELD_OPT, Op.GET_THIS_FIELD, Op.GET_THIS_METHOD, Op.GET_LOCAL_FIELD, Op.GET_LOCAL_METHOD -> {
              // Field loads that push: get_field_opt keeps the receiver below the value (a method load); the
              // fused ones read this or a register, and the method forms push that receiver first.
              int op = ops[pc];
              Object obj = op == Op.GET_FIELD_OPT ? regs[sp - 1]
                  : op == Op.GET_THIS_FIELD || op == Op.GET_THIS_METHOD ? f.thisValue : regs[ops[pc + 3]];
              if (op == Op.GET_THIS_METHOD || op == Op.GET_LOCAL_METHOD) {
                regs[sp++] = obj;
              }
              PropertyCache ic = (PropertyCache) caches[ops[pc + 2]];
              JsObject h = null;
              if (ic != null && obj instanceof JsObject o) {
                // Own slot, or (methods) a slot of the receiver's prototype: both checked by shape alone.
                h = o.shape == ic.ownShape ? o
                    : o.shape == ic.protoOf && ic.holder.shape == ic.protoShape
                        && (ic.midProto == null || ic.midProto.shape == ic.midShape) ? ic.holder : null;
              }
              if (h != null) {
                regs[sp++] = h.slots[ic.slot];
              } else {
                f.pc = pc;
                regs[sp++] = SlowPaths.getField(realm, obj, k[ops[pc + 1]], caches, ops[pc + 2]);
              }
              pc += op == Op.GET_LOCAL_FIELD || op == Op.GET_LOCAL_METHOD ? 4 : 3;
            }
            case Op.SET_FIELD -> {
              Object obj = regs[sp - 2];
              Object v = regs[sp - 1];
              PropertyCache ic = (PropertyCache) caches[ops[pc + 2]];
              if (ic != null && obj instanceof JsObject o && o.shape == ic.ownShape) {
                o.slots[ic.slot] = v;
              } else {
                f.pc = pc;
                SlowPaths.setField(realm, obj, k[ops[pc + 1]], v, caches, ops[pc + 2], code.template.is(FunctionTemplate.STRICT));
              }
              regs[sp - 2] = v;
              sp--;
              pc += 3;
            }
            case Op.GET_ELEM -> {
              Object obj = regs[sp - 2];
              Object key = regs[sp - 1];
              Object v;
              if (obj instanceof ArrayObject a && key instanceof Integer i
                  && (v = a.getDenseOrNotFound(i)) != JsObject.NOT_FOUND) {
                regs[sp - 2] = v;
              } else {
                f.pc = pc;
                regs[sp - 2] = SlowPaths.getElem(realm, obj, key);
              }
              sp--;
              pc++;
            }
            case Op.SET_ELEM -> {
              Object obj = regs[sp - 3];
              Object key = regs[sp - 2];
              Object v = regs[sp - 1];
              if (!(obj instanceof ArrayObject a && key instanceof Integer i && a.setDense(realm, i, v))) {
                f.pc = pc;
                SlowPaths.setElem(realm, obj, key, v, code.template.is(FunctionTemplate.STRICT));
              }
              regs[sp - 3] = v;
              sp -= 2;
              pc++;
            }
            case Op.ADD -> {
              Object a = regs[sp - 2];
              Object b = regs[sp - 1];
              if (a instanceof Integer x && b instanceof Integer y) {
                int r = x + y;
                regs[sp - 2] = ((x ^ r) & (y ^ r)) < 0 ? (Object) ((double) x + (double) y) : (Object) r;
              } else {
                f.pc = pc;
                regs[sp - 2] = Operators.add(realm, a, b);
              }
              sp--;
              pc++;
            }
            case Op.SUB -> {
              Object a = regs[sp - 2];
              Object b = regs[sp - 1];
              if (a instanceof Integer x && b instanceof Integer y) {
                int r = x - y;
                regs[sp - 2] = ((x ^ y) & (x ^ r)) < 0 ? (Object) ((double) x - (double) y) : (Object) r;
              } else if (a instanceof Double x && b instanceof Double y) {
                regs[sp - 2] = Operators.number(x - y);
              } else {
                f.pc = pc;
                regs[sp - 2] = Operators.arithmetic(realm, Operators.SUB, a, b);
              }
              sp--;
              pc++;
            }
            case Op.MUL, Op.DIV, Op.MOD, Op.EXP, Op.SHR -> {
              f.pc = pc;
              regs[sp - 2] = SlowPaths.binary(realm, ops[pc], regs[sp - 2], regs[sp - 1]);
              sp--;
              pc++;
            }
            case Op.LT, Op.GT, Op.LE, Op.GE, Op.JUMP_IF_NOT_LT, Op.JUMP_IF_NOT_GT, Op.JUMP_IF_NOT_LE, Op.JUMP_IF_NOT_GE -> {
              Object a = regs[sp - 2];
              Object b = regs[sp - 1];
              int op = ops[pc];
              int rel = op >= Op.JUMP_IF_NOT_LT ? op - Op.JUMP_IF_NOT_LT + Op.LT : op;
              boolean holds;
              if (a instanceof Integer x && b instanceof Integer y) {
                int i = x;
                int j = y;
                holds = rel == Op.LT ? i < j : rel == Op.GT ? i > j : rel == Op.LE ? i <= j : i >= j;
              } else {
                f.pc = pc;
                holds = SlowPaths.compare(realm, rel, a, b) == Boolean.TRUE;
              }
              if (op == rel) {
                regs[sp - 2] = holds;
                sp--;
                pc++;
              } else {
                sp -= 2;
                pc = holds ? pc + 2 : ops[pc + 1];
              }
            }
            case Op.STRICT_EQ, Op.STRICT_NE, Op.JUMP_IF_STRICT_EQ, Op.JUMP_IF_NOT_STRICT_EQ -> {
              Object a = regs[sp - 2];
              Object b = regs[sp - 1];
              boolean eq = a instanceof Integer x && b instanceof Integer y ? x.intValue() == y.intValue()
                  : a == b && !(a instanceof Double) || SameValue.strictEquals(a, b);
              int op = ops[pc];
              if (op == Op.STRICT_EQ || op == Op.STRICT_NE) {
                regs[sp - 2] = (op == Op.STRICT_EQ) == eq;
                sp--;
                pc++;
              } else {
                sp -= 2;
                pc = eq == (op == Op.JUMP_IF_STRICT_EQ) ? ops[pc + 1] : pc + 2;
              }
            }
            case Op.THIS -> {
              regs[sp++] = f.thisValue;
              pc++;
            }
            case Op.GET_GLOBAL -> {
              dev.islet.vm.ic.GlobalCache gc = (dev.islet.vm.ic.GlobalCache) caches[ops[pc + 2]];
              Object v;
              if (gc != null && (v = gc.fastValue(realm)) != null) {
                regs[sp++] = v;
                pc += 3;
              } else {
                f.pc = pc;
                f.sp = sp;
                SlowPaths.execute(this, f, regs, caches);
                sp = f.sp;
                pc = f.pc;
              }
            }
            case Op.EQ, Op.NE, Op.JUMP_IF_EQ, Op.JUMP_IF_NOT_EQ -> {
              Object a = regs[sp - 2];
              Object b = regs[sp - 1];
              boolean eq;
              if (a instanceof Integer x && b instanceof Integer y) {
                eq = x.intValue() == y.intValue();
              } else if (a == b && !(a instanceof Double)) {
                eq = true;
              } else if (a == Null.INSTANCE || a == Undefined.INSTANCE || b == Null.INSTANCE || b == Undefined.INSTANCE) {
                eq = (a == Null.INSTANCE || a == Undefined.INSTANCE) && (b == Null.INSTANCE || b == Undefined.INSTANCE);
              } else if (a instanceof JsObject && b instanceof JsObject) {
                eq = false;
              } else {
                f.pc = pc;
                eq = Operators.looselyEqual(realm, a, b);
              }
              int op = ops[pc];
              if (op == Op.EQ || op == Op.NE) {
                regs[sp - 2] = (op == Op.EQ) == eq;
                sp--;
                pc++;
              } else {
                sp -= 2;
                pc = eq == (op == Op.JUMP_IF_EQ) ? ops[pc + 1] : pc + 2;
              }
            }
            case Op.BIT_AND, Op.BIT_OR, Op.BIT_XOR, Op.SHL, Op.SAR -> {
              Object a = regs[sp - 2];
              Object b = regs[sp - 1];
              if (a instanceof Integer x && b instanceof Integer y) {
                int i = x;
                int j = y;
                int op = ops[pc];
                regs[sp - 2] = op == Op.BIT_AND ? i & j : op == Op.BIT_OR ? i | j : op == Op.BIT_XOR ? i ^ j
                    : op == Op.SHL ? i << (j & 31) : i >> (j & 31);
              } else {
                f.pc = pc;
                regs[sp - 2] = SlowPaths.binary(realm, ops[pc], a, b);
              }
              sp--;
              pc++;
            }
            case Op.INSTANCEOF, Op.IN -> {
              f.pc = pc;
              regs[sp - 2] = SlowPaths.relational(realm, ops[pc], regs[sp - 2], regs[sp - 1]);
              sp--;
              pc++;
            }
            case Op.NOT -> {
              Object v = regs[sp - 1];
              regs[sp - 1] = v instanceof Boolean b ? !b : !TypeConversion.toBoolean(v);
              pc++;
            }
            case Op.INC, Op.DEC, Op.INC_LOCAL, Op.DEC_LOCAL -> {
              // inc/dec update the top of the stack, inc_local/dec_local a register (i++ as a statement).
              int op = ops[pc];
              boolean onStack = op == Op.INC || op == Op.DEC;
              int at = onStack ? sp - 1 : ops[pc + 1];
              int delta = op == Op.INC || op == Op.INC_LOCAL ? 1 : -1;
              Object v = regs[at];
              if (v instanceof Integer x && x != (delta > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE)) {
                regs[at] = x + delta;
              } else {
                f.pc = pc;
                regs[at] = Operators.increment(TypeConversion.toNumeric(realm, v), delta);
              }
              pc += onStack ? 1 : 2;
            }
            case Op.TO_NUMERIC -> {
              Object v = regs[sp - 1];
              if (!(v instanceof Integer || v instanceof Double)) {
                f.pc = pc;
                regs[sp - 1] = SlowPaths.unary(realm, Op.TO_NUMERIC, v);
              }
              pc++;
            }
            case Op.NEG, Op.PLUS, Op.BIT_NOT, Op.TYPEOF, Op.TO_STRING, Op.TO_PROPERTY_KEY -> {
              f.pc = pc;
              regs[sp - 1] = SlowPaths.unary(realm, ops[pc], regs[sp - 1]);
              pc++;
            }
            case Op.JUMP -> pc = ops[pc + 1];
            case Op.LOOP -> {
              if (--budget.ticks < 0) {
                f.pc = pc;
                budget.poll();
              }
              pc = ops[pc + 1];
            }
            case Op.JUMP_IF_TRUE -> {
              Object v = regs[--sp];
              pc = (v == Boolean.TRUE || v != Boolean.FALSE && TypeConversion.toBoolean(v)) ? ops[pc + 1] : pc + 2;
            }
            case Op.JUMP_IF_FALSE -> {
              Object v = regs[--sp];
              pc = (v == Boolean.FALSE || v != Boolean.TRUE && !TypeConversion.toBoolean(v)) ? ops[pc + 1] : pc + 2;
            }
            case Op.JUMP_IF_TRUE_KEEP -> {
              if (TypeConversion.toBoolean(regs[sp - 1])) {
                pc = ops[pc + 1];
              } else {
                sp--;
                pc += 2;
              }
            }
            case Op.JUMP_IF_FALSE_KEEP -> {
              if (!TypeConversion.toBoolean(regs[sp - 1])) {
                pc = ops[pc + 1];
              } else {
                sp--;
                pc += 2;
              }
            }
            case Op.JUMP_IF_NOT_NULLISH_KEEP -> {
              Object v = regs[sp - 1];
              if (v != Undefined.INSTANCE && v != Null.INSTANCE) {
                pc = ops[pc + 1];
              } else {
                sp--;
                pc += 2;
              }
            }
            case Op.JUMP_IF_NULLISH -> {
              Object v = regs[sp - 1];
              if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
                sp -= ops[pc + 2];
                regs[sp++] = Undefined.INSTANCE;
                pc = ops[pc + 1];
              } else {
                pc += 3;
              }
            }
            case Op.JUMP_IF_UNDEFINED -> pc = regs[sp - 1] == Undefined.INSTANCE ? ops[pc + 1] : pc + 2;
            case Op.CALL, Op.NEW -> {
              int op = ops[pc];
              int argc = ops[pc + 1];
              int base = op == Op.CALL ? sp - argc - 2 : sp - argc - 1;
              Object callee = regs[op == Op.CALL ? base + 1 : base];
              if (--budget.ticks < 0) {
                f.pc = pc;
                budget.poll();
              }
              if (callee instanceof ScriptFunction sf && (op == Op.CALL ? sf.plainCall : sf.plainConstruct)) {
                f.pc = pc;
                f.sp = base;
                Frame nf = op == Op.CALL
                    ? newFrame(sf, regs[base], regs, argc, sp - argc, null)
                    : newConstructFrame(sf, regs, argc, sp - argc, sf);
                enter(nf);
                f = nf;
                realm = f.realm;
                code = f.code;
                ops = code.ops;
                k = code.constants;
                caches = f.caches;
                regs = f.regs;
                sp = f.sp;
                pc = 0;
              } else {
                f.pc = pc;
                regs[base] = SlowPaths.call(realm, op, regs, base, argc);
                sp = base + 1;
                pc += 2;
              }
            }
            case Op.RETURN, Op.RETURN_UNDEFINED, Op.RETURN_DERIVED -> {
              Object v = ops[pc] == Op.RETURN_UNDEFINED ? Undefined.INSTANCE : regs[--sp];
              JsThrow pending = null;
              if (ops[pc] == Op.RETURN_DERIVED) {
                // The result rules of a derived constructor apply after its frame is gone (caller's handlers, caller's realm).
                Object derived = SlowPaths.derivedResult(regs[--sp], v);
                if (derived instanceof Msg m) {
                  pending = Errors.error(f.caller != null ? f.caller.realm : realm, m);
                } else {
                  v = derived;
                }
              } else if (f.construct && !(v instanceof JsObject)) {
                v = f.thisValue;
              }
              depth--;
              if (f.driver == null) {
                agent.heap.release(SizeEstimates.FRAME + SizeEstimates.refArray(regs.length));
              }
              f.sp = sp;
              if (f == entry) {
                current = f.caller;
                return v;
              }
              f = f.caller;
              current = f;
              realm = f.realm;
              code = f.code;
              ops = code.ops;
              k = code.constants;
              caches = f.caches;
              regs = f.regs;
              sp = f.sp;
              if (pending != null) {
                throw pending;
              }
              regs[sp++] = v;
              pc = f.pc + 2;
            }
            case Op.THROW -> {
              f.pc = pc;
              throw new JsThrow(regs[--sp]);
            }
            case Op.GENERATOR_START, Op.YIELD, Op.AWAIT, Op.YIELD_RAW -> {
              f.pc = pc;
              f.sp = sp;
              Object v = SlowPaths.suspend(realm, f, ops[pc]);
              if (f == entry) {
                depth--;
                current = f.caller;
                return v;
              }
              throw new IllegalStateException("suspend in a frame that is not the entry frame");
            }
            default -> {
              f.pc = pc;
              f.sp = sp;
              SlowPaths.execute(this, f, regs, caches);
              sp = f.sp;
              pc = f.pc;
            }
          }
        }
      } catch (JsThrow t) {
        f = unwind(f, entry, t);
      } catch (StackOverflowError e) {
        // Built-ins re-entering JS exhausted the Java stack: a RangeError the script can catch.
        f = unwind(f, entry, Errors.rangeError(realm, Msg.STACK_OVERFLOW));
      }
      // Continue at the handler of frame f (unwind set its pc and sp).
      realm = f.realm;
      code = f.code;
      ops = code.ops;
      k = code.constants;
      caches = f.caches;
      regs = f.regs;
      sp = f.sp;
      pc = f.pc;
    }
  }

  /**
   * Finds the handler of a throw in this activation, innermost frame first, popping frames without
   * one; returns the frame to continue in (its pc at the handler, the thrown value pushed), or
   * rethrows when the entry frame has no handler either.
   */
  private Frame unwind(Frame f, Frame entry, JsThrow t) {
    while (true) {
      long h = f.code.handlerFor(f.pc);
      if (h >= 0) {
        int sp = f.code.registerCount + (int) (h >>> 32);
        f.regs[sp++] = t.value();
        f.sp = sp;
        f.pc = (int) h;
        return f;
      }
      depth--;
      if (f == entry) {
        current = f.caller;
        throw t;
      }
      f = f.caller;
      current = f;
    }
  }

  /** The JS stack as "    at fn (file:line:col)" lines, innermost first, at most {@code max} frames. */
  public String stackTrace(int max) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Frame fr = current; fr != null && n < max; fr = fr.caller, n++) {
      if (n > 0) {
        sb.append('\n');
      }
      sb.append("    at ").append(StackFrames.describe(fr));
    }
    return sb.toString();
  }
}
