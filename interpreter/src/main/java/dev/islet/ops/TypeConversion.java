package dev.islet.ops;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.StringObject;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.math.BigInteger;

/** Type Conversion — https://tc39.es/ecma262/#sec-type-conversion. */
public final class TypeConversion {
  private TypeConversion() {}

  /** The hint of ToPrimitive. */
  public enum Hint {
    DEFAULT("default"),
    NUMBER("number"),
    STRING("string");

    final String jsName;

    Hint(String jsName) {
      this.jsName = jsName;
    }
  }

  /** ToPrimitive ( input [ , preferredType ] ) — https://tc39.es/ecma262/#sec-toprimitive */
  public static Object toPrimitive(Realm realm, Object input, Hint hint) {
    if (!(input instanceof JsObject o)) {
      return input;
    }
    // a. Let exoticToPrim be ? GetMethod(input, @@toPrimitive).
    Object exotic = ObjectOperations.getMethod(realm, o, Symbol.TO_PRIMITIVE);
    if (exotic != Undefined.INSTANCE) {
      Object result = ((JsObject) exotic).call(o, new Object[] {hint.jsName});
      if (result instanceof JsObject) {
        throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_PRIMITIVE);
      }
      return result;
    }
    return ordinaryToPrimitive(realm, o, hint == Hint.STRING ? Hint.STRING : Hint.NUMBER);
  }

  /** OrdinaryToPrimitive ( O, hint ) — https://tc39.es/ecma262/#sec-ordinarytoprimitive */
  public static Object ordinaryToPrimitive(Realm realm, JsObject o, Hint hint) {
    String first = hint == Hint.STRING ? "toString" : "valueOf";
    String second = hint == Hint.STRING ? "valueOf" : "toString";
    Object m = o.get(realm, first, o);
    if (m instanceof JsObject f && f.isCallable()) {
      Object r = f.call(o, JsObject.NO_ARGS);
      if (!(r instanceof JsObject)) {
        return r;
      }
    }
    m = o.get(realm, second, o);
    if (m instanceof JsObject f && f.isCallable()) {
      Object r = f.call(o, JsObject.NO_ARGS);
      if (!(r instanceof JsObject)) {
        return r;
      }
    }
    throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_PRIMITIVE);
  }

  /** ToBoolean ( argument ) — https://tc39.es/ecma262/#sec-toboolean */
  public static boolean toBoolean(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Integer i) {
      return i != 0;
    }
    if (v instanceof Double d) {
      double x = d;
      return x != 0 && x == x;
    }
    if (v instanceof CharSequence s) {
      return s.length() != 0;
    }
    if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
      return false;
    }
    if (v instanceof BigInteger b) {
      return b.signum() != 0;
    }
    return true;
  }

  /** ToNumeric ( value ): a Number (Integer or Double) or a BigInt. */
  public static Object toNumeric(Realm realm, Object v) {
    if (v instanceof Integer || v instanceof Double || v instanceof BigInteger) {
      return v;
    }
    Object p = toPrimitive(realm, v, Hint.NUMBER);
    if (p instanceof BigInteger) {
      return p;
    }
    return toNumberPrimitive(realm, p);
  }

  /** ToNumber ( argument ) — https://tc39.es/ecma262/#sec-tonumber */
  public static double toNumber(Realm realm, Object v) {
    if (v instanceof Integer i) {
      return i;
    }
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof JsObject) {
      v = toPrimitive(realm, v, Hint.NUMBER);
    }
    return ((Number) toNumberPrimitive(realm, v)).doubleValue();
  }

  /** ToNumber of a primitive, as an Integer or Double. */
  private static Number toNumberPrimitive(Realm realm, Object v) {
    if (v instanceof Integer || v instanceof Double) {
      return (Number) v;
    }
    if (v == Undefined.INSTANCE) {
      return Double.NaN;
    }
    if (v == Null.INSTANCE) {
      return 0;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof CharSequence s) {
      return NumberConversions.stringToNumber(s.toString());
    }
    if (v instanceof Symbol) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_SYMBOL, "number");
    }
    if (v instanceof BigInteger) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_BIGINT);
    }
    throw new IllegalStateException("not a JS value: " + v);
  }

  /** ToBigInt ( argument ) — https://tc39.es/ecma262/#sec-tobigint */
  public static BigInteger toBigInt(Realm realm, Object v) {
    Object prim = toPrimitive(realm, v, Hint.NUMBER);
    if (prim instanceof BigInteger b) {
      return b;
    }
    if (prim instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (prim instanceof CharSequence s) {
      BigInteger n;
      try {
        n = dev.islet.numconv.BigIntConversions.stringToBigInt(s.toString(), Operators.BIGINT_MAX_BITS, realm.agent.budget::charge);
      } catch (dev.islet.numconv.BigIntConversions.TooLarge e) {
        throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
      }
      if (n == null) {
        throw Errors.syntaxError(realm, Msg.INVALID_BIGINT_SYNTAX, Describe.value(s));
      }
      return Operators.bigint(realm, n);
    }
    if (prim instanceof Symbol) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_SYMBOL, "bigint");
    }
    // undefined, null and Numbers.
    throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_BIGINT, Describe.value(prim));
  }

  /** ToBigInt64 ( argument ): the BigInt modulo 2^64 as a signed long — https://tc39.es/ecma262/#sec-tobigint64 */
  public static long toBigInt64(Realm realm, Object v) {
    return toBigInt(realm, v).longValue();
  }

  /** ToBigUint64 ( argument ): the same 64 bits, to be read unsigned — https://tc39.es/ecma262/#sec-tobiguint64 */
  public static long toBigUint64(Realm realm, Object v) {
    return toBigInt(realm, v).longValue();
  }

  /** ToIntegerOrInfinity ( argument ) — https://tc39.es/ecma262/#sec-tointegerorinfinity */
  public static double toIntegerOrInfinity(Realm realm, Object v) {
    if (v instanceof Integer i) {
      return i;
    }
    double d = toNumber(realm, v);
    if (d != d) {
      return 0;
    }
    if (Double.isInfinite(d)) {
      return d;
    }
    double t = d < 0 ? Math.ceil(d) : Math.floor(d);
    return t == 0 ? 0 : t;
  }

  /** ToLength ( argument ) — https://tc39.es/ecma262/#sec-tolength */
  public static long toLength(Realm realm, Object v) {
    if (v instanceof Integer i) {
      return Math.max(0, i);
    }
    double len = toIntegerOrInfinity(realm, v);
    if (len <= 0) {
      return 0;
    }
    return (long) Math.min(len, 9007199254740991.0);
  }

  /** ToIndex ( value ) — https://tc39.es/ecma262/#sec-toindex */
  public static long toIndex(Realm realm, Object v) {
    double integer = toIntegerOrInfinity(realm, v);
    if (integer < 0 || integer > 9007199254740991.0) {
      throw Errors.rangeError(realm, Msg.CUSTOM_RANGE, "Invalid index: " + NumberConversions.toString(integer));
    }
    return (long) integer;
  }

  /** ToInt32 ( argument ) — https://tc39.es/ecma262/#sec-toint32 */
  public static int toInt32(Realm realm, Object v) {
    if (v instanceof Integer i) {
      return i;
    }
    return NumberConversions.toInt32(toNumber(realm, v));
  }

  /** ToUint32 ( argument ) — https://tc39.es/ecma262/#sec-touint32 */
  public static long toUint32(Realm realm, Object v) {
    return toInt32(realm, v) & 0xFFFF_FFFFL;
  }

  /** ToString ( argument ) as a flat Java String — https://tc39.es/ecma262/#sec-tostring */
  public static String toString(Realm realm, Object v) {
    if (v instanceof String s) {
      return s;
    }
    return toJsString(realm, v).toString();
  }

  /** ToString ( argument ), keeping ropes unflattened. */
  public static CharSequence toJsString(Realm realm, Object v) {
    if (v instanceof CharSequence s) {
      return s;
    }
    if (v instanceof Integer i) {
      return NumberConversions.intToString(i);
    }
    if (v instanceof Double d) {
      return NumberConversions.toString(d);
    }
    if (v instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (v == Undefined.INSTANCE) {
      return "undefined";
    }
    if (v == Null.INSTANCE) {
      return "null";
    }
    if (v instanceof BigInteger b) {
      return bigIntToString(realm, b, 10);
    }
    if (v instanceof Symbol) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_SYMBOL, "string");
    }
    if (v instanceof JsObject) {
      return toJsString(realm, toPrimitive(realm, v, Hint.STRING));
    }
    throw new IllegalStateException("not a JS value: " + v);
  }

  /**
   * BigInt::toString ( x, radix ) — https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring —
   * with its work charged: the string's memory and the conversion's CPU, piece by piece.
   */
  public static String bigIntToString(Realm realm, BigInteger x, int radix) {
    int bits = x.bitLength();
    if (bits <= 64) {
      return x.toString(radix);
    }
    long chars = (long) (bits / (Math.log(radix) / Math.log(2))) + 2;
    realm.agent.chargeAppend(realm, chars, chars);
    return dev.islet.numconv.BigIntConversions.toString(x, radix, realm.agent.budget::charge);
  }

  /** ToObject ( argument ) — https://tc39.es/ecma262/#sec-toobject */
  public static JsObject toObject(Realm realm, Object v) {
    if (v instanceof JsObject o) {
      return o;
    }
    if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, v);
    }
    if (v instanceof CharSequence s) {
      return new StringObject(realm, JsObject.rootShape(realm, realm.intrinsic(Intrinsic.STRING_PROTOTYPE)), s.toString());
    }
    return new PrimitiveObject(realm, JsObject.rootShape(realm, realm.intrinsic(prototypeOfPrimitive(v))), v);
  }

  /** The %X.prototype% intrinsic for a primitive's type (not for undefined and null). */
  public static Intrinsic prototypeOfPrimitive(Object v) {
    if (v instanceof Integer || v instanceof Double) {
      return Intrinsic.NUMBER_PROTOTYPE;
    }
    if (v instanceof CharSequence) {
      return Intrinsic.STRING_PROTOTYPE;
    }
    if (v instanceof Boolean) {
      return Intrinsic.BOOLEAN_PROTOTYPE;
    }
    if (v instanceof Symbol) {
      return Intrinsic.SYMBOL_PROTOTYPE;
    }
    if (v instanceof BigInteger) {
      return Intrinsic.BIGINT_PROTOTYPE;
    }
    throw new IllegalStateException("no prototype for " + v);
  }

  /** ToPropertyKey ( argument ): a canonical key (see {@link PropertyKey}). */
  public static Object toPropertyKey(Realm realm, Object v) {
    if (v instanceof Integer i) {
      int x = i;
      return x >= 0 ? PropertyKey.ofIndex(x) : NumberConversions.intToString(x);
    }
    if (v instanceof String s) {
      return PropertyKey.ofString(s);
    }
    if (v instanceof Symbol) {
      return v;
    }
    if (v instanceof Double d) {
      double x = d;
      if (x >= 0 && x < PropertyKey.MAX_ARRAY_LENGTH && x == Math.floor(x) && !(x == 0 && 1 / x < 0)) {
        return PropertyKey.ofIndex((long) x);
      }
      return PropertyKey.ofString(NumberConversions.toString(x));
    }
    Object p = toPrimitive(realm, v, Hint.STRING);
    if (p instanceof Symbol) {
      return p;
    }
    return PropertyKey.ofString(toString(realm, p));
  }

  /** CanonicalNumericIndexString ( argument ) for a property key: the number, or null. */
  public static Double canonicalNumericIndex(Object key) {
    if (key instanceof Integer) {
      return (double) PropertyKey.index(key);
    }
    if (!(key instanceof String s)) {
      return null;
    }
    if (s.equals("-0")) {
      return -0.0;
    }
    double n = NumberConversions.stringToNumber(s).doubleValue();
    return NumberConversions.toString(n).equals(s) ? n : null;
  }

  /** True for JS string values. */
  public static boolean isString(Object v) {
    return JsStrings.isString(v);
  }
}
