package dev.islet.vm;

import dev.islet.bytecode.Code;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.bytecode.Op;
import dev.islet.bytecode.ScopeInfo;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/**
 * Everything the interpreter loop does not do inline, one static call away. {@link #execute}
 * handles the less frequent opcodes with the frame's pc and sp saved in the frame.
 */
final class SlowPaths {
  private SlowPaths() {}

  // ------------------------------------------------------------------ helpers the loop calls directly

  static int shuffle(int op, Object[] r, int sp) {
    switch (op) {
      case Op.DUP2 -> {
        r[sp] = r[sp - 2];
        r[sp + 1] = r[sp - 1];
        return sp + 2;
      }
      case Op.SWAP -> {
        Object t = r[sp - 1];
        r[sp - 1] = r[sp - 2];
        r[sp - 2] = t;
        return sp;
      }
      case Op.ROT3 -> {
        // a b c -> c a b
        Object c = r[sp - 1];
        r[sp - 1] = r[sp - 2];
        r[sp - 2] = r[sp - 3];
        r[sp - 3] = c;
        return sp;
      }
      case Op.ROT4 -> {
        // a b c d -> d a b c
        Object d = r[sp - 1];
        r[sp - 1] = r[sp - 2];
        r[sp - 2] = r[sp - 3];
        r[sp - 3] = r[sp - 4];
        r[sp - 4] = d;
        return sp;
      }
      case Op.OVER -> {
        r[sp] = r[sp - 2];
        return sp + 1;
      }
      default -> throw new IllegalStateException("not a shuffle: " + Op.name(op));
    }
  }

  static JsThrow tdzError(Realm realm, Object name) {
    if ("this".equals(name)) {
      return Errors.referenceError(realm, Msg.SUPER_NOT_CALLED);
    }
    return Errors.referenceError(realm, Msg.TDZ, name);
  }

  static void scopeOp(Realm realm, Frame f, int[] ops, int pc, Object[] k, Object[] regs) {
    switch (ops[pc]) {
      case Op.PUSH_SCOPE -> {
        ScopeInfo info = (ScopeInfo) k[ops[pc + 1]];
        realm.heap.charge(dev.islet.heap.SizeEstimates.SCOPE + dev.islet.heap.SizeEstimates.refArray(info.size()));
        f.scope = new Scope(f.scope, info);
      }
      case Op.POP_SCOPE -> f.scope = f.scope.parent;
      case Op.COPY_SCOPE -> {
        realm.heap.charge(dev.islet.heap.SizeEstimates.SCOPE + dev.islet.heap.SizeEstimates.refArray(f.scope.slots.length));
        f.scope = new Scope(f.scope);
      }
      case Op.SAVE_SCOPE -> regs[ops[pc + 1]] = f.scope;
      case Op.RESTORE_SCOPE -> f.scope = (Scope) regs[ops[pc + 1]];
      default -> throw new IllegalStateException(Op.name(ops[pc]));
    }
  }

  static Object getField(Realm realm, Object obj, Object key, Object[] caches, int index) {
    return PropertyAccess.getField(realm, obj, key, caches, index);
  }

  static void setField(Realm realm, Object obj, Object key, Object v, Object[] caches, int index, boolean strict) {
    PropertyAccess.setField(realm, obj, key, v, caches, index, strict);
  }

  static Object getElem(Realm realm, Object obj, Object key) {
    return PropertyAccess.getElem(realm, obj, key);
  }

  static void setElem(Realm realm, Object obj, Object key, Object v, boolean strict) {
    PropertyAccess.setElem(realm, obj, key, v, strict);
  }

  static boolean isPlainCall(ScriptFunction f, int op) {
    return Calls.isPlainCall(f, op);
  }

  static Object call(Realm realm, int op, Object[] regs, int base, int argc) {
    return Calls.call(realm, op, regs, base, argc);
  }

  static JsObject ordinaryCreateFromConstructor(Realm realm, JsObject newTarget) {
    return Calls.ordinaryCreateFromConstructor(realm, newTarget);
  }

