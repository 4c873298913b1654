package dev.islet.builtins.structured;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.StringObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.NumberConversions;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * JSON.stringify's serialization — https://tc39.es/ecma262/#sec-json.stringify: SerializeJSONProperty,
 * SerializeJSONObject, SerializeJSONArray and QuoteJSONString, run as a loop over an explicit stack
 * of open objects and arrays instead of by recursion, so nesting costs heap, not Java stack. The
 * output is written to one buffer as it is produced; members whose value serializes to undefined
 * are skipped before anything of them is written.
 */
final class JsonStringifier {
  /** Nesting deeper than this is a RangeError, as an engine's call stack limit would give. */
  static final int MAX_DEPTH = 10_000;
  /** Returned by {@link #prepare} for a value that serializes to undefined. */
  private static final Object SKIP = new Object();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** An object or array being written: SerializeJSONObject / SerializeJSONArray in progress. */
  private static final class Frame {
    final JsObject value;
    /** The keys of an object (K); null for an array. */
    final Object[] keys;
    final long length;
    long index;
    int written;
    final String stepback;

    Frame(JsObject value, Object[] keys, long length, String stepback) {
      this.value = value;
      this.keys = keys;
      this.length = length;
      this.stepback = stepback;
    }
  }

  private final Realm realm;
  private final JsObject replacerFunction;
  private final Object[] propertyList;
  private final String gap;
  private final StringBuilder out = new StringBuilder();
  private final IdentityHashMap<JsObject, Boolean> stack = new IdentityHashMap<>();
  private final ArrayList<Frame> frames = new ArrayList<>();
  private String indent = "";
  /** Output written since the last charge to the heap and budget. */
  private int uncharged;
  /** Bytes of output charged as transient (held by this buffer, invisible to the live-set meter). */
  private long chargedBytes;

  private JsonStringifier(Realm realm, JsObject replacerFunction, Object[] propertyList, String gap) {
    this.realm = realm;
    this.replacerFunction = replacerFunction;
    this.propertyList = propertyList;
    this.gap = gap;
  }

  /** JSON.stringify ( value [ , replacer [ , space ] ] ) */
  static Object stringify(Realm realm, Object value, Object replacer, Object space) {
    JsObject replacerFunction = null;
    Object[] propertyList = null;
    if (replacer instanceof JsObject r) {
      if (r.isCallable()) {
        replacerFunction = r;
      } else if (ObjectOperations.isArray(realm, r)) {
        propertyList = propertyList(realm, r);
      }
    }
    JsonStringifier s = new JsonStringifier(realm, replacerFunction, propertyList, gap(realm, space));
    JsObject wrapper = JsObject.ordinary(realm, realm.objectPrototype());
    ObjectOperations.createDataPropertyOrThrow(realm, wrapper, "", value);
    try {
      return s.run(wrapper);
    } finally {
      // The result was charged as a string of its own; the buffer is gone.
      realm.heap.releaseTransient(s.chargedBytes);
    }
  }

  /** Step 4.b of JSON.stringify: the PropertyList of a replacer array, without duplicates. */
  private static Object[] propertyList(Realm realm, JsObject replacer) {
    long len = ObjectOperations.lengthOfArrayLike(realm, replacer);
    List<Object> list = new ArrayList<>();
    java.util.HashSet<Object> seen = new java.util.HashSet<>();
    for (long k = 0; k < len; k++) {
      realm.agent.budget.charge(1);
      Object v = replacer.get(realm, PropertyKey.ofLong(k), replacer);
      String item = null;
      if (JsStrings.isString(v)) {
        item = JsStrings.flat(v);
      } else if (v instanceof Integer || v instanceof Double
          || v instanceof StringObject || (v instanceof PrimitiveObject p && p.primitive() instanceof Number
              && !(p.primitive() instanceof BigInteger))) {
        item = TypeConversion.toString(realm, v);
      }
      if (item != null) {
        Object key = PropertyKey.ofString(item);
        if (seen.add(key)) {
          list.add(key);
        }
      }
    }
    return list.toArray();
  }

