package dev.islet.builtins.numbers;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.numconv.StringToNumber;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PrimitiveObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import java.math.BigInteger;

/**
 * The Number constructor and its properties — https://tc39.es/ecma262/#sec-number-constructor,
 * https://tc39.es/ecma262/#sec-properties-of-the-number-constructor; also %parseFloat% and
 * %parseInt%, which are both global functions and properties of Number.
 */
public final class NumberConstructor {
  /** 2^53 − 1, the largest integer n such that n and n + 1 are both exactly representable. */
  static final double MAX_SAFE_INTEGER = 9007199254740991.0;

  private NumberConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "Number", NumberConstructor::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Number", 1, realm.intrinsic(Intrinsic.NUMBER_PROTOTYPE))
        .constant("EPSILON", 0x1p-52)
        .constant("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER)
        .constant("MAX_VALUE", Double.MAX_VALUE)
        .constant("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER)
        .constant("MIN_VALUE", Double.MIN_VALUE)
        .constant("NaN", Double.NaN)
        .constant("NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY)
        .constant("POSITIVE_INFINITY", Double.POSITIVE_INFINITY)
        .method("isFinite", 1, NumberConstructor::isFinite)
        .method("isInteger", 1, NumberConstructor::isInteger)
        .method("isNaN", 1, NumberConstructor::isNaN)
        .method("isSafeInteger", 1, NumberConstructor::isSafeInteger)
        .function("parseFloat", realm.intrinsic(Intrinsic.PARSE_FLOAT))
        .function("parseInt", realm.intrinsic(Intrinsic.PARSE_INT)));
  }

  /** %parseFloat%: the global parseFloat, also Number.parseFloat. */
  public static JsObject createParseFloat(Realm realm) {
    return new NativeFunction(realm, "parseFloat", 1, NumberConstructor::parseFloat, false);
  }

  /** %parseInt%: the global parseInt, also Number.parseInt. */
  public static JsObject createParseInt(Realm realm) {
    return new NativeFunction(realm, "parseInt", 2, NumberConstructor::parseInt, false);
  }

  /** Number ( value ) — https://tc39.es/ecma262/#sec-number-constructor-number-value */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    Object n = 0;
    if (args.length > 0) {
      // 1.a. Let prim be ? ToNumeric(value); a BigInt becomes 𝔽(ℝ(prim)) (correctly rounded).
      Object prim = TypeConversion.toNumeric(realm, args[0]);
      n = prim instanceof BigInteger b ? Operators.number(b.doubleValue()) : prim;
    }
    if (newTarget == null) {
      return n;
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.NUMBER_PROTOTYPE);
    return new PrimitiveObject(realm, JsObject.rootShape(realm, proto), n);
  }

  /** Number.isFinite ( number ) */
  static Object isFinite(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object v = Args.get(args, 0);
    return v instanceof Integer || (v instanceof Double d && Double.isFinite(d));
  }

  /** Number.isInteger ( number ): IsIntegralNumber. */
  static Object isInteger(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object v = Args.get(args, 0);
    return v instanceof Integer || (v instanceof Double d && isIntegral(d));
  }

  /** Number.isNaN ( number ) */
  static Object isNaN(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Args.get(args, 0) instanceof Double d && d.isNaN();
  }

  /** Number.isSafeInteger ( number ) */
  static Object isSafeInteger(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object v = Args.get(args, 0);
    return v instanceof Integer || (v instanceof Double d && isIntegral(d) && Math.abs(d) <= MAX_SAFE_INTEGER);
  }

  /** parseFloat ( string ) — https://tc39.es/ecma262/#sec-parsefloat-string */
  static Object parseFloat(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    realm.agent.budget.charge(1 + (s.length() >> 4));
    return Operators.number(StringToNumber.parseFloat(s));
  }

  /** parseInt ( string, radix ) — https://tc39.es/ecma262/#sec-parseint-string-radix */
  static Object parseInt(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    int radix = TypeConversion.toInt32(realm, Args.get(args, 1));
    realm.agent.budget.charge(1 + (s.length() >> 4));
    return Operators.number(StringToNumber.parseInt(s, radix));
  }

  static boolean isIntegral(double d) {
    return Double.isFinite(d) && d == Math.floor(d);
  }
}
