package dev.islet.runtime.webapi.console;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.keyed.MapObject;
import dev.islet.builtins.keyed.OrderedHashTable;
import dev.islet.builtins.keyed.SetObject;
import dev.islet.builtins.numbers.DateFormatting;
import dev.islet.builtins.numbers.DateObject;
import dev.islet.builtins.reflection.ProxyObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.text.RegExpObject;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.StringObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import dev.islet.vm.ArgumentsObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Shows a JS value as Node's {@code util.inspect} does with its defaults (depth 2, breakLength 80,
 * compact 3, at most 100 array items and 10,000 string characters), for the common kinds: primitives,
 * plain and class-instance objects, null-prototype objects, arrays (holes, extra keys, column grouping),
 * functions and classes, errors (with their JS stack and extra keys), boxed primitives, promises, Map,
 * Set, Date, RegExp, typed arrays, ArrayBuffer, proxies (shown as their target), arguments objects,
 * getters and setters, and cycles ({@code <ref *1>} … {@code [Circular *1]}).
 *
 * <p>Nothing here runs JS: properties are read as descriptors ({@link ObjectReads}), getters show as
 * {@code [Getter]}, proxies are not looked into. Every entry formatted is charged to the isolate's CPU
 * budget. One instance formats one value.
 */
public final class Inspector {
  static final int DEFAULT_DEPTH = 2;
  static final int MAX_ARRAY_LENGTH = 100;
  static final int MAX_STRING_LENGTH = 10_000;
  private static final int MIN_LINE_WIDTH = 16;

  private enum Extras { OBJECT, ARRAY }

  private final Realm realm;
  private final int depth;
  private final List<JsObject> seen = new ArrayList<>();
  private IdentityHashMap<JsObject, Integer> circular;
  private int indentation;
  private int currentDepth;

  private Inspector(Realm realm, int depth) {
    this.realm = realm;
    this.depth = depth;
  }

  /** {@code util.inspect(value)}. */
  public static String inspect(Realm realm, Object value) {
    return inspect(realm, value, DEFAULT_DEPTH);
  }

  /** {@code util.inspect(value, {depth})}. */
  public static String inspect(Realm realm, Object value, int depth) {
    return new Inspector(realm, depth).formatValue(value, 0);
  }

  private String formatValue(Object value, int recurseTimes) {
    if (!(value instanceof JsObject)) {
      return formatPrimitive(value);
    }
    JsObject o = (JsObject) value;
    // A proxy shows as its target, read without calling any trap.
    for (int hops = 0; o instanceof ProxyObject proxy; hops++) {
      if (proxy.isRevoked() || proxy.proxyTarget() == null || hops > 1000) {
        return "<Revoked Proxy>";
      }
      o = proxy.proxyTarget();
    }
    if (seen.contains(o)) {
      if (circular == null) {
        circular = new IdentityHashMap<>();
      }
      Integer index = circular.get(o);
      if (index == null) {
        index = circular.size() + 1;
        circular.put(o, index);
      }
      return "[Circular *" + index + "]";
    }
    return formatRaw(o, recurseTimes);
  }

  // ---------------------------------------------------------------- primitives

  private String formatPrimitive(Object value) {
    if (JsStrings.isString(value)) {
      String s = JsStrings.flat(value);
      String trailer = "";
      if (s.length() > MAX_STRING_LENGTH) {
        int remaining = s.length() - MAX_STRING_LENGTH;
        s = s.substring(0, MAX_STRING_LENGTH);
        trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
      }
      if (s.length() > MIN_LINE_WIDTH && s.length() > InspectLayout.BREAK_LENGTH - indentation - 4 && s.indexOf('\n') >= 0
          && s.indexOf('\n') < s.length() - 1) {
        return splitLines(s) + trailer;
      }
      return InspectStrings.quote(s) + trailer;
    }
    return primitiveText(realm, value);
  }

  /** A long multi-line string as concatenated literals, one per line. */
  private String splitLines(String s) {
    StringBuilder sb = new StringBuilder();
    String joiner = " +\n" + " ".repeat(indentation + 2);
    int start = 0;
    while (start < s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl + 1;
      if (start > 0) {
        sb.append(joiner);
      }
      sb.append(InspectStrings.quote(s.substring(start, end)));
      start = end;
    }
    return sb.toString();
  }