  /** Steps 5–8 of JSON.stringify: the gap from {@code space}. */
  private static String gap(Realm realm, Object space) {
    if (space instanceof PrimitiveObject p && p.primitive() instanceof Number && !(p.primitive() instanceof BigInteger)) {
      space = TypeConversion.toNumber(realm, space);
    } else if (space instanceof StringObject) {
      space = TypeConversion.toString(realm, space);
    }
    if (space instanceof Integer || space instanceof Double) {
      double k = Math.min(10, TypeConversion.toIntegerOrInfinity(realm, space));
      return k < 1 ? "" : " ".repeat((int) k);
    }
    if (JsStrings.isString(space)) {
      String s = JsStrings.flat(space);
      return s.length() <= 10 ? s : s.substring(0, 10);
    }
    return "";
  }

  private Object run(JsObject wrapper) {
    Object v = prepare("", wrapper);
    if (v == SKIP) {
      return Undefined.INSTANCE;
    }
    writeValue(v);
    while (!frames.isEmpty()) {
      Frame f = frames.get(frames.size() - 1);
      if (f.keys == null) {
        if (f.index >= f.length) {
          close(f);
          continue;
        }
        Object key = PropertyKey.ofLong(f.index++);
        Object e = prepare(key, f.value);
        separator(f);
        if (e == SKIP) {
          write("null");
        } else {
          writeValue(e);
        }
      } else {
        if (f.index >= f.keys.length) {
          close(f);
          continue;
        }
        Object key = f.keys[(int) f.index++];
        Object e = prepare(key, f.value);
        if (e == SKIP) {
          continue;
        }
        separator(f);
        quote(PropertyKey.toValue(key).toString());
        write(gap.isEmpty() ? ":" : ": ");
        writeValue(e);
      }
    }
    charge();
    realm.heap.charge(dev.islet.heap.SizeEstimates.string(out.length()));
    return out.toString();
  }

  /**
   * SerializeJSONProperty up to the point where the value is known: [[Get]], toJSON, the replacer
   * function, unwrapping of Number/String/Boolean/BigInt objects. Returns the value to write, or
   * SKIP when the property serializes to undefined.
   */
  private Object prepare(Object key, JsObject holder) {
    realm.agent.budget.charge(1);
    Object value = holder.get(realm, key, holder);
    if (value instanceof JsObject || value instanceof BigInteger) {
      Object toJson = ObjectOperations.getV(realm, value, "toJSON");
      if (toJson instanceof JsObject fn && fn.isCallable()) {
        value = fn.call(value, new Object[] {PropertyKey.toValue(key)});
      }
    }
    if (replacerFunction != null) {
      value = replacerFunction.call(holder, new Object[] {PropertyKey.toValue(key), value});
    }
    if (value instanceof JsObject o) {
      if (o instanceof RawJsonObject raw) {
        return raw;
      }
      if (o instanceof StringObject) {
        value = TypeConversion.toJsString(realm, o);
      } else if (o instanceof PrimitiveObject p) {
        Object prim = p.primitive();
        if (prim instanceof Number && !(prim instanceof BigInteger)) {
          value = TypeConversion.toNumber(realm, o);
        } else if (prim instanceof Boolean || prim instanceof BigInteger) {
          value = prim;
        }
      }
    }
    if (value == Undefined.INSTANCE || value instanceof dev.islet.values.Symbol
        || (value instanceof JsObject o && o.isCallable())) {
      return SKIP;
    }
    if (value instanceof BigInteger) {
      throw Errors.typeError(realm, Msg.JSON_BIGINT);
    }
    return value;
  }

