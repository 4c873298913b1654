package dev.islet.builtins.structured;

import dev.islet.numconv.Float16;
import dev.islet.ops.NumberConversions;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * The element types of typed arrays and DataView accessors — the Element Type column of
 * https://tc39.es/ecma262/#table-the-typedarray-constructors — with GetValueFromBuffer's and
 * SetValueInBuffer's raw byte conversions (RawBytesToNumeric, NumericToRawBytes). Typed arrays use
 * little-endian order; DataView chooses per call.
 */
public enum ElementType {
  INT8("Int8Array", 1, 0),
  UINT8("Uint8Array", 1, 1),
  UINT8_CLAMPED("Uint8ClampedArray", 1, 2),
  INT16("Int16Array", 2, 3),
  UINT16("Uint16Array", 2, 4),
  INT32("Int32Array", 4, 5),
  UINT32("Uint32Array", 4, 6),
  FLOAT16("Float16Array", 2, 7),
  FLOAT32("Float32Array", 4, 8),
  FLOAT64("Float64Array", 8, 9),
  BIGINT64("BigInt64Array", 8, 10),
  BIGUINT64("BigUint64Array", 8, 11);

  // Codes for int switches (an enum switch goes through an ordinal map).
  private static final int C_INT8 = 0;
  private static final int C_UINT8 = 1;
  private static final int C_UINT8_CLAMPED = 2;
  private static final int C_INT16 = 3;
  private static final int C_UINT16 = 4;
  private static final int C_INT32 = 5;
  private static final int C_UINT32 = 6;
  private static final int C_FLOAT16 = 7;
  private static final int C_FLOAT32 = 8;
  private static final int C_FLOAT64 = 9;
  private static final int C_BIGINT64 = 10;
  private static final int C_BIGUINT64 = 11;

  private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  /** The typed array constructor's name ([[TypedArrayName]]). */
  public final String typedArrayName;
  /** Element size in bytes. */
  public final int size;
  private final int code;

  ElementType(String typedArrayName, int size, int code) {
    this.typedArrayName = typedArrayName;
    this.size = size;
    this.code = code;
  }

  /** True for BigInt64 and BigUint64 ([[ContentType]] BigInt). */
  public boolean isBigInt() {
    return code >= C_BIGINT64;
  }

  /** True for the types Atomics operates on: the integer types except Uint8Clamped. */
  public boolean isAtomicsFriendly() {
    return code != C_UINT8_CLAMPED && code != C_FLOAT16 && code != C_FLOAT32 && code != C_FLOAT64;
  }

  /** Int32 and BigInt64: the types Atomics.wait and notify accept. */
  public boolean isWaitable() {
    return code == C_INT32 || code == C_BIGINT64;
  }

  /** ToNumber or ToBigInt by content type: the value SetValueInBuffer stores. */
  public Object toNumeric(Realm realm, Object v) {
    if (isBigInt()) {
      return TypeConversion.toBigInt(realm, v);
    }
    if (v instanceof Integer || v instanceof Double) {
      return v;
    }
    return TypeConversion.toNumber(realm, v);
  }

  /** RawBytesToNumeric: the element at {@code i} of {@code b} as a JS value. */
  public Object get(byte[] b, int i, boolean littleEndian) {
    switch (code) {
      case C_INT8:
        return (int) b[i];
      case C_UINT8, C_UINT8_CLAMPED:
        return b[i] & 0xFF;
      case C_INT16:
        return (int) (short) (littleEndian ? SHORT_LE.get(b, i) : SHORT_BE.get(b, i));
      case C_UINT16:
        return ((short) (littleEndian ? SHORT_LE.get(b, i) : SHORT_BE.get(b, i))) & 0xFFFF;
      case C_INT32:
        return (int) (littleEndian ? INT_LE.get(b, i) : INT_BE.get(b, i));
      case C_UINT32: {
        int x = (int) (littleEndian ? INT_LE.get(b, i) : INT_BE.get(b, i));
        return x >= 0 ? (Object) x : (Object) (double) Integer.toUnsignedLong(x);
      }
      case C_FLOAT16:
        return Float16.fromBits((short) (littleEndian ? SHORT_LE.get(b, i) : SHORT_BE.get(b, i)));
      case C_FLOAT32:
        return (double) Float.intBitsToFloat((int) (littleEndian ? INT_LE.get(b, i) : INT_BE.get(b, i)));
      case C_FLOAT64:
        return Double.longBitsToDouble((long) (littleEndian ? LONG_LE.get(b, i) : LONG_BE.get(b, i)));
      case C_BIGINT64:
        return BigInteger.valueOf((long) (littleEndian ? LONG_LE.get(b, i) : LONG_BE.get(b, i)));
      default:
        return fromUnsigned64((long) (littleEndian ? LONG_LE.get(b, i) : LONG_BE.get(b, i)));
    }
  }

