package dev.islet.api.host;

import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.ops.IteratorOperations;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * Converting JS values to WebIDL types — https://webidl.spec.whatwg.org/#es-type-mapping. Each
 * conversion throws the TypeError WebIDL asks for, naming {@code context} (e.g.
 * {@code "Failed to construct 'Request'"}) where a message helps.
 */
public final class WebIdl {
  private WebIdl() {}

  /** How an integer conversion treats values out of range. */
  public enum IntMode { WRAP, ENFORCE_RANGE, CLAMP }

  public static boolean isNullish(Object v) {
    return v == Undefined.INSTANCE || v == Null.INSTANCE;
  }

  /** DOMString: ToString (a Symbol is a TypeError). */
  public static String toDOMString(Realm realm, Object v) {
    return TypeConversion.toString(realm, v);
  }

  /** USVString: ToString, then every lone surrogate becomes U+FFFD. */
  public static String toUSVString(Realm realm, Object v) {
    return toWellFormed(TypeConversion.toString(realm, v));
  }

  /** The string with each lone surrogate replaced by U+FFFD. */
  public static String toWellFormed(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** ByteString: ToString, and a TypeError if any code unit is above 0xFF. */
  public static String toByteString(Realm realm, Object v, String context) {
    String s = TypeConversion.toString(realm, v);
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        throw HostErrors.typeError(realm, context + ": the value " + quote(s) + " is not a valid ByteString");
      }
    }
    return s;
  }

  /** boolean: ToBoolean. */
  public static boolean toBoolean(Object v) {
    return TypeConversion.toBoolean(v);
  }

  /** double: ToNumber, and a TypeError for NaN and the infinities. */
  public static double toDouble(Realm realm, Object v, String context) {
    double d = TypeConversion.toNumber(realm, v);
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw HostErrors.typeError(realm, context + ": the value is not a finite number");
    }
    return d;
  }

  /** unrestricted double: ToNumber. */
  public static double toUnrestrictedDouble(Realm realm, Object v) {
    return TypeConversion.toNumber(realm, v);
  }

  /** long (32-bit signed). */
  public static int toLong(Realm realm, Object v, IntMode mode, String context) {
    return (int) convertToInt(realm, v, 32, true, mode, context);
  }

  /** unsigned long (32-bit). */
  public static long toUnsignedLong(Realm realm, Object v, IntMode mode, String context) {
    return (long) convertToInt(realm, v, 32, false, mode, context);
  }

  /** unsigned short (16-bit). */
  public static int toUnsignedShort(Realm realm, Object v, IntMode mode, String context) {
    return (int) convertToInt(realm, v, 16, false, mode, context);
  }

  /** octet (8-bit unsigned). */
  public static int toOctet(Realm realm, Object v, IntMode mode, String context) {
    return (int) convertToInt(realm, v, 8, false, mode, context);
  }

  /** unsigned long long: as a double (values above 2^53 lose precision, as WebIDL's conversion does). */
  public static double toUnsignedLongLong(Realm realm, Object v, IntMode mode, String context) {
    return convertToInt(realm, v, 64, false, mode, context);
  }

  /** ConvertToInt ( V, bitLength, signedness ) — https://webidl.spec.whatwg.org/#abstract-opdef-converttoint */
  public static double convertToInt(Realm realm, Object v, int bitLength, boolean signed, IntMode mode, String context) {
    double upper;
    double lower;
    if (bitLength == 64) {
      upper = 9007199254740991.0;
      lower = signed ? -9007199254740991.0 : 0;
    } else if (signed) {
      lower = -Math.pow(2, bitLength - 1);
      upper = Math.pow(2, bitLength - 1) - 1;
    } else {
      lower = 0;
      upper = Math.pow(2, bitLength) - 1;
    }
    double x = TypeConversion.toNumber(realm, v);
    if (x == 0) {
      x = 0; // -0 becomes +0
    }
    if (mode == IntMode.ENFORCE_RANGE) {
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        throw HostErrors.typeError(realm, context + ": the value is not a finite number");
      }
      x = x < 0 ? Math.ceil(x) : Math.floor(x);
      if (x < lower || x > upper) {
        throw HostErrors.typeError(realm, context + ": the value is outside the range [" + (long) lower + ", " + (long) upper + "]");
      }
      return x;
    }
    if (mode == IntMode.CLAMP && !Double.isNaN(x)) {
      x = Math.min(Math.max(x, lower), upper);
      return Math.rint(x) + 0.0; // round half to even; +0.0 turns -0 into +0
    }
    if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
      return 0;
    }
    x = x < 0 ? Math.ceil(x) : Math.floor(x);
    if (bitLength == 64) {
      double m = 18446744073709551616.0;
      if (signed ? x >= -m / 2 && x < m / 2 : x >= 0 && x < m) {
        return x; // already in range: the modulo below would round small negatives away in doubles
      }
      // Modulo 2^64 on a double: exact for |x| < 2^53; beyond, WebIDL's result is implementation-sized anyway.
      x = x % m;
      if (x < 0) {
        x += m;
      }
      if (signed && x >= m / 2) {
        x -= m;
      }
      return x;
    }
    double m = Math.pow(2, bitLength);
    x = x % m;
    if (x < 0) {
      x += m;
    }
    if (signed && x >= m / 2) {
      x -= m;
    }
    return x;
  }

  /**
   * A dictionary argument: null for undefined or null (all members take their defaults), the object
   * otherwise, and a TypeError for any other value.
   */
  public static JsObject toDictionary(Realm realm, Object v, String context) {
    if (isNullish(v)) {
      return null;
    }
    if (v instanceof JsObject o) {
      return o;
    }
    throw HostErrors.typeError(realm, context + ": the options argument is not an object");
  }

  /** A dictionary member: its value, undefined when the dictionary is null or the member is absent. */
  public static Object member(Realm realm, JsObject dict, String name) {
    return dict == null ? Undefined.INSTANCE : dict.get(realm, name, dict);
  }

  /** A sequence&lt;T&gt;: the values of {@code v}'s iterator (a TypeError if it is not an iterable object). */
  public static List<Object> toSequence(Realm realm, Object v, String context) {
    if (!(v instanceof JsObject)) {
      throw HostErrors.typeError(realm, context + ": the value is not an iterable object");
    }
    Object method = ObjectOperations.getMethod(realm, v, Symbol.ITERATOR);
    if (method == Undefined.INSTANCE) {
      throw HostErrors.typeError(realm, context + ": the value is not iterable");
    }
    return sequenceFromMethod(realm, v, method);
  }

  /** The values of iterating {@code v} with {@code method} (already read), each charged to the budget and heap. */
  public static List<Object> sequenceFromMethod(Realm realm, Object v, Object method) {
    IteratorOperations.IteratorRecord rec = IteratorOperations.getIteratorFromMethod(realm, v, method);
    List<Object> out = new ArrayList<>();
    while (true) {
      JsObject result = IteratorOperations.step(realm, rec);
      if (result == null) {
        return out;
      }
      realm.agent.budget.charge(1);
      realm.heap.charge(dev.islet.heap.SizeEstimates.REFERENCE);
      out.add(result.get(realm, "value", result));
    }
  }

  /** A conversion of a JS value to a WebIDL type (for records and sequences of a given type). */
  @FunctionalInterface
  public interface Conversion {
    Object convert(Realm realm, Object value);
  }

  /**
   * A record&lt;K, V&gt; — https://webidl.spec.whatwg.org/#es-record: the enumerable own properties of
   * {@code o} in order, as [key, value] pairs. For each key, in this order: [[GetOwnProperty]], the
   * key's conversion ({@code key} receives the key as a string, or a Symbol, which a string type must
   * refuse), [[Get]], the value's conversion.
   */
  public static List<Object[]> toRecord(Realm realm, JsObject o, Conversion key, Conversion value) {
    List<Object[]> out = new ArrayList<>();
    for (Object k : o.ownPropertyKeys(realm)) {
      realm.agent.budget.charge(1);
      PropertyDescriptor desc = o.getOwnProperty(realm, k);
      if (desc != null && desc.enumerable()) {
        Object typedKey = key.convert(realm, dev.islet.objects.PropertyKey.toValue(k));
        Object typedValue = value.convert(realm, o.get(realm, k, o));
        out.add(new Object[] {typedKey, typedValue});
      }
    }
    return out;
  }

  /** A record&lt;DOMString, any&gt;: keys by ToString (a Symbol key is a TypeError), values as they are. */
  public static List<Object[]> toRecord(Realm realm, JsObject o) {
    return toRecord(realm, o, (r, k) -> TypeConversion.toString(r, k), (r, v) -> v);
  }

  /** A callback function argument: the function, or a TypeError. */
  public static JsObject toCallback(Realm realm, Object v, String context) {
    if (v instanceof JsObject f && f.isCallable()) {
      return f;
    }
    throw HostErrors.typeError(realm, context + ": the callback is not a function");
  }

  /** An enumeration value: the string, or a TypeError if it is not one of {@code allowed}. */
  public static String toEnum(Realm realm, Object v, String[] allowed, String context) {
    String s = TypeConversion.toString(realm, v);
    for (String a : allowed) {
      if (a.equals(s)) {
        return s;
      }
    }
    throw HostErrors.typeError(realm, context + ": " + quote(s) + " is not a valid value (expected one of "
        + String.join(", ", allowed) + ")");
  }

  /** A short quoted form of a string for messages. */
  public static String quote(String s) {
    return "'" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "'";
  }

  /** True if {@code v} is a JS string. */
  public static boolean isString(Object v) {
    return JsStrings.isString(v);
  }
}