  /** Writes a prepared value: a literal, or the opening of an object or array. */
  private void writeValue(Object v) {
    if (v == Null.INSTANCE) {
      write("null");
    } else if (v instanceof Boolean b) {
      write(b ? "true" : "false");
    } else if (v instanceof Integer i) {
      write(Integer.toString(i));
    } else if (v instanceof Double d) {
      double x = d;
      write(Double.isFinite(x) ? NumberConversions.toString(x) : "null");
    } else if (v instanceof CharSequence s) {
      quote(JsStrings.flat(s));
    } else if (v instanceof RawJsonObject raw) {
      write(raw.text);
    } else {
      open((JsObject) v);
    }
  }

  /** The first steps of SerializeJSONObject and SerializeJSONArray. */
  private void open(JsObject value) {
    boolean isArray = ObjectOperations.isArray(realm, value);
    if (stack.containsKey(value)) {
      throw Errors.typeError(realm, Msg.JSON_CYCLE);
    }
    if (frames.size() >= MAX_DEPTH) {
      throw Errors.rangeError(realm, Msg.JSON_TOO_DEEP, MAX_DEPTH);
    }
    stack.put(value, Boolean.TRUE);
    String stepback = indent;
    if (!gap.isEmpty()) {
      indent = indent + gap;
    }
    Frame f;
    if (isArray) {
      f = new Frame(value, null, ObjectOperations.lengthOfArrayLike(realm, value), stepback);
      write("[");
    } else {
      Object[] keys = propertyList != null ? propertyList : enumerableOwnKeys(realm, value);
      f = new Frame(value, keys, 0, stepback);
      write("{");
    }
    realm.heap.charge(dev.islet.heap.SizeEstimates.OBJECT);
    frames.add(f);
  }

  /**
   * EnumerableOwnProperties ( value, key ). For a plain object in shape mode without index
   * properties the keys are read straight from its shape: the same list, without a descriptor per
   * key (nothing here can observe the difference).
   */
  private static Object[] enumerableOwnKeys(Realm realm, JsObject value) {
    Shape shape = value.shape;
    if (value.getClass() != JsObject.class || shape.isDictionary() || shape.lazyInit() != null
        || value.dense != null || value.sparse != null) {
      return ObjectOperations.enumerableOwnKeys(realm, value).toArray();
    }
    int n = shape.size();
    Object[] keys = new Object[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      Object key = shape.keyAt(i);
      if (key instanceof String && (shape.attributesAt(i) & Attributes.ENUMERABLE) != 0) {
        keys[k++] = key;
      }
    }
    return k == n ? keys : java.util.Arrays.copyOf(keys, k);
  }

  private void separator(Frame f) {
    if (f.written++ > 0) {
      write(",");
    }
    if (!gap.isEmpty()) {
      write("\n");
      write(indent);
    }
  }

  private void close(Frame f) {
    if (f.written > 0 && !gap.isEmpty()) {
      write("\n");
      write(f.stepback);
    }
    write(f.keys == null ? "]" : "}");
    stack.remove(f.value);
    indent = f.stepback;
    frames.remove(frames.size() - 1);
  }

  private void write(String s) {
    reserve(s.length());
    out.append(s);
  }

  /** Checks the string length limit before growing the output; charges the heap and budget in chunks. */
  private void reserve(int n) {
    if ((long) out.length() + n > JsStrings.MAX_LENGTH) {
      throw Errors.rangeError(realm, Msg.STRING_TOO_LONG);
    }
    uncharged += n;
    if (uncharged > 4096) {
      charge();
    }
  }

  private void charge() {
    if (uncharged > 0) {
      long bytes = 2L * uncharged;
      realm.heap.chargeTransient(bytes);
      chargedBytes += bytes;
      realm.agent.budget.charge(1 + (uncharged >> 4));
      uncharged = 0;
    }
  }

  /** QuoteJSONString ( value ) — https://tc39.es/ecma262/#sec-quotejsonstring: lone surrogates escaped. */
  private void quote(String s) {
    int n = s.length();
    reserve(n + 2);
    out.append('"');
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && (c < 0xD800 || c > 0xDFFF)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(s, run, i);
      run = i + 1;
      reserve(6);
      switch (c) {
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      }
    }
    out.append(s, run, n);
    out.append('"');
  }
}
