package dev.islet.builtins.numbers;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * BigInt Objects — https://tc39.es/ecma262/#sec-bigint-objects: the constructor (a function
 * only), BigInt.asIntN/asUintN and the prototype.
 */
public final class BigIntBuiltins {
  private BigIntBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "BigInt", BigIntBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("BigInt", 1, realm.intrinsic(Intrinsic.BIGINT_PROTOTYPE))
        .method("asIntN", 2, BigIntBuiltins::asIntN)
        .method("asUintN", 2, BigIntBuiltins::asUintN));
  }

  /** %BigInt.prototype% is an ordinary object, not a BigInt wrapper. */
  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.BIGINT))
        .method("toLocaleString", 0, BigIntBuiltins::toLocaleString)
        .method("toString", 0, BigIntBuiltins::toString)
        .method("valueOf", 0, BigIntBuiltins::valueOf)
        .toStringTag("BigInt")));
  }

  /** BigInt ( value ) — https://tc39.es/ecma262/#sec-bigint-constructor-number-value */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget != null) {
      throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, "BigInt");
    }
    Object prim = TypeConversion.toPrimitive(realm, Args.get(args, 0), TypeConversion.Hint.NUMBER);
    if (prim instanceof Integer i) {
      return BigInteger.valueOf(i);
    }
    if (prim instanceof Double d) {
      return numberToBigInt(realm, d);
    }
    BigInteger b = TypeConversion.toBigInt(realm, prim);
    return Operators.bigint(realm, b);
  }

  /** NumberToBigInt ( number ) — https://tc39.es/ecma262/#sec-numbertobigint */
  static BigInteger numberToBigInt(Realm realm, double d) {
    if (!NumberConstructor.isIntegral(d)) {
      throw Errors.rangeError(realm, Msg.BIGINT_NOT_INTEGER, Describe.value(d));
    }
    if (Math.abs(d) < 0x1p63) {
      return BigInteger.valueOf((long) d);
    }
    return new BigDecimal(d).toBigIntegerExact();
  }

  /** BigInt.asIntN ( bits, bigint ) — https://tc39.es/ecma262/#sec-bigint.asintn */
  static Object asIntN(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    long bits = TypeConversion.toIndex(realm, Args.get(args, 0));
    BigInteger x = TypeConversion.toBigInt(realm, Args.get(args, 1));
    if (bits == 0) {
      return BigInteger.ZERO;
    }
    // When x already fits in `bits` two's-complement bits it is its own result; this also keeps
    // a huge `bits` from building 2^bits.
    if (x.bitLength() < bits) {
      return x;
    }
    int n = (int) bits;
    BigInteger mod = x.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
    return mod.testBit(n - 1) ? mod.subtract(BigInteger.ONE.shiftLeft(n)) : mod;
  }

  /** BigInt.asUintN ( bits, bigint ) — https://tc39.es/ecma262/#sec-bigint.asuintn */
  static Object asUintN(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    long bits = TypeConversion.toIndex(realm, Args.get(args, 0));
    BigInteger x = TypeConversion.toBigInt(realm, Args.get(args, 1));
    if (x.signum() >= 0 && x.bitLength() <= bits) {
      return x;
    }
    // A negative x modulo 2^bits has `bits` bits: refuse sizes no BigInt may have before building it.
    if (bits > Operators.BIGINT_MAX_BITS) {
      throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
    }
    int n = (int) bits;
    return Operators.bigint(realm, x.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE)));
  }

  /** ThisBigIntValue ( value ) — https://tc39.es/ecma262/#sec-thisbigintvalue */
  static BigInteger thisBigIntValue(Realm realm, Object value, String method) {
    if (value instanceof BigInteger b) {
      return b;
    }
    if (value instanceof PrimitiveObject p && p.primitive() instanceof BigInteger b) {
      return b;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(value));
  }

  /** BigInt.prototype.toLocaleString ( ): without Intl, the same as toString(). */
  static Object toLocaleString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    BigInteger x = thisBigIntValue(realm, thisValue, "BigInt.prototype.toLocaleString");
    return TypeConversion.bigIntToString(realm, x, 10);
  }

  /** BigInt.prototype.toString ( [ radix ] ) — https://tc39.es/ecma262/#sec-bigint.prototype.tostring */
  static Object toString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    BigInteger x = thisBigIntValue(realm, thisValue, "BigInt.prototype.toString");
    int radix = NumberPrototype.radixArgument(realm, Args.get(args, 0));
    return TypeConversion.bigIntToString(realm, x, radix);
  }

  /** BigInt.prototype.valueOf ( ) */
  static Object valueOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisBigIntValue(realm, thisValue, "BigInt.prototype.valueOf");
  }
}