  /** NumericToRawBytes: stores {@code numeric} (a Number for number types, a BigInteger for BigInt types). */
  public void set(byte[] b, int i, Object numeric, boolean littleEndian) {
    switch (code) {
      case C_INT8, C_UINT8:
        b[i] = (byte) int32(numeric);
        return;
      case C_UINT8_CLAMPED:
        b[i] = (byte) clamp(numeric);
        return;
      case C_INT16, C_UINT16:
        putShort(b, i, (short) int32(numeric), littleEndian);
        return;
      case C_INT32, C_UINT32:
        putInt(b, i, int32(numeric), littleEndian);
        return;
      case C_FLOAT16:
        putShort(b, i, Float16.toBits(((Number) numeric).doubleValue()), littleEndian);
        return;
      case C_FLOAT32:
        putInt(b, i, Float.floatToRawIntBits((float) ((Number) numeric).doubleValue()), littleEndian);
        return;
      case C_FLOAT64:
        putLong(b, i, Double.doubleToRawLongBits(((Number) numeric).doubleValue()), littleEndian);
        return;
      default:
        putLong(b, i, ((BigInteger) numeric).longValue(), littleEndian);
    }
  }

  /** The element's raw bits as a long (integer types; the bits for BigInt types). */
  public long getBits(byte[] b, int i) {
    switch (code) {
      case C_INT8:
        return b[i];
      case C_UINT8, C_UINT8_CLAMPED:
        return b[i] & 0xFF;
      case C_INT16:
        return (short) SHORT_LE.get(b, i);
      case C_UINT16:
        return ((short) SHORT_LE.get(b, i)) & 0xFFFF;
      case C_INT32:
        return (int) INT_LE.get(b, i);
      case C_UINT32:
        return Integer.toUnsignedLong((int) INT_LE.get(b, i));
      default:
        return (long) LONG_LE.get(b, i);
    }
  }

  /** Stores the low bits of {@code bits} (integer and BigInt types, little-endian). */
  public void setBits(byte[] b, int i, long bits) {
    switch (size) {
      case 1:
        b[i] = (byte) bits;
        return;
      case 2:
        SHORT_LE.set(b, i, (short) bits);
        return;
      case 4:
        INT_LE.set(b, i, (int) bits);
        return;
      default:
        LONG_LE.set(b, i, bits);
    }
  }

  /** The JS value of raw integer bits as {@link #getBits} returns them. */
  public Object bitsToValue(long bits) {
    switch (code) {
      case C_BIGINT64:
        return BigInteger.valueOf(bits);
      case C_BIGUINT64:
        return fromUnsigned64(bits);
      case C_UINT32:
        return bits <= Integer.MAX_VALUE ? (Object) (int) bits : (Object) (double) bits;
      default:
        return (int) bits;
    }
  }

  /** The raw bits of a numeric value (after {@link #toNumeric}) for an integer or BigInt type. */
  public long valueToBits(Object numeric) {
    if (numeric instanceof BigInteger big) {
      return big.longValue();
    }
    return int32(numeric);
  }

  private static BigInteger fromUnsigned64(long bits) {
    BigInteger v = BigInteger.valueOf(bits);
    return bits >= 0 ? v : v.add(TWO_64);
  }

  private static int int32(Object numeric) {
    if (numeric instanceof Integer n) {
      return n;
    }
    return NumberConversions.toInt32(((Number) numeric).doubleValue());
  }

  /** ToUint8Clamp: round half to even, clamped to 0 .. 255 (NaN is 0). */
  private static int clamp(Object numeric) {
    if (numeric instanceof Integer n) {
      return n < 0 ? 0 : Math.min(n, 255);
    }
    double d = ((Number) numeric).doubleValue();
    if (!(d > 0)) {
      return 0;
    }
    if (d >= 255) {
      return 255;
    }
    return (int) Math.rint(d);
  }

  private static void putShort(byte[] b, int i, short v, boolean littleEndian) {
    if (littleEndian) {
      SHORT_LE.set(b, i, v);
    } else {
      SHORT_BE.set(b, i, v);
    }
  }

  private static void putInt(byte[] b, int i, int v, boolean littleEndian) {
    if (littleEndian) {
      INT_LE.set(b, i, v);
    } else {
      INT_BE.set(b, i, v);
    }
  }

  private static void putLong(byte[] b, int i, long v, boolean littleEndian) {
    if (littleEndian) {
      LONG_LE.set(b, i, v);
    } else {
      LONG_BE.set(b, i, v);
    }
  }
}
