package dev.islet.builtins.numbers;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.numconv.Float16;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.IteratorOperations.IteratorRecord;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/**
 * The Math Object — https://tc39.es/ecma262/#sec-math-object. Every function coerces its
 * arguments with ToNumber first (all of them, in order, for max, min and hypot); the numeric
 * work is StrictMath (fdlibm) or {@link MathOps} where Java's answer differs from the spec.
 */
public final class MathObject {
  private MathObject() {}

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), m -> BuiltinInstaller.on(realm, m)
        .constant("E", Math.E)
        .constant("LN10", 2.302585092994046)
        .constant("LN2", 0.6931471805599453)
        .constant("LOG10E", 0.4342944819032518)
        .constant("LOG2E", 1.4426950408889634)
        .constant("PI", Math.PI)
        .constant("SQRT1_2", 0.7071067811865476)
        .constant("SQRT2", 1.4142135623730951)
        .toStringTag("Math")
        .method("abs", 1, MathObject::abs)
        .method("acos", 1, MathObject::acos)
        .method("acosh", 1, MathObject::acosh)
        .method("asin", 1, MathObject::asin)
        .method("asinh", 1, MathObject::asinh)
        .method("atan", 1, MathObject::atan)
        .method("atanh", 1, MathObject::atanh)
        .method("atan2", 2, MathObject::atan2)
        .method("cbrt", 1, MathObject::cbrt)
        .method("ceil", 1, MathObject::ceil)
        .method("clz32", 1, MathObject::clz32)
        .method("cos", 1, MathObject::cos)
        .method("cosh", 1, MathObject::cosh)
        .method("exp", 1, MathObject::exp)
        .method("expm1", 1, MathObject::expm1)
        .method("floor", 1, MathObject::floor)
        .method("fround", 1, MathObject::fround)
        .method("f16round", 1, MathObject::f16round)
        .method("hypot", 2, MathObject::hypot)
        .method("imul", 2, MathObject::imul)
        .method("log", 1, MathObject::log)
        .method("log1p", 1, MathObject::log1p)
        .method("log10", 1, MathObject::log10)
        .method("log2", 1, MathObject::log2)
        .method("max", 2, MathObject::max)
        .method("min", 2, MathObject::min)
        .method("pow", 2, MathObject::pow)
        .method("random", 0, MathObject::random)
        .method("round", 1, MathObject::round)
        .method("sign", 1, MathObject::sign)
        .method("sin", 1, MathObject::sin)
        .method("sinh", 1, MathObject::sinh)
        .method("sqrt", 1, MathObject::sqrt)
        .method("sumPrecise", 1, MathObject::sumPrecise)
        .method("tan", 1, MathObject::tan)
        .method("tanh", 1, MathObject::tanh)
        .method("trunc", 1, MathObject::trunc)));
  }

  /** ToNumber of argument i. */
  private static double num(Realm realm, Object[] args, int i) {
    Object v = i < args.length ? args[i] : Undefined.INSTANCE;
    if (v instanceof Integer n) {
      return n;
    }
    if (v instanceof Double d) {
      return d;
    }
    return TypeConversion.toNumber(realm, v);
  }

  private static Object box(double d) {
    return Operators.number(d);
  }

  static Object abs(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length > 0 && args[0] instanceof Integer i && i != Integer.MIN_VALUE) {
      return Math.abs(i);
    }
    return box(Math.abs(num(realm, args, 0)));
  }

  static Object acos(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.acos(num(realm, args, 0)));
  }

  static Object acosh(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.acosh(num(realm, args, 0)));
  }

  static Object asin(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.asin(num(realm, args, 0)));
  }

  static Object asinh(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.asinh(num(realm, args, 0)));
  }

  static Object atan(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.atan(num(realm, args, 0)));
  }

  static Object atanh(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.atanh(num(realm, args, 0)));
  }

  static Object atan2(Realm realm, Object t, Object[] args, JsObject nt) {
    double y = num(realm, args, 0);
    double x = num(realm, args, 1);
    return box(MathOps.atan2(y, x));
  }

  static Object cbrt(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.cbrt(num(realm, args, 0)));
  }

  static Object ceil(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length > 0 && args[0] instanceof Integer) {
      return args[0];
    }
    return box(Math.ceil(num(realm, args, 0)));
  }

  static Object clz32(Realm realm, Object t, Object[] args, JsObject nt) {
    return MathOps.clz32(TypeConversion.toInt32(realm, Args.get(args, 0)));
  }

  static Object cos(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.cos(num(realm, args, 0)));
  }

  static Object cosh(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.cosh(num(realm, args, 0)));
  }

  static Object exp(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.exp(num(realm, args, 0)));
  }

  static Object expm1(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.expm1(num(realm, args, 0)));
  }

  static Object floor(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length > 0 && args[0] instanceof Integer) {
      return args[0];
    }
    return box(Math.floor(num(realm, args, 0)));
  }

  static Object fround(Realm realm, Object t, Object[] args, JsObject nt) {
    return box((double) (float) num(realm, args, 0));
  }

  static Object f16round(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(Float16.round(num(realm, args, 0)));
  }

  /** Math.hypot ( ...args ): every argument is coerced before any is inspected. */
  static Object hypot(Realm realm, Object t, Object[] args, JsObject nt) {
    double[] values = new double[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = num(realm, args, i);
    }
    return box(MathOps.hypot(values, args.length));
  }

  static Object imul(Realm realm, Object t, Object[] args, JsObject nt) {
    int a = TypeConversion.toInt32(realm, Args.get(args, 0));
    int b = TypeConversion.toInt32(realm, Args.get(args, 1));
    return MathOps.imul(a, b);
  }

  static Object log(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.log(num(realm, args, 0)));
  }

  static Object log1p(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.log1p(num(realm, args, 0)));
  }

  static Object log10(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.log10(num(realm, args, 0)));
  }

  static Object log2(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.log2(num(realm, args, 0)));
  }

  /** Math.max ( ...args ): coerces all, then NaN wins and +0 is above −0. */
  static Object max(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length == 2 && args[0] instanceof Integer a && args[1] instanceof Integer b) {
      return Math.max(a, b);
    }
    double r = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < args.length; i++) {
      r = Math.max(r, num(realm, args, i)); // Math.max propagates NaN and orders the zeros
    }
    return box(r);
  }

  /** Math.min ( ...args ) */
  static Object min(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length == 2 && args[0] instanceof Integer a && args[1] instanceof Integer b) {
      return Math.min(a, b);
    }
    double r = Double.POSITIVE_INFINITY;
    for (int i = 0; i < args.length; i++) {
      r = Math.min(r, num(realm, args, i));
    }
    return box(r);
  }

  static Object pow(Realm realm, Object t, Object[] args, JsObject nt) {
    double base = num(realm, args, 0);
    double exponent = num(realm, args, 1);
    return box(MathOps.exponentiate(base, exponent));
  }

  /** Math.random ( ): uniform in [0, 1) from this isolate's own generator. */
  static Object random(Realm realm, Object t, Object[] args, JsObject nt) {
    return realm.agent.random().nextDouble();
  }

  static Object round(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length > 0 && args[0] instanceof Integer) {
      return args[0];
    }
    return box(MathOps.round(num(realm, args, 0)));
  }

  static Object sign(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(Math.signum(num(realm, args, 0)));
  }

  static Object sin(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.sin(num(realm, args, 0)));
  }

  static Object sinh(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.sinh(num(realm, args, 0)));
  }

  static Object sqrt(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(Math.sqrt(num(realm, args, 0)));
  }

  static Object tan(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(StrictMath.tan(num(realm, args, 0)));
  }

  static Object tanh(Realm realm, Object t, Object[] args, JsObject nt) {
    return box(MathOps.tanh(num(realm, args, 0)));
  }

  static Object trunc(Realm realm, Object t, Object[] args, JsObject nt) {
    if (args.length > 0 && args[0] instanceof Integer) {
      return args[0];
    }
    return box(MathOps.trunc(num(realm, args, 0)));
  }

  /** Math.sumPrecise ( items ) — https://tc39.es/ecma262/#sec-math.sumprecise */
  static Object sumPrecise(Realm realm, Object t, Object[] args, JsObject nt) {
    Object items = Args.get(args, 0);
    // 1. Perform ? RequireObjectCoercible(items).
    if (items == Undefined.INSTANCE || items == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, items);
    }
    IteratorRecord rec = IteratorOperations.getIterator(realm, items);
    PreciseSum sum = new PreciseSum();
    while (true) {
      Object next = IteratorOperations.stepValue(realm, rec);
      if (next == JsObject.NOT_FOUND) {
        return box(sum.result());
      }
      realm.agent.budget.charge(1);
      // 7.b.ii. The count cannot reach 2^53: the budget ends the loop long before.
      if (!(next instanceof Integer) && !(next instanceof Double)) {
        JsThrow error = Errors.typeError(realm, Msg.SUM_PRECISE_NOT_NUMBER, Describe.value(next));
        IteratorOperations.closeOnThrow(realm, rec);
        throw error;
      }
      sum.add(((Number) next).doubleValue());
    }
  }
}
