package dev.islet.vm;

import dev.islet.bytecode.Op;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** Calls and construction that leave the interpreter's in-loop fast path. */
final class Calls {
  private Calls() {}

  /** True when a CALL or NEW of {@code f} can push a frame in the running loop. */
  static boolean isPlainCall(ScriptFunction f, int op) {
    return op == Op.CALL ? f.plainCall : f.plainConstruct;
  }

  /** CALL or NEW through the generic [[Call]] / [[Construct]] (built-ins, proxies, bound functions, generators). */
  static Object call(Realm realm, int op, Object[] regs, int base, int argc) {
    if (op == Op.CALL) {
      Object thisValue = regs[base];
      Object callee = regs[base + 1];
      Object[] args = copy(regs, base + 2, argc);
      if (!(callee instanceof JsObject f) || !f.isCallable()) {
        throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(callee));
      }
      return f.call(thisValue, args);
    }
    Object callee = regs[base];
    Object[] args = copy(regs, base + 1, argc);
    return construct(realm, callee, args, null);
  }

  static Object[] copy(Object[] regs, int from, int n) {
    if (n == 0) {
      return JsObject.NO_ARGS;
    }
    Object[] a = new Object[n];
    System.arraycopy(regs, from, a, 0, n);
    return a;
  }

  /** EvaluateNew: a TypeError unless {@code callee} is a constructor. */
  static Object construct(Realm realm, Object callee, Object[] args, JsObject newTarget) {
    if (!(callee instanceof JsObject f) || !f.isConstructor()) {
      throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(callee));
    }
    return f.construct(args, newTarget == null ? f : newTarget);
  }

  /** The arguments of a spread call: the elements of the array the compiler built. */
  static Object[] spreadArgs(Object array) {
    ArrayObject a = (ArrayObject) array;
    int n = (int) a.length();
    Object[] args = new Object[n];
    Object[] d = a.dense;
    for (int i = 0; i < n; i++) {
      Object v = d != null && i < d.length ? d[i] : null;
      args[i] = v == null ? Undefined.INSTANCE : v;
    }
    return args;
  }

  /**
   * super(...args): Construct(GetSuperConstructor(), args, new.target) —
   * https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation. The compiler has pushed
   * the active function and new.target below the arguments.
   */
  static Object superCall(Realm realm, Object activeFunction, Object newTarget, Object[] args) {
    JsObject func = (JsObject) activeFunction;
    JsObject superCtor = func.getPrototypeOf(realm);
    if (superCtor == null || !superCtor.isConstructor()) {
      throw Errors.typeError(realm, Msg.SUPER_NOT_CONSTRUCTOR, Describe.value(superCtor));
    }
    if (!(newTarget instanceof JsObject nt)) {
      throw Errors.referenceError(realm, Msg.CUSTOM_REFERENCE, "'super' keyword unexpected here");
    }
    return superCtor.construct(args, nt);
  }

  /** OrdinaryCreateFromConstructor ( constructor, "%Object.prototype%" ). */
  static JsObject ordinaryCreateFromConstructor(Realm realm, JsObject newTarget) {
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.OBJECT_PROTOTYPE);
    return JsObject.ordinary(realm, proto);
  }
}