  /** A primitive other than a string, as Node shows it: {@code -0}, {@code 10n}, {@code Symbol(x)}. */
  static String primitiveText(Realm realm, Object value) {
    if (value == Undefined.INSTANCE) {
      return "undefined";
    }
    if (value == Null.INSTANCE) {
      return "null";
    }
    if (value instanceof Double d && d == 0 && 1 / d < 0) {
      return "-0";
    }
    if (value instanceof BigInteger b) {
      return b + "n";
    }
    if (value instanceof Symbol s) {
      return s.descriptiveString();
    }
    return TypeConversion.toString(realm, value);
  }

  // ---------------------------------------------------------------- objects

  private String formatRaw(JsObject value, int recurseTimes) {
    realm.agent.budget.charge(1);
    String constructor = ObjectReads.constructorName(realm, value);
    String tag = ObjectReads.toStringTag(realm, value);
    if (tag.equals(constructor)) {
      tag = "";
    }
    List<Object> keys;
    String base = "";
    String[] braces = {"{", "}"};
    Extras extras = Extras.OBJECT;
    if (value instanceof TypedArrayObject typed) {
      int length = typed.length();
      keys = ObjectReads.enumerableNonIndexKeys(realm, value);
      braces[0] = prefix(constructor, tag, typed.type().typedArrayName, "(" + length + ")") + "[";
      braces[1] = "]";
      if (length == 0 && keys.isEmpty()) {
        return braces[0] + "]";
      }
      extras = Extras.ARRAY;
    } else if (value instanceof ArrayObject array) {
      long length = array.length();
      String prefix = !"Array".equals(constructor) || !tag.isEmpty()
          ? prefix(constructor, tag, "Array", "(" + length + ")") : "";
      keys = ObjectReads.enumerableNonIndexKeys(realm, value);
      braces[0] = prefix + "[";
      braces[1] = "]";
      if (length == 0 && keys.isEmpty()) {
        return braces[0] + "]";
      }
      extras = Extras.ARRAY;
    } else {
      keys = ObjectReads.enumerableKeys(realm, value);
      if ("Object".equals(constructor) && !value.isCallable() && !(value instanceof ErrorObject)
          && !(value instanceof PrimitiveObject) && !(value instanceof PromiseObject)) {
        if (value instanceof ArgumentsObject) {
          braces[0] = "[Arguments] {";
        } else if (!tag.isEmpty()) {
          braces[0] = prefix(constructor, tag, "Object", "") + "{";
        }
        if (keys.isEmpty()) {
          return braces[0] + "}";
        }
      } else if (value.isCallable()) {
        base = FunctionBase.functionBase(realm, value, constructor, tag);
        if (keys.isEmpty()) {
          return base;
        }
      } else if (value instanceof ErrorObject) {
        base = ErrorFormat.format(realm, value, constructor, tag, keys, indentation);
        if (keys.isEmpty()) {
          return base;
        }
      } else if (value instanceof PrimitiveObject boxed) {
        base = boxedBase(boxed, constructor, tag, keys);
        if (keys.isEmpty()) {
          return base;
        }
      } else if (value instanceof PromiseObject) {
        braces[0] = prefix(constructor, tag, "Promise", "") + "{";
      } else if (value instanceof MapObject || value instanceof SetObject) {
        boolean isMap = value instanceof MapObject;
        int size = isMap ? ((MapObject) value).data.size() : ((SetObject) value).data.size();
        String prefix = prefix(constructor, tag, isMap ? "Map" : "Set", "(" + size + ")");
        if (size == 0 && keys.isEmpty()) {
          return prefix + "{}";
        }
        braces[0] = prefix + "{";
      } else if (value instanceof RegExpObject regexp) {
        base = BufferAndRegExpForms.regExpText(realm, regexp);
        String prefix = prefix(constructor, tag, "RegExp", "");
        if (!prefix.equals("RegExp ")) {
          base = prefix + base;
        }
        if (keys.isEmpty() || recurseTimes > depth) {
          return base;
        }
      } else if (value instanceof ArrayBufferObject buffer) {
        braces[0] = prefix(constructor, tag, buffer.isShared() ? "SharedArrayBuffer" : "ArrayBuffer", "") + "{";
      } else if (value instanceof DateObject date) {
        double tv = date.dateValue();
        base = Double.isFinite(tv) ? DateFormatting.toISOString(tv) : DateFormatting.INVALID_DATE;
        String prefix = prefix(constructor, tag, "Date", "");
        if (!prefix.equals("Date ")) {
          base = prefix + base;
        }
        if (keys.isEmpty()) {
          return base;
        }
      } else {
        // TODO(conform): DataView, WeakMap/WeakSet, iterators and Temporal objects have their own forms in
        // Node; here they show as objects.
        if (keys.isEmpty()) {
          return prefix(constructor, tag, "Object", "") + "{}";
        }
        braces[0] = prefix(constructor, tag, "Object", "") + "{";
      }
    }
    if (recurseTimes > depth) {
      String name = prefix(constructor, tag, "Object", "");
      name = name.substring(0, name.length() - 1);
      return constructor != null ? "[" + name + "]" : name;
    }
    recurseTimes++;
    seen.add(value);
    currentDepth = recurseTimes;
    List<String> output = new ArrayList<>();
    boolean hasMore = false;
    if (value instanceof ArrayObject array) {
      hasMore = formatArray(array, recurseTimes, output);
    } else if (value instanceof TypedArrayObject typed) {
      hasMore = formatTypedArray(typed, output);
    } else if (value instanceof ArrayBufferObject buffer) {
      BufferAndRegExpForms.formatBuffer(buffer, output);
    } else if (value instanceof PromiseObject promise) {
      formatPromise(promise, recurseTimes, output);
    } else if (value instanceof MapObject map) {
      formatEntries(map.data, true, recurseTimes, output);
    } else if (value instanceof SetObject set) {
      formatEntries(set.data, false, recurseTimes, output);
    }
    for (Object key : keys) {
      output.add(formatProperty(value, recurseTimes, key));
    }
    seen.remove(seen.size() - 1);
    if (circular != null) {
      Integer index = circular.get(value);
      if (index != null) {
        String reference = "<ref *" + index + ">";
        base = base.isEmpty() ? reference : reference + " " + base;
      }
    }
    boolean array = extras == Extras.ARRAY;
    return InspectLayout.reduceToSingleString(output, base, braces, array, currentDepth - recurseTimes, indentation,
        hasMore, array && output.size() > 6
        && (value instanceof TypedArrayObject || allNumbers((ArrayObject) value, output.size())));
  }

