package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.StringObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * %String.prototype% — https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object: the
 * install list, and the methods that read or search a string. Methods that build new strings are in
 * {@link StringTransforms}, the RegExp-based ones in {@link StringRegExpMethods}, Annex B's HTML
 * methods in {@link StringHtmlMethods}.
 */
public final class StringPrototype {
  private StringPrototype() {}

  public static JsObject create(Realm realm) {
    return new StringObject(realm, Shape.lazy(realm.objectPrototype(), p -> install(realm, p)), "");
  }

  private static void install(Realm realm, JsObject p) {
    NativeFunction trimStart = new NativeFunction(realm, "trimStart", 0, StringTransforms::trimStart, false);
    NativeFunction trimEnd = new NativeFunction(realm, "trimEnd", 0, StringTransforms::trimEnd, false);
    BuiltinInstaller b = BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.STRING))
        .method("at", 1, StringPrototype::at)
        .method("charAt", 1, StringPrototype::charAt)
        .method("charCodeAt", 1, StringPrototype::charCodeAt)
        .method("codePointAt", 1, StringPrototype::codePointAt)
        .method("concat", 1, StringPrototype::concat)
        .method("endsWith", 1, StringPrototype::endsWith)
        .method("includes", 1, StringPrototype::includes)
        .method("indexOf", 1, StringPrototype::indexOf)
        .method("isWellFormed", 0, StringTransforms::isWellFormed)
        .method("lastIndexOf", 1, StringPrototype::lastIndexOf)
        .method("localeCompare", 1, StringTransforms::localeCompare)
        .method("match", 1, StringRegExpMethods::match)
        .method("matchAll", 1, StringRegExpMethods::matchAll)
        .method("normalize", 0, StringTransforms::normalize)
        .method("padEnd", 1, StringTransforms::padEnd)
        .method("padStart", 1, StringTransforms::padStart)
        .method("repeat", 1, StringTransforms::repeat)
        .method("replace", 2, StringRegExpMethods::replace)
        .method("replaceAll", 2, StringRegExpMethods::replaceAll)
        .method("search", 1, StringRegExpMethods::search)
        .method("slice", 2, StringPrototype::slice)
        .method("split", 2, StringRegExpMethods::split)
        .method("startsWith", 1, StringPrototype::startsWith)
        .method("substr", 2, StringPrototype::substr)
        .method("substring", 2, StringPrototype::substring)
        .method("toLocaleLowerCase", 0, StringTransforms::toLocaleLowerCase)
        .method("toLocaleUpperCase", 0, StringTransforms::toLocaleUpperCase)
        .method("toLowerCase", 0, StringTransforms::toLowerCase)
        .method("toString", 0, StringPrototype::toString_)
        .method("toUpperCase", 0, StringTransforms::toUpperCase)
        .method("toWellFormed", 0, StringTransforms::toWellFormed)
        .method("trim", 0, StringTransforms::trim)
        .function("trimEnd", trimEnd)
        .function("trimStart", trimStart)
        // Annex B: trimLeft and trimRight are the same function objects as trimStart and trimEnd.
        .function("trimLeft", trimStart)
        .function("trimRight", trimEnd)
        .method("valueOf", 0, StringPrototype::valueOf)
        .method(Symbol.ITERATOR, 0, StringIteratorPrototype::iterator);
    StringHtmlMethods.install(b);
  }

  /** String.prototype.at ( index ) */
  static Object at(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "at");
    int len = s.length();
    double rel = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) {
      return Undefined.INSTANCE;
    }
    return String.valueOf(s.charAt((int) k));
  }

  /** String.prototype.charAt ( pos ) */
  static Object charAt(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "charAt");
    Object a = Args.get(args, 0);
    double pos = a instanceof Integer i ? i : TypeConversion.toIntegerOrInfinity(realm, a);
    if (pos < 0 || pos >= s.length()) {
      return "";
    }
    return String.valueOf(s.charAt((int) pos));
  }

  /** String.prototype.charCodeAt ( pos ) */
  static Object charCodeAt(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "charCodeAt");
    Object a = Args.get(args, 0);
    double pos = a instanceof Integer i ? i : TypeConversion.toIntegerOrInfinity(realm, a);
    if (pos < 0 || pos >= s.length()) {
      return Double.NaN;
    }
    return (int) s.charAt((int) pos);
  }

  /** String.prototype.codePointAt ( pos ) */
  static Object codePointAt(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "codePointAt");
    double pos = TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0));
    if (pos < 0 || pos >= s.length()) {
      return Undefined.INSTANCE;
    }
    return s.codePointAt((int) pos);
  }

  /** String.prototype.concat ( ...args ): ropes keep repeated concatenation linear. */
  static Object concat(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    CharSequence r;
    if (JsStrings.isString(thisValue)) {
      r = (CharSequence) thisValue;
    } else {
      r = TextSupport.thisString(realm, thisValue, "concat");
    }
    for (Object a : args) {
      r = Operators.concat(realm, r, TypeConversion.toJsString(realm, a));
    }
    return r;
  }

  /** String.prototype.endsWith ( searchString [ , endPosition ] ) */
  static Object endsWith(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "endsWith");
    String search = searchString(realm, Args.get(args, 0), "endsWith");
    int len = s.length();
    Object endPosition = Args.get(args, 1);
    int end = endPosition == Undefined.INSTANCE ? len : TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, endPosition), len);
    int start = end - search.length();
    return start >= 0 && s.startsWith(search, start);
  }

  /** String.prototype.includes ( searchString [ , position ] ) */
  static Object includes(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "includes");
    String search = searchString(realm, Args.get(args, 0), "includes");
    int start = TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 1)), s.length());
    return indexOf(realm, s, search, start) >= 0;
  }

  /** String.prototype.indexOf ( searchString [ , position ] ) */
  static Object indexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "indexOf");
    String search = TypeConversion.toString(realm, Args.get(args, 0));
    Object p = Args.get(args, 1);
    int start = p instanceof Integer i ? TextSupport.clamp(i, s.length())
        : TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, p), s.length());
    return indexOf(realm, s, search, start);
  }

  /** StringIndexOf ( string, searchValue, fromIndex ), charged for the scan. */
  static int indexOf(Realm realm, String s, String search, int from) {
    return StringSearch.indexOf(realm, s, search, from);
  }

  /** String.prototype.lastIndexOf ( searchString [ , position ] ) */
  static Object lastIndexOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "lastIndexOf");
    String search = TypeConversion.toString(realm, Args.get(args, 0));
    double numPos = TypeConversion.toNumber(realm, Args.get(args, 1));
    double pos = numPos != numPos ? Double.POSITIVE_INFINITY : TypeConversion.toIntegerOrInfinity(realm, numPos);
    int len = s.length();
    int searchLen = search.length();
    if (len < searchLen) {
      return -1;
    }
    int start = TextSupport.clamp(pos, len - searchLen);
    return StringSearch.lastIndexOf(realm, s, search, start);
  }

  /** String.prototype.slice ( start, end ) */
  static Object slice(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "slice");
    int len = s.length();
    int from = TextSupport.relative(TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0)), len);
    Object end = Args.get(args, 1);
    int to = end == Undefined.INSTANCE ? len : TextSupport.relative(TypeConversion.toIntegerOrInfinity(realm, end), len);
    if (from >= to) {
      return "";
    }
    return TextSupport.substring(realm, s, from, to);
  }

  /** String.prototype.startsWith ( searchString [ , position ] ) */
  static Object startsWith(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "startsWith");
    String search = searchString(realm, Args.get(args, 0), "startsWith");
    Object position = Args.get(args, 1);
    int start = position == Undefined.INSTANCE ? 0 : TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, position), s.length());
    return s.startsWith(search, start);
  }

  /** The searchString step of startsWith, endsWith and includes: a RegExp is a TypeError. */
  private static String searchString(Realm realm, Object searchString, String method) {
    if (RegExpConstructor.isRegExp(realm, searchString)) {
      throw Errors.typeError(realm, Msg.FIRST_ARGUMENT_REGEXP, method);
    }
    return TypeConversion.toString(realm, searchString);
  }

  /** String.prototype.substring ( start, end ) */
  static Object substring(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "substring");
    int len = s.length();
    int start = TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0)), len);
    Object endArg = Args.get(args, 1);
    int end = endArg == Undefined.INSTANCE ? len : TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, endArg), len);
    return TextSupport.substring(realm, s, Math.min(start, end), Math.max(start, end));
  }

  /** String.prototype.substr ( start, length ) — Annex B, https://tc39.es/ecma262/#sec-string.prototype.substr */
  static Object substr(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String s = TextSupport.thisString(realm, thisValue, "substr");
    int size = s.length();
    int start = TextSupport.relative(TypeConversion.toIntegerOrInfinity(realm, Args.get(args, 0)), size);
    Object lengthArg = Args.get(args, 1);
    int length = lengthArg == Undefined.INSTANCE ? size : TextSupport.clamp(TypeConversion.toIntegerOrInfinity(realm, lengthArg), size);
    int end = (int) Math.min((long) start + length, size);
    if (start >= end) {
      return "";
    }
    return TextSupport.substring(realm, s, start, end);
  }

  /** String.prototype.toString ( ) */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof CharSequence cs) {
      return cs;
    }
    return TextSupport.thisStringValue(realm, thisValue, "String.prototype.toString");
  }

  /** String.prototype.valueOf ( ) */
  static Object valueOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof CharSequence cs) {
      return cs;
    }
    return TextSupport.thisStringValue(realm, thisValue, "String.prototype.valueOf");
  }
}
