package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * The String.prototype methods that delegate to a RegExp protocol method (@@match, @@matchAll,
 * @@replace, @@search, @@split) when the argument has one, and otherwise work on plain strings.
 */
final class StringRegExpMethods {
  private static final Object[] NO_CAPTURES = new Object[0];

  private StringRegExpMethods() {}

  private static void requireObjectCoercible(Realm realm, Object o, String method) {
    if (o == Undefined.INSTANCE || o == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.STRING_METHOD_ON_NULLISH, method);
    }
  }

  /**
   * GetMethod(value, key) when value is an Object; else undefined. (Since ES2025 a primitive
   * argument's Symbol.match etc. are no longer looked up on its prototype.)
   */
  private static Object protocolMethod(Realm realm, Object value, Symbol key) {
    if (!(value instanceof JsObject)) {
      return Undefined.INSTANCE;
    }
    return ObjectOperations.getMethod(realm, value, key);
  }

  /** String.prototype.match ( regexp ) */
  static Object match(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return viaRegExp(realm, thisValue, Args.get(args, 0), Symbol.MATCH, "match", Undefined.INSTANCE);
  }

  /** String.prototype.matchAll ( regexp ) */
  static Object matchAll(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return viaRegExp(realm, thisValue, Args.get(args, 0), Symbol.MATCH_ALL, "matchAll", "g");
  }

  /** String.prototype.search ( regexp ) */
  static Object search(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return viaRegExp(realm, thisValue, Args.get(args, 0), Symbol.SEARCH, "search", Undefined.INSTANCE);
  }

  /**
   * The shape of match, matchAll and search: the argument's own protocol method if it has one,
   * otherwise RegExpCreate(regexp, flags) and Invoke(rx, key, « S »).
   */
  private static Object viaRegExp(Realm realm, Object thisValue, Object regexp, Symbol key, String method, Object flags) {
    requireObjectCoercible(realm, thisValue, method);
    if (key == Symbol.MATCH_ALL && regexp instanceof JsObject) {
      requireGlobalIfRegExp(realm, regexp, "String.prototype.matchAll");
    }
    Object m = protocolMethod(realm, regexp, key);
    if (m != Undefined.INSTANCE) {
      return ObjectOperations.call(realm, m, regexp, thisValue);
    }
    String s = TypeConversion.toString(realm, thisValue);
    RegExpObject rx = RegExpConstructor.regExpCreate(realm, regexp, flags);
    return ObjectOperations.invoke(realm, rx, key, s);
  }

  /** The IsRegExp / flags check of matchAll and replaceAll: a RegExp argument must be global. */
  private static void requireGlobalIfRegExp(Realm realm, Object regexp, String method) {
    if (RegExpConstructor.isRegExp(realm, regexp)) {
      JsObject ro = (JsObject) regexp;
      Object flags = ro.get(realm, "flags", ro);
      if (flags == Undefined.INSTANCE || flags == Null.INSTANCE) {
        throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, flags);
      }
      if (TypeConversion.toString(realm, flags).indexOf('g') < 0) {
        throw Errors.typeError(realm, Msg.REGEXP_NOT_GLOBAL, method);
      }
    }
  }

  /** String.prototype.replace ( searchValue, replaceValue ) */
  static Object replace(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    requireObjectCoercible(realm, thisValue, "replace");
    Object searchValue = Args.get(args, 0);
    Object replaceValue = Args.get(args, 1);
    Object replacer = protocolMethod(realm, searchValue, Symbol.REPLACE);
    if (replacer != Undefined.INSTANCE) {
      return ObjectOperations.call(realm, replacer, searchValue, thisValue, replaceValue);
    }
    String string = TypeConversion.toString(realm, thisValue);
    String searchString = TypeConversion.toString(realm, searchValue);
    JsObject fn = replaceValue instanceof JsObject f && f.isCallable() ? f : null;
    String template = fn == null ? TypeConversion.toString(realm, replaceValue) : null;
    int position = StringPrototype.indexOf(realm, string, searchString, 0);
    if (position < 0) {
      return string;
    }
    RegExpReplace.Accumulator acc = new RegExpReplace.Accumulator(realm, string);
    acc.add(position, searchString.length(), replacement(realm, string, searchString, position, fn, template));
    return acc.finish();
  }

  private static String replacement(Realm realm, String string, String searchString, int position, JsObject fn,
      String template) {
    if (fn != null) {
      return TypeConversion.toString(realm, fn.call(Undefined.INSTANCE, new Object[] {searchString, position, string}));
    }
    if (template.indexOf('$') < 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder();
    GetSubstitution.expand(realm, sb, searchString, string, position, NO_CAPTURES, Undefined.INSTANCE, template);
    return sb.toString();
  }

  /** String.prototype.replaceAll ( searchValue, replaceValue ) */
  static Object replaceAll(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    requireObjectCoercible(realm, thisValue, "replaceAll");
    Object searchValue = Args.get(args, 0);
    Object replaceValue = Args.get(args, 1);
    if (searchValue instanceof JsObject) {
      requireGlobalIfRegExp(realm, searchValue, "String.prototype.replaceAll");
      Object replacer = ObjectOperations.getMethod(realm, searchValue, Symbol.REPLACE);
      if (replacer != Undefined.INSTANCE) {
        return ObjectOperations.call(realm, replacer, searchValue, thisValue, replaceValue);
      }
    }
    String string = TypeConversion.toString(realm, thisValue);
    String searchString = TypeConversion.toString(realm, searchValue);
    JsObject fn = replaceValue instanceof JsObject f && f.isCallable() ? f : null;
    String template = fn == null ? TypeConversion.toString(realm, replaceValue) : null;
    int searchLength = searchString.length();
    int advanceBy = Math.max(1, searchLength);
    // The positions are all found first, as the spec does, before any replacer runs.
    int[] positions = new int[8];
    int count = 0;
    int position = StringPrototype.indexOf(realm, string, searchString, 0);
    while (position >= 0) {
      if (count == positions.length) {
        realm.heap.charge(4L * count);
        positions = java.util.Arrays.copyOf(positions, count * 2);
      }
      positions[count++] = position;
      position = position + advanceBy > string.length() ? -1 : StringPrototype.indexOf(realm, string, searchString, position + advanceBy);
    }
    if (count == 0) {
      return string;
    }
    RegExpReplace.Accumulator acc = new RegExpReplace.Accumulator(realm, string);
    for (int i = 0; i < count; i++) {
      acc.add(positions[i], searchLength, replacement(realm, string, searchString, positions[i], fn, template));
    }
    return acc.finish();
  }

  /** String.prototype.split ( separator, limit ) */
  static Object split(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    requireObjectCoercible(realm, thisValue, "split");
    Object separator = Args.get(args, 0);
    Object limit = Args.get(args, 1);
    Object splitter = protocolMethod(realm, separator, Symbol.SPLIT);
    if (splitter != Undefined.INSTANCE) {
      return ObjectOperations.call(realm, splitter, separator, thisValue, limit);
    }
    String s = TypeConversion.toString(realm, thisValue);
    long lim = limit == Undefined.INSTANCE ? 0xFFFF_FFFFL : TypeConversion.toUint32(realm, limit);
    String r = TypeConversion.toString(realm, separator);
    if (lim == 0) {
      return ArrayObject.create(realm);
    }
    if (separator == Undefined.INSTANCE) {
      return ObjectOperations.createArrayFromList(realm, new Object[] {s});
    }
    int separatorLength = r.length();
    if (separatorLength == 0) {
      int outLen = (int) Math.min(lim, s.length());
      realm.heap.charge(dev.islet.heap.SizeEstimates.refArray(outLen) + (long) outLen * dev.islet.heap.SizeEstimates.STRING_HEADER);
      realm.agent.budget.charge(outLen);
      Object[] units = new Object[outLen];
      for (int i = 0; i < outLen; i++) {
        units[i] = String.valueOf(s.charAt(i));
      }
      return ArrayObject.fromList(realm, units, outLen);
    }
    if (s.isEmpty()) {
      return ObjectOperations.createArrayFromList(realm, new Object[] {s});
    }
    ArrayObject a = ArrayObject.create(realm);
    int i = 0;
    int j = StringPrototype.indexOf(realm, s, r, 0);
    while (j >= 0) {
      a.append(realm, TextSupport.substring(realm, s, i, j));
      if (a.length() == lim) {
        return a;
      }
      i = j + separatorLength;
      j = StringPrototype.indexOf(realm, s, r, i);
    }
    a.append(realm, TextSupport.substring(realm, s, i, s.length()));
    return a;
  }
}
