package dev.islet.compiler;

import dev.islet.bytecode.Code;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.bytecode.Op;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Emits one function's bytecode: instructions with their operands, forward and backward jumps
 * through {@link Label}s, the constant pool (deduplicated), inline-cache slots, exception handler
 * ranges, the pc→source table, and the operand-stack depth (tracked per instruction, so maxStack is
 * exact and a mismatch at a join point is caught at compile time as an engine bug).
 *
 * <p>A peephole fuses an instruction with the one just before it into a superinstruction (a compare
 * and its conditional jump, set_local and pop, get_local or this and a field load), never across a
 * point some other code may refer to: a bound label, or any pc handed out by {@link #pc()}.
 */
final class CodeBuilder {
  /** A jump target. */
  static final class Label {
    int pos = -1;
    int depth = -1;
    private int[] patches = new int[2];
    private int patchCount;

    void addPatch(int at) {
      if (patchCount == patches.length) {
        patches = java.util.Arrays.copyOf(patches, patchCount * 2);
      }
      patches[patchCount++] = at;
    }

    boolean isBound() {
      return pos >= 0;
    }
  }

  private int[] code = new int[64];
  private int pc;
  private final ArrayList<Object> constants = new ArrayList<>();
  private final HashMap<Object, Integer> constantIndex = new HashMap<>();
  private int caches;
  private int[] handlers = new int[16];
  private int handlerCount;
  private int[] positions = new int[32];
  private int positionCount;
  private int lastPositionOffset = -1;
  private int depth;
  private int maxDepth;
  private boolean reachable = true;
  /** Registers: fixed bindings first, temporaries above. */
  private int registers;
  private int maxRegisters;
  private final int fixedRegisters;
  /** The last instruction emitted: its start, opcode and the stack depth before it (for the peephole). */
  private int lastStart = -1;
  private int lastOp = -1;
  private int lastDepth;
  /** A pc that may be a jump target or a range bound: no fusion joins the instructions on both sides of it. */
  private int barrier = -1;

  CodeBuilder(int fixedRegisters) {
    this.fixedRegisters = fixedRegisters;
    registers = fixedRegisters;
    maxRegisters = fixedRegisters;
  }

  int pc() {
    barrier = pc;
    return pc;
  }

  int depth() {
    return depth;
  }

  boolean isReachable() {
    return reachable;
  }

  /** Sets the tracked depth (after an instruction with an unusual effect). */
  void setDepth(int d) {
    depth = d;
    if (d > maxDepth) {
      maxDepth = d;
    }
  }

  private void adjust(int delta) {
    depth += delta;
    if (depth < 0) {
      throw new IllegalStateException("operand stack underflow at pc " + pc);
    }
    if (depth > maxDepth) {
      maxDepth = depth;
    }
  }

  private void put(int v) {
    if (pc == code.length) {
      code = java.util.Arrays.copyOf(code, pc * 2);
    }
    code[pc++] = v;
  }

  // ------------------------------------------------------------------ emission

  void emit(int op) {
    if (op == Op.RETURN && fusable(Op.UNDEFINED)) {
      rewind();
      emit(Op.RETURN_UNDEFINED);
      return;
    }
    if (op == Op.POP && fusable(Op.SET_LOCAL)) {
      // set_local r; pop -> put_local r
      int r = code[lastStart + 1];
      rewind();
      emit(Op.PUT_LOCAL, r);
      return;
    }
    begin(op);
    put(op);
    adjust(effect(op, 0));
    after(op);
  }

  void emit(int op, int a) {
    begin(op);
    put(op);
    put(a);
    adjust(effect(op, a));
    after(op);
  }

  void emit(int op, int a, int b) {
    if ((op == Op.GET_FIELD || op == Op.GET_FIELD_OPT) && (fusable(Op.GET_LOCAL) || fusable(Op.THIS))) {
      // get_local r / this; get_field k c -> get_local_field k c r, and the method loads likewise.
      boolean local = lastOp == Op.GET_LOCAL;
      int r = local ? code[lastStart + 1] : 0;
      rewind();
      if (local) {
        emit(op == Op.GET_FIELD ? Op.GET_LOCAL_FIELD : Op.GET_LOCAL_METHOD, a, b, r);
      } else {
        emit(op == Op.GET_FIELD ? Op.GET_THIS_FIELD : Op.GET_THIS_METHOD, a, b);
      }
      return;
    }
    begin(op);
    put(op);
    put(a);
    put(b);
    adjust(effect(op, a));
    after(op);
  }

  void emit(int op, int a, int b, int c) {
    begin(op);
    put(op);
    put(a);
    put(b);
    put(c);
    adjust(effect(op, a));
    after(op);
  }

  /** An instruction whose stack effect the caller states (INIT_CLASS, CREATE_CLASS …). */
  void emitWithEffect(int op, int a, int delta) {
    begin(op);
    put(op);
    put(a);
    adjust(delta);
  }

  private void begin(int op) {
    lastStart = pc;
    lastOp = op;
    lastDepth = depth;
  }

  /** True when the last instruction is {@code op} and the next one may be fused with it. */
  private boolean fusable(int op) {
    return lastOp == op && lastStart >= 0 && lastStart + Op.length(op) == pc && barrier != pc && reachable;
  }

  /**
   * Takes the last instruction back, to emit a fused one in its place; a source position recorded for
   * the instruction being fused with it (a field load's) moves to the fused one.
   */
  private void rewind() {
    movePosition(pc, lastStart);
    pc = lastStart;
    depth = lastDepth;
    lastStart = -1;
    lastOp = -1;
  }

  /** The source position recorded for the instruction at {@code from} now belongs to the one at {@code to}. */
  private void movePosition(int from, int to) {
    if (positionCount == 0 || positions[positionCount - 2] != from) {
      return;
    }
    if (positionCount >= 4 && positions[positionCount - 4] == to) {
      positions[positionCount - 3] = positions[positionCount - 1];
      positionCount -= 2;
    } else {
      positions[positionCount - 2] = to;
    }
  }

  private void after(int op) {
    if (op == Op.RETURN || op == Op.RETURN_UNDEFINED || op == Op.RETURN_DERIVED || op == Op.THROW || op == Op.THROW_ERROR || op == Op.JUMP || op == Op.LOOP) {
      reachable = false;
    }
  }

  /** A jump to {@code target}; the depth at the target is the depth after the jump's own pops. */
  void jump(int op, Label target) {
    if ((op == Op.JUMP_IF_FALSE || op == Op.JUMP_IF_TRUE) && lastOp >= 0 && fusable(lastOp)) {
      int fused = fusedJump(lastOp, op == Op.JUMP_IF_TRUE);
      if (fused >= 0) {
        rewind();
        jump(fused, target);
        return;
      }
    }
    begin(op);
    int before = depth;
    put(op);
    int at = pc;
    put(target.pos);
    if (!target.isBound()) {
      target.addPatch(at);
    }
    int targetDepth;
    switch (op) {
      case Op.JUMP, Op.LOOP -> targetDepth = before;
      case Op.JUMP_IF_TRUE, Op.JUMP_IF_FALSE, Op.JUMP_IF_NULLISH_POP, Op.JUMP_IF_NOT_NULLISH_POP -> {
        targetDepth = before - 1;
        adjust(-1);
      }
      case Op.JUMP_IF_NOT_LT, Op.JUMP_IF_NOT_GT, Op.JUMP_IF_NOT_LE, Op.JUMP_IF_NOT_GE, Op.JUMP_IF_STRICT_EQ,
          Op.JUMP_IF_NOT_STRICT_EQ, Op.JUMP_IF_EQ, Op.JUMP_IF_NOT_EQ -> {
        targetDepth = before - 2;
        adjust(-2);
      }
      case Op.JUMP_IF_TRUE_KEEP, Op.JUMP_IF_FALSE_KEEP, Op.JUMP_IF_NOT_NULLISH_KEEP -> {
        targetDepth = before;
        adjust(-1);
      }
      case Op.JUMP_IF_UNDEFINED -> targetDepth = before;
      case Op.ITER_STEP -> {
        targetDepth = before;
        adjust(1);
      }
      case Op.FOR_IN_NEXT -> {
        targetDepth = before;
        adjust(1);
      }
      default -> throw new IllegalStateException("not a jump: " + Op.name(op));
    }
    mergeDepth(target, targetDepth);
    after(op);
  }

  /**
   * The fused compare-and-jump for comparison {@code op} followed by a jump when its result is
   * {@code jumpIf}, or -1. Relational comparisons fuse only with a jump on false (NaN makes
   * !(a < b) differ from a >= b).
   */
  private static int fusedJump(int op, boolean jumpIf) {
    return switch (op) {
      case Op.LT, Op.GT, Op.LE, Op.GE -> jumpIf ? -1 : op - Op.LT + Op.JUMP_IF_NOT_LT;
      case Op.STRICT_EQ -> jumpIf ? Op.JUMP_IF_STRICT_EQ : Op.JUMP_IF_NOT_STRICT_EQ;
      case Op.STRICT_NE -> jumpIf ? Op.JUMP_IF_NOT_STRICT_EQ : Op.JUMP_IF_STRICT_EQ;
      case Op.EQ -> jumpIf ? Op.JUMP_IF_EQ : Op.JUMP_IF_NOT_EQ;
      case Op.NE -> jumpIf ? Op.JUMP_IF_NOT_EQ : Op.JUMP_IF_EQ;
      default -> -1;
    };
  }

  /** JUMP_IF_NULLISH target popCount: on a nullish value pops popCount, pushes undefined and jumps. */
  void jumpIfNullish(Label target, int popCount) {
    begin(Op.JUMP_IF_NULLISH);
    int before = depth;
    put(Op.JUMP_IF_NULLISH);
    int at = pc;
    put(target.pos);
    put(popCount);
    if (!target.isBound()) {
      target.addPatch(at);
    }
    mergeDepth(target, before - popCount + 1);
  }

  private void mergeDepth(Label target, int d) {
    if (target.depth < 0) {
      target.depth = d;
    } else if (target.depth != d) {
      throw new IllegalStateException("stack depth mismatch at a jump: " + target.depth + " vs " + d + " (pc " + pc + ")");
    }
  }

  void bind(Label l) {
    if (l.isBound()) {
      throw new IllegalStateException("label bound twice");
    }
    barrier = pc;
    l.pos = pc;
    for (int i = 0; i < l.patchCount; i++) {
      code[l.patches[i]] = pc;
    }
    if (l.depth >= 0) {
      if (reachable && depth != l.depth) {
        throw new IllegalStateException("stack depth mismatch at label: " + depth + " vs " + l.depth + " (pc " + pc + ")");
      }
      setDepth(l.depth);
    } else {
      l.depth = depth;
    }
    reachable = true;
  }

  /** After an unconditional transfer: following code is unreachable, at statement-level depth {@code d}. */
  void unreachableAt(int d) {
    barrier = pc;
    reachable = false;
    setDepth(d);
  }

  /** Marks the following code reachable at {@code d} (e.g. an exception handler's entry). */
  void enterAt(int d) {
    barrier = pc;
    reachable = true;
    setDepth(d);
  }

  // ------------------------------------------------------------------ tables

  int constant(Object value) {
    Object key = value instanceof Double d ? (Object) ("D" + Double.doubleToRawLongBits(d)) : value;
    boolean identity = !(value instanceof String || value instanceof Double || value instanceof Integer
        || value instanceof java.math.BigInteger);
    if (!identity) {
      Integer i = constantIndex.get(key instanceof String s ? "S" + s : key);
      if (i != null) {
        return i;
      }
    }
    int index = constants.size();
    constants.add(value);
    if (!identity) {
      constantIndex.put(key instanceof String s ? "S" + s : key, index);
    }
    return index;
  }

  int cache() {
    return caches++;
  }

  /** Registers an exception handler for [start, end) jumping to {@code handler} with the stack at {@code stackDepth}. */
  void handler(int start, int end, Label handlerLabel, int stackDepth) {
    if (start == end) {
      return;
    }
    if (handlerCount + 4 > handlers.length) {
      handlers = java.util.Arrays.copyOf(handlers, handlers.length * 2);
    }
    handlers[handlerCount++] = start;
    handlers[handlerCount++] = end;
    handlers[handlerCount++] = -1;
    handlers[handlerCount++] = stackDepth;
    pendingHandlerLabels.add(new Object[] {handlerLabel, handlerCount - 2});
  }

  private final ArrayList<Object[]> pendingHandlerLabels = new ArrayList<>();

  /** Records that the instruction at the current pc comes from source offset {@code offset}. */
  void position(int offset) {
    if (offset < 0 || offset == lastPositionOffset) {
      return;
    }
    if (positionCount > 0 && positions[positionCount - 2] == pc) {
      positions[positionCount - 1] = offset;
      lastPositionOffset = offset;
      return;
    }
    if (positionCount + 2 > positions.length) {
      positions = java.util.Arrays.copyOf(positions, positions.length * 2);
    }
    positions[positionCount++] = pc;
    positions[positionCount++] = offset;
    lastPositionOffset = offset;
  }

  // ------------------------------------------------------------------ registers

  int newTemp() {
    int r = registers++;
    if (registers > maxRegisters) {
      maxRegisters = registers;
    }
    return r;
  }

  /** Releases temporaries allocated after {@code mark} (a value returned by {@link #tempMark}). */
  void releaseTemps(int mark) {
    registers = mark;
  }

  int tempMark() {
    return registers;
  }

  // ------------------------------------------------------------------ finish

  Code build(FunctionTemplate template) {
    for (Object[] p : pendingHandlerLabels) {
      Label l = (Label) p[0];
      if (!l.isBound()) {
        throw new IllegalStateException("exception handler label never bound");
      }
      handlers[(Integer) p[1]] = l.pos;
    }
    return new Code(java.util.Arrays.copyOf(code, pc), constants.toArray(), java.util.Arrays.copyOf(handlers, handlerCount),
        maxRegisters, fixedRegisters, maxDepth + 2, caches, java.util.Arrays.copyOf(positions, positionCount), template);
  }

  // ------------------------------------------------------------------ stack effects

  /** The net stack effect of {@code op} with first operand {@code a} (for the variable-arity ops). */
  private static int effect(int op, int a) {
    switch (op) {
      case Op.UNDEFINED, Op.NULL, Op.TRUE, Op.FALSE, Op.INT, Op.CONST, Op.DUP, Op.OVER, Op.GET_LOCAL,
          Op.GET_LOCAL_CHECKED, Op.GET_ENV, Op.GET_ENV_CHECKED, Op.GET_GLOBAL, Op.TYPEOF_GLOBAL, Op.GET_NAME,
          Op.TYPEOF_NAME, Op.DELETE_NAME, Op.GET_FIELD_OPT, Op.GET_ITERATOR, Op.GET_ASYNC_ITERATOR,
          Op.ITER_RESULT_DONE, Op.NEW_OBJECT, Op.CLOSURE, Op.TEMPLATE_OBJECT, Op.REGEXP, Op.CREATE_ARGUMENTS,
          Op.CREATE_REST, Op.NEW_PRIVATE_NAME, Op.THIS, Op.LOAD_FUNCTION, Op.LOAD_NEW_TARGET, Op.LOAD_HOME,
          Op.IMPORT_META, Op.RESUME_MODE, Op.GENERATOR_START, Op.ITER_NEXT_RESULT, Op.DESTRUCTURE_STEP,
          Op.DESTRUCTURE_REST, Op.GET_THIS_FIELD, Op.GET_IMPORT, Op.RESOLVE_NAME, Op.GET_REF, Op.GET_LOCAL_FIELD:
        return 1;
      case Op.DUP2, Op.GET_NAME_CALL, Op.GET_THIS_METHOD, Op.GET_LOCAL_METHOD:
        return 2;
      case Op.POP, Op.PUT_LOCAL, Op.PUT_ENV, Op.SET_FIELD, Op.GET_ELEM, Op.DELETE_ELEM, Op.DEFINE_FIELD,
          Op.SET_PROTO_LITERAL, Op.COPY_DATA_PROPS, Op.GET_PRIVATE, Op.PRIVATE_IN, Op.NEW_SPREAD, Op.ADD, Op.SUB,
          Op.MUL, Op.DIV, Op.MOD, Op.EXP, Op.BIT_AND, Op.BIT_OR, Op.BIT_XOR, Op.SHL, Op.SAR, Op.SHR, Op.EQ, Op.NE,
          Op.STRICT_EQ, Op.STRICT_NE, Op.LT, Op.GT, Op.LE, Op.GE, Op.INSTANCEOF, Op.IN, Op.RETURN, Op.THROW,
          Op.ARRAY_PUSH, Op.ARRAY_SPREAD, Op.ADD_PRIVATE_BRAND, Op.INIT_FIELDS, Op.DYNAMIC_IMPORT,
          Op.DERIVED_RESULT, Op.CHECK_TDZ_INIT, Op.ENTER_WITH, Op.SET_REF:
        return -1;
      case Op.RETURN_DERIVED, Op.SET_ELEM, Op.DEFINE_ELEM, Op.DEFINE_ACCESSOR, Op.DEFINE_METHOD, Op.GET_SUPER, Op.SET_PRIVATE,
          Op.DEFINE_PRIVATE, Op.CALL_SPREAD, Op.SUPER_CALL_SPREAD, Op.ITER_CLOSE, Op.ITER_CLOSE_THROW, Op.PUT_FIELD:
        return -2;
      case Op.SET_SUPER, Op.PUT_ELEM:
        return -3;
      case Op.COPY_DATA_PROPS_EXCL:
        return -a;
      case Op.DISPOSE_RESOURCES:
        return a == 0 ? -2 : -1;
      case Op.CALL, Op.SUPER_CALL:
        return -(a + 1);
      case Op.CALL_EVAL:
        return a < 0 ? -2 : -(a + 1);
      case Op.NEW:
        return -a;
      case Op.NEW_ARRAY:
        return 1 - a;
      default:
        return 0;
    }
  }
}