  /** Node's getPrefix: {@code Foo }, {@code Foo [Tag] }, {@code [Object: null prototype] }. */
  static String prefix(String constructor, String tag, String fallback, String size) {
    if (constructor == null) {
      if (!tag.isEmpty() && !fallback.equals(tag)) {
        return "[" + fallback + size + ": null prototype] [" + tag + "] ";
      }
      return "[" + fallback + size + ": null prototype] ";
    }
    if (!tag.isEmpty() && !constructor.equals(tag)) {
      return constructor + size + " [" + tag + "] ";
    }
    return constructor + size + " ";
  }

  private String boxedBase(PrimitiveObject boxed, String constructor, String tag, List<Object> keys) {
    Object prim = boxed.primitive();
    String type;
    if (boxed instanceof StringObject s) {
      type = "String";
      keys.removeIf(k -> k instanceof Integer i && i < s.value().length());
    } else if (prim instanceof Boolean) {
      type = "Boolean";
    } else if (prim instanceof Symbol) {
      type = "Symbol";
    } else if (prim instanceof BigInteger) {
      type = "BigInt";
    } else {
      type = "Number";
    }
    StringBuilder base = new StringBuilder("[").append(type);
    if (!type.equals(constructor)) {
      base.append(constructor == null ? " (null prototype)" : " (" + constructor + ")");
    }
    base.append(": ").append(formatPrimitive(prim)).append(']');
    if (!tag.isEmpty() && !tag.equals(constructor)) {
      base.append(" [").append(tag).append(']');
    }
    return base.toString();
  }

  /** Array elements: holes as {@code <N empty items>}, at most 100 entries. True if "... more items" was added. */
  private boolean formatArray(ArrayObject array, int recurseTimes, List<String> output) {
    long length = array.length();
    long index = 0;
    while (index < length && output.size() < MAX_ARRAY_LENGTH) {
      PropertyDescriptor d = array.getOwnProperty(realm, PropertyKey.ofIndex(index));
      if (d != null) {
        output.add(formatEntry(d, recurseTimes));
        index++;
        continue;
      }
      long next = nextIndex(array, index, length);
      long empty = next - index;
      output.add("<" + empty + " empty item" + (empty > 1 ? "s" : "") + ">");
      index = next;
    }
    long remaining = length - index;
    if (remaining > 0) {
      output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
      return true;
    }
    return false;
  }

