package dev.islet.ops;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.numconv.BigIntConversions;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Rope;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.math.BigInteger;

/**
 * The operators' semantics beyond the interpreter's int fast paths: ApplyStringOrNumericBinaryOperator,
 * IsLessThan, IsLooselyEqual, typeof, instanceof, in — https://tc39.es/ecma262/#sec-ecmascript-language-expressions.
 */
public final class Operators {
  private Operators() {}

  /** A boxed number: an Integer when the double is an int (and not -0), else a Double. */
  public static Object number(double d) {
    // The range check first: a double-to-int cast of NaN or an out-of-range value takes a slow fix-up in HotSpot.
    if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
      int i = (int) d;
      if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) {
        return i;
      }
    }
    return d;
  }

  // ------------------------------------------------------------------ + and string concatenation

  /** The + operator — https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator */
  public static Object add(Realm realm, Object a, Object b) {
    if (a instanceof Integer x && b instanceof Integer y) {
      int r = x + y;
      if (((x ^ r) & (y ^ r)) < 0) {
        return (double) x + (double) y;
      }
      return r;
    }
    if (a instanceof Double x) {
      if (b instanceof Double y) {
        return number(x + y);
      }
      if (b instanceof Integer y) {
        return number(x + y);
      }
    } else if (a instanceof Integer x && b instanceof Double y) {
      return number(x + y);
    }
    if (a instanceof CharSequence x && b instanceof CharSequence y) {
      return concat(realm, x, y);
    }
    Object pa = TypeConversion.toPrimitive(realm, a, TypeConversion.Hint.DEFAULT);
    Object pb = TypeConversion.toPrimitive(realm, b, TypeConversion.Hint.DEFAULT);
    if (pa instanceof CharSequence || pb instanceof CharSequence) {
      return concat(realm, TypeConversion.toJsString(realm, pa), TypeConversion.toJsString(realm, pb));
    }
    Object na = TypeConversion.toNumeric(realm, pa);
    Object nb = TypeConversion.toNumeric(realm, pb);
    if (na instanceof BigInteger x) {
      if (nb instanceof BigInteger y) {
        return bigint(realm, x.add(y));
      }
      throw Errors.typeError(realm, Msg.CANNOT_MIX_BIGINT);
    }
    if (nb instanceof BigInteger) {
      throw Errors.typeError(realm, Msg.CANNOT_MIX_BIGINT);
    }
    return number(((Number) na).doubleValue() + ((Number) nb).doubleValue());
  }

  /** String concatenation, checked against the length limit and charged to the heap. */
  public static CharSequence concat(Realm realm, CharSequence a, CharSequence b) {
    long len = (long) a.length() + b.length();
    if (len > JsStrings.MAX_LENGTH) {
      throw Errors.rangeError(realm, Msg.STRING_TOO_LONG);
    }
    CharSequence r = Rope.concat(realm.heap, a, b);
    if (r instanceof Rope) {
      realm.heap.charge(SizeEstimates.OBJECT);
    } else if (r != a && r != b) {
      realm.heap.charge(SizeEstimates.string(len));
    }
    return r;
  }

  // ------------------------------------------------------------------ numeric binary operators

  /** Operator kinds for {@link #arithmetic}. */
  public static final int SUB = 0;
  public static final int MUL = 1;
  public static final int DIV = 2;
  public static final int MOD = 3;
  public static final int EXP = 4;
  public static final int BIT_AND = 5;
  public static final int BIT_OR = 6;
  public static final int BIT_XOR = 7;
  public static final int SHL = 8;
  public static final int SAR = 9;
  public static final int SHR = 10;

  /** -, *, /, %, **, &, |, ^, <<, >>, >>> on any values (ToNumeric both, then Number or BigInt). */
  public static Object arithmetic(Realm realm, int op, Object a, Object b) {
    if ((a instanceof Integer || a instanceof Double) && (b instanceof Integer || b instanceof Double)) {
      return numberArithmetic(op, ((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    Object na = TypeConversion.toNumeric(realm, a);
    Object nb = TypeConversion.toNumeric(realm, b);
    if (na instanceof BigInteger x) {
      if (!(nb instanceof BigInteger y)) {
        throw Errors.typeError(realm, Msg.CANNOT_MIX_BIGINT);
      }
      return bigintArithmetic(realm, op, x, y);
    }
    if (nb instanceof BigInteger) {
      throw Errors.typeError(realm, Msg.CANNOT_MIX_BIGINT);
    }
    return numberArithmetic(op, ((Number) na).doubleValue(), ((Number) nb).doubleValue());
  }

  /** The Number::… operations on doubles. */
  public static Object numberArithmetic(int op, double x, double y) {
    switch (op) {
      case SUB:
        return number(x - y);
      case MUL:
        return number(x * y);
      case DIV:
        return number(x / y);
      case MOD:
        return number(remainder(x, y));
      case EXP:
        return number(exponentiate(x, y));
      case BIT_AND:
        return NumberConversions.toInt32(x) & NumberConversions.toInt32(y);
      case BIT_OR:
        return NumberConversions.toInt32(x) | NumberConversions.toInt32(y);
      case BIT_XOR:
        return NumberConversions.toInt32(x) ^ NumberConversions.toInt32(y);
      case SHL:
        return NumberConversions.toInt32(x) << (NumberConversions.toInt32(y) & 31);
      case SAR:
        return NumberConversions.toInt32(x) >> (NumberConversions.toInt32(y) & 31);
      case SHR:
        return number((NumberConversions.toInt32(x) & 0xFFFF_FFFFL) >>> (NumberConversions.toInt32(y) & 31));
      default:
        throw new IllegalStateException("operator " + op);
    }
  }

  /** Number::remainder: the sign of the dividend, like Java's %. */
  public static double remainder(double n, double d) {
    return n % d;
  }

  /** Number::exponentiate — https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate */
  public static double exponentiate(double base, double exponent) {
    if (exponent != exponent) {
      return Double.NaN;
    }
    if (exponent == 0) {
      return 1;
    }
    if ((base == 1 || base == -1) && Double.isInfinite(exponent)) {
      return Double.NaN;
    }
    return StrictMath.pow(base, exponent);
  }

  /**
   * The largest BigInt we build, in bits (the spec has no limit; V8's is 2^30). BigInteger's
   * multiply, divide and pow cannot be interrupted, and at 2^24 bits one call takes seconds,
   * far past an isolate's CPU limit; at 2^20 bits (315,653 decimal digits) the slowest single
   * call stays near 100 ms.
   */
  public static final int BIGINT_MAX_BITS = 1 << 20;
  private static final BigInteger MAX_BIGINT_BITS = BigInteger.valueOf(BIGINT_MAX_BITS);

  /** Charges and bounds a BigInt result: a RangeError past {@link #BIGINT_MAX_BITS}. */
  public static BigInteger bigint(Realm realm, BigInteger v) {
    int bits = v.bitLength();
    if (bits > BIGINT_MAX_BITS) {
      throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
    }
    if (bits > 64) {
      realm.heap.charge(SizeEstimates.OBJECT + bits / 8);
    }
    return v;
  }

  /**
   * Charges the CPU budget for a multiplication or division of operands of these sizes before
   * it runs: BigInteger cannot be interrupted, so its work is paid for up front.
   */
  private static void chargeProduct(Realm realm, int bitsA, int bitsB) {
    if (bitsA > 1024 && bitsB > 1024) {
      realm.agent.budget.charge(dev.islet.numconv.BigIntConversions.productCost(bitsA, bitsB));
    }
  }

  /** The BigInt::… operations. */
  public static Object bigintArithmetic(Realm realm, int op, BigInteger x, BigInteger y) {
    switch (op) {
      case SUB:
        return bigint(realm, x.subtract(y));
      case MUL:
        if ((long) x.bitLength() + y.bitLength() > BIGINT_MAX_BITS + 1) {
          throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
        }
        chargeProduct(realm, x.bitLength(), y.bitLength());
        return bigint(realm, x.multiply(y));
      case DIV:
        if (y.signum() == 0) {
          throw Errors.rangeError(realm, Msg.BIGINT_DIVISION_BY_ZERO);
        }
        chargeProduct(realm, x.bitLength() - y.bitLength(), y.bitLength());
        return x.divide(y);
      case MOD:
        if (y.signum() == 0) {
          throw Errors.rangeError(realm, Msg.BIGINT_DIVISION_BY_ZERO);
        }
        chargeProduct(realm, x.bitLength() - y.bitLength(), y.bitLength());
        return x.remainder(y);
      case EXP:
        if (y.signum() < 0) {
          throw Errors.rangeError(realm, Msg.BIGINT_NEGATIVE_EXPONENT);
        }
        if (x.signum() == 0 || x.equals(BigInteger.ONE)) {
          return y.signum() == 0 ? BigInteger.ONE : x;
        }
        if (x.equals(BigInteger.ONE.negate())) {
          return y.testBit(0) ? x : BigInteger.ONE;
        }
        if (y.compareTo(MAX_BIGINT_BITS) > 0 || (long) (x.bitLength() - 1) * y.intValue() + 1 > BIGINT_MAX_BITS) {
          throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
        }
        // Repeated squaring: the last squaring dominates, of half the result's size.
        long resultBits = (long) x.bitLength() * y.intValue();
        chargeProduct(realm, (int) Math.min(resultBits / 2, BIGINT_MAX_BITS), (int) Math.min(resultBits / 2, BIGINT_MAX_BITS));
        return bigint(realm, x.pow(y.intValue()));
      case BIT_AND:
        return x.and(y);
      case BIT_OR:
        return x.or(y);
      case BIT_XOR:
        return x.xor(y);
      case SHL:
        return shiftLeft(realm, x, y);
      case SAR:
        return shiftLeft(realm, x, y.negate());
      case SHR:
        throw Errors.typeError(realm, Msg.UNSIGNED_RIGHT_SHIFT_BIGINT);
      default:
        throw new IllegalStateException("operator " + op);
    }
  }

  private static BigInteger shiftLeft(Realm realm, BigInteger x, BigInteger y) {
    if (y.bitLength() > 31) {
      if (y.signum() < 0) {
        return x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
      }
      if (x.signum() == 0) {
        return x;
      }
      throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
    }
    int n = y.intValue();
    if (n > 0 && (long) x.bitLength() + n > BIGINT_MAX_BITS) {
      throw Errors.rangeError(realm, Msg.BIGINT_TOO_BIG);
    }
    return n >= 0 ? bigint(realm, x.shiftLeft(n)) : x.shiftRight(-n);
  }

  // ------------------------------------------------------------------ unary

  /** Unary - */
  public static Object negate(Realm realm, Object v) {
    Object n = TypeConversion.toNumeric(realm, v);
    if (n instanceof BigInteger b) {
      return b.negate();
    }
    if (n instanceof Integer i && i != 0 && i != Integer.MIN_VALUE) {
      return -i;
    }
    return number(-((Number) n).doubleValue());
  }

  /** Unary ~ */
  public static Object bitNot(Realm realm, Object v) {
    Object n = TypeConversion.toNumeric(realm, v);
    if (n instanceof BigInteger b) {
      return b.not();
    }
    return ~NumberConversions.toInt32((Number) n);
  }

  /** ++ and -- on a numeric value (already ToNumeric'd). */
  public static Object increment(Object n, int delta) {
    if (n instanceof Integer i) {
      int x = i;
      int r = x + delta;
      if (((x ^ r) & (delta ^ r)) < 0) {
        return (double) x + delta;
      }
      return r;
    }
    if (n instanceof BigInteger b) {
      return b.add(BigInteger.valueOf(delta));
    }
    return number(((Number) n).doubleValue() + delta);
  }

  /** typeof — https://tc39.es/ecma262/#sec-typeof-operator */
  public static String typeOf(Object v) {
    if (v instanceof CharSequence) {
      return "string";
    }
    if (v instanceof Integer || v instanceof Double) {
      return "number";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    if (v == Undefined.INSTANCE) {
      return "undefined";
    }
    if (v == Null.INSTANCE) {
      return "object";
    }
    if (v instanceof Symbol) {
      return "symbol";
    }
    if (v instanceof BigInteger) {
      return "bigint";
    }
    if (v instanceof JsObject o) {
      return o.isCallable() ? "function" : "object";
    }
    throw new IllegalStateException("not a JS value: " + v);
  }

  // ------------------------------------------------------------------ relational and equality

  /**
   * IsLessThan ( x, y, LeftFirst ) — https://tc39.es/ecma262/#sec-islessthan. Returns 1 for true, 0
   * for false, -1 for undefined (a NaN was involved).
   */
  public static int lessThan(Realm realm, Object x, Object y, boolean leftFirst) {
    Object px;
    Object py;
    if (leftFirst) {
      px = TypeConversion.toPrimitive(realm, x, TypeConversion.Hint.NUMBER);
      py = TypeConversion.toPrimitive(realm, y, TypeConversion.Hint.NUMBER);
    } else {
      py = TypeConversion.toPrimitive(realm, y, TypeConversion.Hint.NUMBER);
      px = TypeConversion.toPrimitive(realm, x, TypeConversion.Hint.NUMBER);
    }
    if (px instanceof CharSequence sx && py instanceof CharSequence sy) {
      return sx.toString().compareTo(sy.toString()) < 0 ? 1 : 0;
    }
    if (px instanceof BigInteger bx && py instanceof CharSequence sy) {
      int c = compareBigIntString(realm, bx, sy);
      return c == NOT_A_BIGINT ? -1 : (c < 0 ? 1 : 0);
    }
    if (px instanceof CharSequence sx && py instanceof BigInteger by) {
      int c = compareBigIntString(realm, by, sx);
      return c == NOT_A_BIGINT ? -1 : (c > 0 ? 1 : 0);
    }
    Object nx = TypeConversion.toNumeric(realm, px);
    Object ny = TypeConversion.toNumeric(realm, py);
    if (nx instanceof BigInteger bx && ny instanceof BigInteger by) {
      return bx.compareTo(by) < 0 ? 1 : 0;
    }
    if (nx instanceof BigInteger bx) {
      return compareBigIntNumber(bx, ((Number) ny).doubleValue(), true);
    }
    if (ny instanceof BigInteger by) {
      return compareBigIntNumber(by, ((Number) nx).doubleValue(), false);
    }
    double dx = ((Number) nx).doubleValue();
    double dy = ((Number) ny).doubleValue();
    if (dx != dx || dy != dy) {
      return -1;
    }
    return dx < dy ? 1 : 0;
  }

  private static final int NOT_A_BIGINT = 2;

  /**
   * The sign of b − StringToBigInt(s), or {@link #NOT_A_BIGINT} when s is not an integer literal.
   * A literal too large for any BigInt we hold is beyond b, on the side of its sign.
   */
  private static int compareBigIntString(Realm realm, BigInteger b, CharSequence s) {
    String str = s.toString();
    try {
      BigInteger v = BigIntConversions.stringToBigInt(str, BIGINT_MAX_BITS, realm.agent.budget::charge);
      return v == null ? NOT_A_BIGINT : Integer.signum(b.compareTo(v));
    } catch (BigIntConversions.TooLarge e) {
      int i = 0;
      while (dev.islet.numconv.StringToNumber.isStrWhiteSpaceChar(str.charAt(i))) {
        i++;
      }
      return str.charAt(i) == '-' ? 1 : -1;
    }
  }

  /** b < d (bigintFirst) or d < b, exactly; -1 for NaN. */
  private static int compareBigIntNumber(BigInteger b, double d, boolean bigintFirst) {
    if (d != d) {
      return -1;
    }
    int c;
    if (Double.isInfinite(d)) {
      c = d > 0 ? -1 : 1;
    } else {
      c = new java.math.BigDecimal(b).compareTo(new java.math.BigDecimal(d));
    }
    return bigintFirst ? (c < 0 ? 1 : 0) : (c > 0 ? 1 : 0);
  }

  /** IsLooselyEqual ( x, y ) — https://tc39.es/ecma262/#sec-islooselyequal */
  public static boolean looselyEqual(Realm realm, Object x, Object y) {
    while (true) {
      if (sameType(x, y)) {
        return dev.islet.values.SameValue.strictEquals(x, y);
      }
      boolean xn = x == Null.INSTANCE || x == Undefined.INSTANCE;
      boolean yn = y == Null.INSTANCE || y == Undefined.INSTANCE;
      if (xn || yn) {
        return xn && yn;
      }
      if (isNumber(x) && y instanceof CharSequence s) {
        return ((Number) x).doubleValue() == NumberConversions.stringToNumber(s.toString()).doubleValue();
      }
      if (x instanceof CharSequence s && isNumber(y)) {
        return NumberConversions.stringToNumber(s.toString()).doubleValue() == ((Number) y).doubleValue();
      }
      if (x instanceof BigInteger bx && y instanceof CharSequence s) {
        return compareBigIntString(realm, bx, s) == 0;
      }
      if (x instanceof CharSequence && y instanceof BigInteger) {
        Object t = x;
        x = y;
        y = t;
        continue;
      }
      if (x instanceof Boolean b) {
        x = b ? 1 : 0;
        continue;
      }
      if (y instanceof Boolean b) {
        y = b ? 1 : 0;
        continue;
      }
      if (y instanceof JsObject && !(x instanceof JsObject)) {
        y = TypeConversion.toPrimitive(realm, y, TypeConversion.Hint.DEFAULT);
        continue;
      }
      if (x instanceof JsObject && !(y instanceof JsObject)) {
        x = TypeConversion.toPrimitive(realm, x, TypeConversion.Hint.DEFAULT);
        continue;
      }
      if (x instanceof BigInteger bx && isNumber(y)) {
        double d = ((Number) y).doubleValue();
        return d == d && !Double.isInfinite(d) && new java.math.BigDecimal(d).compareTo(new java.math.BigDecimal(bx)) == 0;
      }
      if (isNumber(x) && y instanceof BigInteger) {
        Object t = x;
        x = y;
        y = t;
        continue;
      }
      return false;
    }
  }

  private static boolean isNumber(Object v) {
    return v instanceof Integer || v instanceof Double;
  }

  private static boolean sameType(Object x, Object y) {
    if (isNumber(x)) {
      return isNumber(y);
    }
    if (x instanceof CharSequence) {
      return y instanceof CharSequence;
    }
    if (x instanceof JsObject) {
      return y instanceof JsObject;
    }
    return x.getClass() == y.getClass();
  }

  // ------------------------------------------------------------------ instanceof and in

  /** InstanceofOperator ( V, target ) — https://tc39.es/ecma262/#sec-instanceofoperator */
  public static boolean instanceOf(Realm realm, Object v, Object target) {
    if (!(target instanceof JsObject t)) {
      throw Errors.typeError(realm, Msg.INSTANCEOF_NOT_OBJECT);
    }
    Object handler = ObjectOperations.getMethod(realm, t, Symbol.HAS_INSTANCE);
    if (handler != Undefined.INSTANCE) {
      return TypeConversion.toBoolean(((JsObject) handler).call(t, new Object[] {v}));
    }
    if (!t.isCallable()) {
      throw Errors.typeError(realm, Msg.INSTANCEOF_NOT_CALLABLE);
    }
    return ObjectOperations.ordinaryHasInstance(realm, t, v);
  }

  /** The in operator: HasProperty(rval, ToPropertyKey(lval)). */
  public static boolean in(Realm realm, Object key, Object obj) {
    if (!(obj instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.IN_NOT_OBJECT, safeKey(key), Describe.value(obj));
    }
    return o.hasProperty(realm, TypeConversion.toPropertyKey(realm, key));
  }

  private static String safeKey(Object key) {
    if (key instanceof JsObject) {
      return "[object]";
    }
    if (key instanceof Symbol s) {
      return s.descriptiveString();
    }
    return PropertyKey.describe(JsStrings.isString(key) ? JsStrings.flat(key) : String.valueOf(key));
  }
}
