package dev.islet.builtins.numbers;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.numconv.NumberToString;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** Properties of the Number Prototype Object — https://tc39.es/ecma262/#sec-properties-of-the-number-prototype-object */
public final class NumberPrototype {
  private NumberPrototype() {}

  /** %Number.prototype% is itself a Number object whose [[NumberData]] is +0. */
  public static JsObject create(Realm realm) {
    return new PrimitiveObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.NUMBER))
        .method("toExponential", 1, NumberPrototype::toExponential)
        .method("toFixed", 1, NumberPrototype::toFixed)
        .method("toLocaleString", 0, NumberPrototype::toLocaleString)
        .method("toPrecision", 1, NumberPrototype::toPrecision)
        .method("toString", 1, NumberPrototype::toString)
        .method("valueOf", 0, NumberPrototype::valueOf)), 0);
  }

  /** ThisNumberValue ( value ) — https://tc39.es/ecma262/#sec-thisnumbervalue */
  static double thisNumberValue(Realm realm, Object value, String method) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof PrimitiveObject p && (p.primitive() instanceof Integer || p.primitive() instanceof Double)) {
      return ((Number) p.primitive()).doubleValue();
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(value));
  }

  /** Number.prototype.toExponential ( fractionDigits ) — https://tc39.es/ecma262/#sec-number.prototype.toexponential */
  static Object toExponential(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double x = thisNumberValue(realm, thisValue, "Number.prototype.toExponential");
    Object fractionDigits = Args.get(args, 0);
    double f = TypeConversion.toIntegerOrInfinity(realm, fractionDigits);
    if (!Double.isFinite(x)) {
      return NumberToString.toString(x);
    }
    if (f < 0 || f > 100) {
      throw Errors.rangeError(realm, Msg.DIGITS_RANGE, "toExponential()", 0, 100);
    }
    return fractionDigits == Undefined.INSTANCE
        ? NumberToString.toExponential(x) : NumberToString.toExponential(x, (int) f);
  }

  /** Number.prototype.toFixed ( fractionDigits ) — https://tc39.es/ecma262/#sec-number.prototype.tofixed */
  static Object toFixed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double x = thisNumberValue(realm, thisValue, "Number.prototype.toFixed");
    double f = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    if (!(f >= 0 && f <= 100)) {
      throw Errors.rangeError(realm, Msg.DIGITS_RANGE, "toFixed()", 0, 100);
    }
    if (!Double.isFinite(x)) {
      return NumberToString.toString(x);
    }
    return NumberToString.toFixed(x, (int) f);
  }

  /** Number.prototype.toLocaleString ( ): without Intl, the same as toString(). */
  static Object toLocaleString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return NumberToString.toString(thisNumberValue(realm, thisValue, "Number.prototype.toLocaleString"));
  }

  /** Number.prototype.toPrecision ( precision ) — https://tc39.es/ecma262/#sec-number.prototype.toprecision */
  static Object toPrecision(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double x = thisNumberValue(realm, thisValue, "Number.prototype.toPrecision");
    Object precision = Args.get(args, 0);
    if (precision == Undefined.INSTANCE) {
      return NumberToString.toString(x);
    }
    double p = TypeConversion.toIntegerOrInfinity(realm, precision);
    if (!Double.isFinite(x)) {
      return NumberToString.toString(x);
    }
    if (p < 1 || p > 100) {
      throw Errors.rangeError(realm, Msg.DIGITS_RANGE, "toPrecision()", 1, 100);
    }
    return NumberToString.toPrecision(x, (int) p);
  }

  /** Number.prototype.toString ( [ radix ] ) — https://tc39.es/ecma262/#sec-number.prototype.tostring */
  static Object toString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double x = thisNumberValue(realm, thisValue, "Number.prototype.toString");
    int radix = radixArgument(realm, Args.get(args, 0));
    return radix == 10 ? dev.islet.ops.NumberConversions.toString(x) : NumberToString.toString(x, radix);
  }

  /** Number.prototype.valueOf ( ) */
  static Object valueOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof Integer || thisValue instanceof Double) {
      return thisValue;
    }
    if (thisValue instanceof PrimitiveObject p && (p.primitive() instanceof Integer || p.primitive() instanceof Double)) {
      return p.primitive();
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "Number.prototype.valueOf", Describe.value(thisValue));
  }

  /** The radix argument of Number and BigInt toString: 10 when undefined, else 2..36 or a RangeError. */
  static int radixArgument(Realm realm, Object radix) {
    if (radix == Undefined.INSTANCE) {
      return 10;
    }
    double r = TypeConversion.toIntegerOrInfinity(realm, radix);
    if (r < 2 || r > 36) {
      throw Errors.rangeError(realm, Msg.RADIX_RANGE);
    }
    return (int) r;
  }
}