  /** Typed array elements (numbers or BigInts), at most 100. True if "... more items" was added. */
  private boolean formatTypedArray(TypedArrayObject typed, List<String> output) {
    int length = typed.length();
    int max = Math.min(MAX_ARRAY_LENGTH, length);
    for (int i = 0; i < max; i++) {
      realm.agent.budget.charge(1);
      output.add(primitiveText(realm, typed.getElement(i)));
    }
    int remaining = length - max;
    if (remaining > 0) {
      output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
      return true;
    }
    return false;
  }

  /** The first index at or after {@code from} that holds an element, or {@code length}. */
  private long nextIndex(ArrayObject array, long from, long length) {
    long best = length;
    for (Object k : array.ownPropertyKeys(realm)) {
      if (k instanceof Integer i) {
        long n = Integer.toUnsignedLong(i);
        if (n >= from && n < best) {
          best = n;
        }
      }
    }
    return best;
  }

  /** Map entries as {@code key => value}, Set entries as values; at most 100, then "... N more items". */
  private void formatEntries(OrderedHashTable table, boolean isMap, int recurseTimes, List<String> output) {
    int size = table.size();
    int max = Math.min(MAX_ARRAY_LENGTH, size);
    indentation += 2;
    for (int i = 0, n = 0; i < table.usedSlots() && n < max; i++) {
      Object key = table.keyAt(i);
      if (key == null) {
        continue;
      }
      realm.agent.budget.charge(1);
      String k = formatValue(key, recurseTimes);
      output.add(isMap ? k + " => " + formatValue(table.valueAt(i), recurseTimes) : k);
      n++;
    }
    indentation -= 2;
    int remaining = size - max;
    if (remaining > 0) {
      output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
    }
  }

  private void formatPromise(PromiseObject promise, int recurseTimes, List<String> output) {
    if (promise.state() == PromiseObject.PENDING) {
      output.add("<pending>");
      return;
    }
    indentation += 2;
    String str = formatValue(promise.result(), recurseTimes);
    indentation -= 2;
    output.add(promise.state() == PromiseObject.REJECTED ? "<rejected> " + str : str);
  }

  private String formatEntry(PropertyDescriptor d, int recurseTimes) {
    realm.agent.budget.charge(1);
    if (d.isDataDescriptor()) {
      indentation += 2;
      String str = formatValue(d.value(), recurseTimes);
      indentation -= 2;
      return str;
    }
    boolean getter = d.getter() != null && d.getter() != Undefined.INSTANCE;
    boolean setter = d.setter() != null && d.setter() != Undefined.INSTANCE;
    if (getter) {
      return setter ? "[Getter/Setter]" : "[Getter]";
    }
    return setter ? "[Setter]" : "undefined";
  }

  /** One {@code key: value} entry (an inherited key, such as an error's {@code cause}, is read as data). */
  private String formatProperty(JsObject value, int recurseTimes, Object key) {
    PropertyDescriptor d = ObjectReads.own(realm, value, key);
    boolean enumerable = true;
    String str;
    if (d != null) {
      enumerable = d.enumerable();
      str = formatEntry(d, recurseTimes);
    } else {
      Object v = ObjectReads.data(realm, value, key);
      str = formatEntry(PropertyDescriptor.data(v == null ? Undefined.INSTANCE : v, 0), recurseTimes);
      enumerable = false;
    }
    String name;
    if (key instanceof Symbol s) {
      name = "[" + s.descriptiveString() + "]";
    } else {
      String text = ObjectReads.keyText(key);
      if (text.equals("__proto__")) {
        name = "['__proto__']";
      } else if (!enumerable) {
        name = InspectStrings.hiddenKey(text);
      } else if (InspectStrings.isPlainKey(text)) {
        name = text;
      } else {
        name = InspectStrings.quote(text);
      }
    }
    return name + ": " + str;
  }

  /** Whether the first {@code n} elements are all numbers or BigInts (Node then right-aligns the columns). */
  private boolean allNumbers(ArrayObject array, int n) {
    for (int i = 0; i < n; i++) {
      PropertyDescriptor d = array.getOwnProperty(realm, PropertyKey.ofIndex(i));
      Object v = d != null && d.isDataDescriptor() ? d.value() : null;
      if (!(v instanceof Integer || v instanceof Double || v instanceof BigInteger)) {
        return false;
      }
    }
    return true;
  }
}