  static Object binary(Realm realm, int op, Object a, Object b) {
    if (a instanceof Integer x && b instanceof Integer y) {
      int i = x;
      int j = y;
      switch (op) {
        case Op.MUL -> {
          long r = (long) i * j;
          if (r == (int) r && (r != 0 || (i >= 0 && j >= 0))) {
            return (int) r;
          }
          return Operators.number((double) i * j);
        }
        case Op.MOD -> {
          if (j > 0 && i >= 0) {
            return i % j;
          }
        }
        case Op.BIT_AND -> {
          return i & j;
        }
        case Op.BIT_OR -> {
          return i | j;
        }
        case Op.BIT_XOR -> {
          return i ^ j;
        }
        case Op.SHL -> {
          return i << (j & 31);
        }
        case Op.SAR -> {
          return i >> (j & 31);
        }
        default -> {
          // DIV, EXP, SHR and the rest: through doubles below.
        }
      }
    }
    if (a instanceof Double x && b instanceof Double y && op == Op.MUL) {
      return Operators.number(x * y);
    }
    int kind = switch (op) {
      case Op.MUL -> Operators.MUL;
      case Op.DIV -> Operators.DIV;
      case Op.MOD -> Operators.MOD;
      case Op.EXP -> Operators.EXP;
      case Op.BIT_AND -> Operators.BIT_AND;
      case Op.BIT_OR -> Operators.BIT_OR;
      case Op.BIT_XOR -> Operators.BIT_XOR;
      case Op.SHL -> Operators.SHL;
      case Op.SAR -> Operators.SAR;
      case Op.SHR -> Operators.SHR;
      default -> throw new IllegalStateException(Op.name(op));
    };
    if ((a instanceof Integer || a instanceof Double) && (b instanceof Integer || b instanceof Double)) {
      return Operators.numberArithmetic(kind, ((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    return Operators.arithmetic(realm, kind, a, b);
  }

  static Object compare(Realm realm, int op, Object a, Object b) {
    if ((a instanceof Integer || a instanceof Double) && (b instanceof Integer || b instanceof Double)) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return switch (op) {
        case Op.LT -> x < y;
        case Op.GT -> x > y;
        case Op.LE -> x <= y;
        default -> x >= y;
      };
    }
    return switch (op) {
      case Op.LT -> Operators.lessThan(realm, a, b, true) == 1;
      case Op.GT -> Operators.lessThan(realm, b, a, false) == 1;
      case Op.LE -> Operators.lessThan(realm, b, a, false) == 0;
      default -> Operators.lessThan(realm, a, b, true) == 0;
    };
  }

  static Object relational(Realm realm, int op, Object a, Object b) {
    return switch (op) {
      case Op.EQ -> Operators.looselyEqual(realm, a, b);
      case Op.NE -> !Operators.looselyEqual(realm, a, b);
      case Op.INSTANCEOF -> Operators.instanceOf(realm, a, b);
      case Op.IN -> Operators.in(realm, a, b);
      default -> throw new IllegalStateException(Op.name(op));
    };
  }

  static Object unary(Realm realm, int op, Object v) {
    return switch (op) {
      case Op.NEG -> Operators.negate(realm, v);
      case Op.PLUS -> v instanceof Integer ? v : Operators.number(TypeConversion.toNumber(realm, v));
      case Op.TO_NUMERIC -> TypeConversion.toNumeric(realm, v);
      case Op.BIT_NOT -> Operators.bitNot(realm, v);
      case Op.TYPEOF -> Operators.typeOf(v);
      case Op.TO_STRING -> TypeConversion.toJsString(realm, v);
      case Op.TO_PROPERTY_KEY -> PropertyKey.stackForm(TypeConversion.toPropertyKey(realm, v));
      default -> throw new IllegalStateException(Op.name(op));
    };
  }

  static Object suspend(Realm realm, Frame f, int op) {
    return Generators.suspend(realm, f, op);
  }

  // ------------------------------------------------------------------ everything else

  /** Executes the instruction at {@code f.pc}, updating {@code f.sp} and {@code f.pc}. */
  static void execute(Interpreter interp, Frame f, Object[] r, Object[] caches) {
    Realm realm = f.realm;
    Code code = f.code;
    int[] ops = code.ops;
    Object[] k = code.constants;
    int pc = f.pc;
    int sp = f.sp;
    int op = ops[pc];
    boolean strict = code.template.is(FunctionTemplate.STRICT);
    switch (op) {
      case Op.GET_GLOBAL -> r[sp++] = Names.getGlobal(realm, (String) k[ops[pc + 1]], caches, ops[pc + 2], false);
      case Op.TYPEOF_GLOBAL -> r[sp++] = Names.getGlobal(realm, (String) k[ops[pc + 1]], caches, ops[pc + 2], true);
      case Op.SET_GLOBAL -> Names.setGlobal(realm, (String) k[ops[pc + 1]], r[sp - 1], caches, ops[pc + 2], strict);
      case Op.GET_NAME -> r[sp++] = Names.getName(realm, f.scope, (String) k[ops[pc + 1]], false, strict);
      case Op.TYPEOF_NAME -> r[sp++] = Names.getName(realm, f.scope, (String) k[ops[pc + 1]], true, strict);
      case Op.SET_NAME -> Names.setName(realm, f.scope, (String) k[ops[pc + 1]], r[sp - 1], strict);
      case Op.SET_VAR_NAME -> Names.setVarName(realm, f.scope, (String) k[ops[pc + 1]], r[sp - 1]);
      case Op.DELETE_NAME -> r[sp++] = Names.deleteName(realm, f.scope, (String) k[ops[pc + 1]]);
      case Op.GET_NAME_CALL -> sp = Names.getNameForCall(realm, f.scope, (String) k[ops[pc + 1]], r, sp);
      case Op.RESOLVE_NAME -> r[sp++] = Names.resolve(realm, f.scope, (String) k[ops[pc + 1]]);
      case Op.GET_REF -> {
        r[sp] = Names.getValue(realm, (Names.Reference) r[sp - 1], (String) k[ops[pc + 1]], false, strict);
        sp++;
      }
      case Op.SET_REF -> {
        Names.putValue(realm, (Names.Reference) r[sp - 2], (String) k[ops[pc + 1]], r[sp - 1], strict);
        r[sp - 2] = r[sp - 1];
        sp--;
      }
      case Op.DECLARE_GLOBALS -> Names.declareGlobals(realm, f, k[ops[pc + 1]]);
      case Op.DECLARE_EVAL -> Names.declareEval(realm, f, k[ops[pc + 1]]);
      case Op.DELETE_FIELD -> r[sp - 1] = PropertyAccess.delete(realm, r[sp - 1], k[ops[pc + 1]], strict);
      case Op.DELETE_ELEM -> {
        Object obj = r[sp - 2];
        if (obj == Undefined.INSTANCE || obj == Null.INSTANCE) {
          throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, obj);
        }
        r[sp - 2] = PropertyAccess.delete(realm, obj, TypeConversion.toPropertyKey(realm, r[sp - 1]), strict);
        sp--;
      }
      case Op.DEFINE_FIELD -> {
        Literals.defineField(realm, (JsObject) r[sp - 2], k[ops[pc + 1]], r[sp - 1]);
        sp--;
      }
      case Op.DEFINE_ELEM -> {
        Literals.defineField(realm, (JsObject) r[sp - 3], PropertyKey.canonical(r[sp - 2]), r[sp - 1]);
        sp -= 2;
      }
      case Op.DEFINE_ACCESSOR -> {
        Literals.defineAccessor(realm, (JsObject) r[sp - 3], PropertyKey.canonical(r[sp - 2]), (JsObject) r[sp - 1], ops[pc + 1]);
        sp -= 2;
      }
      case Op.DEFINE_METHOD -> {
        Literals.defineMethod(realm, (JsObject) r[sp - 3], PropertyKey.canonical(r[sp - 2]), (JsObject) r[sp - 1], (ops[pc + 1] & 1) != 0);
        sp -= 2;
      }
      case Op.SET_PROTO_LITERAL -> {
        Object v = r[--sp];
        if (v instanceof JsObject || v == Null.INSTANCE) {
          ((JsObject) r[sp - 1]).setPrototypeOf(realm, v instanceof JsObject p ? p : null);
        }
      }
      case Op.COPY_DATA_PROPS -> {
        ObjectOperations.copyDataProperties(realm, (JsObject) r[sp - 2], r[sp - 1], null);
        sp--;
      }
      case Op.COPY_DATA_PROPS_EXCL -> sp = Literals.restObject(realm, r, sp, ops[pc + 1]);
      case Op.SET_FUNCTION_NAME -> Literals.setFunctionName(realm, (JsObject) r[sp - 1], PropertyKey.canonical(r[sp - 2]), ops[pc + 1]);
      case Op.GET_SUPER -> {
        r[sp - 3] = Literals.getSuper(realm, r[sp - 3], r[sp - 2], r[sp - 1]);
        sp -= 2;
      }
      case Op.SET_SUPER -> {
        Literals.setSuper(realm, r[sp - 4], r[sp - 3], r[sp - 2], r[sp - 1], strict);
        r[sp - 4] = r[sp - 1];
        sp -= 3;
      }
      case Op.GET_PRIVATE -> {
        r[sp - 2] = Classes.privateGet(realm, r[sp - 2], (PrivateName) r[sp - 1]);
        sp--;
      }
      case Op.SET_PRIVATE -> {
        Classes.privateSet(realm, r[sp - 3], (PrivateName) r[sp - 2], r[sp - 1]);
        r[sp - 3] = r[sp - 1];
        sp -= 2;
      }
      case Op.DEFINE_PRIVATE -> {
        Classes.privateFieldAdd(realm, (JsObject) r[sp - 3], (PrivateName) r[sp - 2], r[sp - 1]);
        sp -= 2;
      }
      case Op.PRIVATE_IN -> {
        r[sp - 2] = Classes.privateIn(realm, (PrivateName) r[sp - 2], r[sp - 1]);
        sp--;
      }
      case Op.CALL_SPREAD -> {
        Object fn = r[sp - 2];
        if (!(fn instanceof JsObject o) || !o.isCallable()) {
          throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(fn));
        }
        r[sp - 3] = o.call(r[sp - 3], Calls.spreadArgs(r[sp - 1]));
        sp -= 2;
      }
      case Op.NEW_SPREAD -> {
        r[sp - 2] = Calls.construct(realm, r[sp - 2], Calls.spreadArgs(r[sp - 1]), null);
        sp--;
      }
      case Op.SUPER_CALL -> {
        int argc = ops[pc + 1];
        int base = sp - argc - 2;
        r[base] = Calls.superCall(realm, r[base], r[base + 1], Calls.copy(r, base + 2, argc));
        sp = base + 1;
      }
      case Op.SUPER_CALL_SPREAD -> {
        r[sp - 3] = Calls.superCall(realm, r[sp - 3], r[sp - 2], Calls.spreadArgs(r[sp - 1]));
        sp -= 2;
      }
      case Op.CALL_EVAL -> sp = DynamicCode.callEval(realm, f, r, sp, ops[pc + 1], k[ops[pc + 2]]);
      case Op.CALL_METHOD_KEYED -> {
        Object obj = r[sp - 2];
        Object key = TypeConversion.toPropertyKey(realm, r[sp - 1]);
        r[sp - 1] = PropertyAccess.getElem(realm, obj, key);
      }
      case Op.THROW_ERROR -> throw Errors.error(realm, Msg.values()[ops[pc + 1]], k[ops[pc + 2]]);
      case Op.GET_ITERATOR, Op.GET_ASYNC_ITERATOR, Op.ITER_CALL_NEXT, Op.ITER_CLOSE, Op.ITER_RESULT_DONE,
          Op.ITER_RESULT_VALUE, Op.FOR_IN_START, Op.ITER_CALL_METHOD -> sp = Iteration.execute(realm, op, r, sp, k, ops, pc);
      case Op.ITER_STEP -> {
        Object v = Iteration.step(realm, r[sp - 2], r[sp - 1]);
        if (v == JsObject.NOT_FOUND) {
          f.pc = ops[pc + 1];
          f.sp = sp;
          return;
        }
        r[sp++] = v;
      }
      case Op.FOR_IN_NEXT -> {
        Object key = ((ForInIterator) r[sp - 1]).next(realm);
        if (key == null) {
          f.pc = ops[pc + 1];
          f.sp = sp;
          return;
        }
        r[sp++] = key;
      }
      case Op.NEW_OBJECT -> r[sp++] = JsObject.ordinary(realm, realm.objectPrototype());
      case Op.NEW_ARRAY -> {
        int n = ops[pc + 1];
        Object[] values = new Object[n];
        System.arraycopy(r, sp - n, values, 0, n);
        sp -= n;
        r[sp++] = ArrayObject.fromList(realm, values, n);
      }
      case Op.ARRAY_PUSH -> ((ArrayObject) r[sp - 2]).append(realm, r[--sp]);
      case Op.ARRAY_HOLE -> ((ArrayObject) r[sp - 1]).appendHole();
      case Op.ARRAY_SPREAD -> {
        Iteration.spreadInto(realm, (ArrayObject) r[sp - 2], r[sp - 1]);
        sp--;
      }
      case Op.CLOSURE -> r[sp++] = Literals.closure(realm, f, (FunctionTemplate) k[ops[pc + 1]]);
      case Op.CREATE_CLASS -> sp = Classes.createClass(realm, f, r, sp, (dev.islet.bytecode.ClassLayout) k[ops[pc + 1]]);
      case Op.INIT_CLASS -> sp = Classes.initClass(realm, f, r, sp, (dev.islet.bytecode.ClassLayout) k[ops[pc + 1]]);
      case Op.TEMPLATE_OBJECT -> r[sp++] = Literals.templateObject(realm, f, (dev.islet.bytecode.TemplateSite) k[ops[pc + 1]]);
      case Op.REGEXP -> r[sp++] = Literals.regexp(realm, k[ops[pc + 1]]);
      case Op.CREATE_ARGUMENTS -> r[sp++] = ArgumentsObject.create(realm, f, (int[]) k[ops[pc + 1]]);
      case Op.CREATE_REST -> r[sp++] = Literals.rest(realm, f, ops[pc + 1]);
      case Op.NEW_PRIVATE_NAME -> r[sp++] = Classes.newPrivateName(k[ops[pc + 1]]);
      case Op.THIS -> r[sp++] = f.thisValue;
      case Op.CHECK_THIS -> {
        if (r[sp - 1] == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.SUPER_NOT_CALLED);
        }
      }
      case Op.LOAD_FUNCTION -> {
        ScriptFunction fn = f.function == null ? f.activeFunction
            : f.function.template.is(FunctionTemplate.ARROW) ? f.function.lexicalFunction : f.function;
        r[sp++] = fn == null ? Undefined.INSTANCE : fn;
      }
      case Op.LOAD_NEW_TARGET -> r[sp++] = f.newTarget == null ? Undefined.INSTANCE : f.newTarget;
      case Op.LOAD_HOME -> {
        JsObject home = f.function != null && f.function.home != null ? f.function.home : f.home;
        r[sp++] = home == null ? Undefined.INSTANCE : home;
      }
      case Op.INIT_FIELDS -> {
        Classes.initializeInstanceElements(realm, (JsObject) r[sp - 1], (ScriptFunction) r[sp - 2]);
        r[sp - 2] = r[sp - 1];
        sp--;
      }
      case Op.RESUME_MODE -> r[sp++] = f.resumeMode;
      case Op.CHECK_OBJECT -> {
        if (!(r[sp - 1] instanceof JsObject)) {
          throw Errors.typeError(realm, Msg.CUSTOM_TYPE, k[ops[pc + 1]] + ": " + Describe.value(r[sp - 1]) + " is not an object");
        }
      }
      case Op.TO_OBJECT -> {
        Object v = r[sp - 1];
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
          throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, v);
        }
      }
      case Op.CHECK_CALLABLE -> {
        if (!(r[sp - 1] instanceof JsObject o) || !o.isCallable()) {
          throw Errors.typeError(realm, Msg.NOT_CALLABLE, k[ops[pc + 1]]);
        }
      }
      case Op.SET_HOME -> ((ScriptFunction) r[sp - 1]).home = (JsObject) r[sp - 2];
      case Op.DERIVED_RESULT -> {
        Object v = r[sp - 2];
        Object thisBinding = r[sp - 1];
        sp--;
        if (!(v instanceof JsObject)) {
          if (v != Undefined.INSTANCE) {
            throw Errors.typeError(realm, Msg.DERIVED_RETURN);
          }
          if (thisBinding == Scope.TDZ) {
            throw Errors.referenceError(realm, Msg.SUPER_NOT_CALLED);
          }
          r[sp - 1] = thisBinding;
        }
      }
      case Op.ITER_CLOSE_THROW -> {
        sp -= 2;
        dev.islet.ops.IteratorOperations.closeOnThrow(realm, new dev.islet.ops.IteratorOperations.IteratorRecord((JsObject) r[sp], r[sp + 1]));
      }
      case Op.INIT_GLOBAL_LEXICAL -> realm.globalEnv().lexicalBinding((String) k[ops[pc + 1]]).value = r[sp - 1];
      case Op.ITER_NEXT_RESULT -> {
        Object result = ObjectOperations.call(realm, r[sp - 1], r[sp - 2]);
        r[sp++] = result;
      }
      case Op.ENTER_WITH -> f.scope = new WithScope(f.scope, TypeConversion.toObject(realm, r[--sp]));
      case Op.DESTRUCTURE_STEP -> r[sp++] = Iteration.destructureStep(realm, r, ops[pc + 1]);
      case Op.DESTRUCTURE_REST -> r[sp++] = Iteration.destructureRest(realm, r, ops[pc + 1]);
      case Op.DESTRUCTURE_CLOSE -> Iteration.destructureClose(realm, r, ops[pc + 1], ops[pc + 2] != 0);
      case Op.KEY_FOR_BASE -> {
        Object base = r[sp - 2];
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
          throw Errors.typeError(realm, Msg.CANNOT_READ_PROPERTY, base, "?");
        }
        r[sp - 1] = PropertyKey.stackForm(TypeConversion.toPropertyKey(realm, r[sp - 1]));
      }
      case Op.CHECK_TDZ_INIT -> {
        if (r[--sp] != Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.SUPER_CALLED_TWICE);
        }
      }
      case Op.GET_IMPORT -> {
        Object v = f.scope.up(ops[pc + 1]).slots[ops[pc + 2]];
        if (v instanceof dev.islet.modules.ImportCell c) {
          v = c.value();
        }
        if (v == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, k[ops[pc + 3]]);
        }
        r[sp++] = v;
      }
      case Op.IMPORT_META -> r[sp++] = ((dev.islet.modules.SourceTextModule) moduleOf(f)).importMeta();
      case Op.DYNAMIC_IMPORT -> {
        Object options = r[--sp];
        r[sp - 1] = dev.islet.modules.Modules.dynamicImport(realm, referrerOf(f), r[sp - 1], options);
      }
      case Op.NEW_DISPOSABLES -> r[ops[pc + 1]] = dev.islet.builtins.control.DisposableResources.newCapability();
      case Op.ADD_DISPOSABLE -> dev.islet.builtins.control.DisposableResources.add(realm,
          (dev.islet.builtins.control.DisposableResources.Capability) r[ops[pc + 1]], r[sp - 1], ops[pc + 2] != 0);
      case Op.DISPOSE_RESOURCES -> {
        Object value = r[--sp];
        Object type = r[--sp];
        Object completion = type instanceof Integer t && t == 1 ? value : dev.islet.builtins.control.DisposableResources.NO_ERROR;
        var cap = (dev.islet.builtins.control.DisposableResources.Capability) r[ops[pc + 2]];
        if (ops[pc + 1] == 0) {
          dev.islet.builtins.control.DisposableResources.disposeSync(realm, cap, completion);
        } else {
          r[sp++] = dev.islet.builtins.control.DisposableResources.disposeAsync(realm, cap, completion);
        }
      }
      case Op.ASYNC_YIELD_STAR_RESULT ->
          sp = Generators.execute(realm, f, op, r, sp, ops, pc, k);
      default -> throw new IllegalStateException("unimplemented opcode " + Op.name(op) + " at pc " + pc);
    }
    f.sp = sp;
    f.pc = pc + Op.length(op);
  }

  /** The module whose code runs in {@code f} (directly or through a function it defined). */
  private static Object moduleOf(Frame f) {
    for (Frame x = f; x != null; x = x.caller) {
      if (x.module != null) {
        return x.module;
      }
      if (x.function == null) {
        break;
      }
    }
    Object m = f.instance.template.source == null ? null
        : dev.islet.modules.Modules.moduleNamed(f.realm, f.instance.template.source.name());
    if (m == null) {
      throw new IllegalStateException("import.meta outside module code");
    }
    return m;
  }

  /** The name import() resolves against: the source the running code came from. */
  private static String referrerOf(Frame f) {
    return f.code.template.source == null ? "" : f.code.template.source.name();
  }

  /** A derived constructor's result: the object returned, its this binding, or the Msg of the error to throw. */
  static Object derivedResult(Object v, Object thisBinding) {
    if (v instanceof JsObject) {
      return v;
    }
    if (v != Undefined.INSTANCE) {
      return Msg.DERIVED_RETURN;
    }
    return thisBinding == Scope.TDZ ? Msg.SUPER_NOT_CALLED : thisBinding;
  }

  /** A property key for messages. */
  static String keyName(Object key) {
    return PropertyKey.describe(key);
  }
}
