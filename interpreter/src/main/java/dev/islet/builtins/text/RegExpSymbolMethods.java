package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.regexp.CompiledRegExp;
import dev.islet.regexp.MatchResult;
import dev.islet.values.Null;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/**
 * RegExp.prototype[@@match], [@@matchAll], [@@search] and [@@split]
 * (https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.match%); [@@replace] is in
 * {@link RegExpReplace}. Each follows the spec's observable steps; when the RegExp is pristine
 * ({@link RegExpPrototype#isPristine}) the loop runs the engine directly instead of going through
 * exec and result arrays, which has the same observable behaviour.
 */
final class RegExpSymbolMethods {
  private RegExpSymbolMethods() {}

  static JsObject requireObject(Realm realm, Object thisValue, String method) {
    if (thisValue instanceof JsObject o) {
      return o;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }

  /** ToString(? Get(rx, "flags")), without the eight getter calls when rx is pristine. */
  static String flagsOf(Realm realm, JsObject rx) {
    if (RegExpPrototype.isPristine(rx)) {
      return ((RegExpObject) rx).originalFlagsCanonical();
    }
    return TypeConversion.toString(realm, rx.get(realm, "flags", rx));
  }

  static boolean isFullUnicode(String flags) {
    return flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
  }

  /** RegExp.prototype [ @@match ] ( string ) */
  static Object match(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject rx = requireObject(realm, thisValue, "RegExp.prototype[Symbol.match]");
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    String flags = flagsOf(realm, rx);
    if (flags.indexOf('g') < 0) {
      return RegExpBuiltinExec.regExpExec(realm, rx, s);
    }
    boolean fullUnicode = isFullUnicode(flags);
    RegExpBuiltinExec.setLastIndex(realm, rx, 0);
    if (RegExpPrototype.isPristine(rx)) {
      return matchAllStrings(realm, (RegExpObject) rx, s, fullUnicode);
    }
    ArrayObject a = ArrayObject.create(realm);
    int n = 0;
    while (true) {
      Object result = RegExpBuiltinExec.regExpExec(realm, rx, s);
      if (result == Null.INSTANCE) {
        return n == 0 ? Null.INSTANCE : a;
      }
      JsObject ro = (JsObject) result;
      String matchStr = TypeConversion.toString(realm, ro.get(realm, PropertyKey.ofIndex(0), ro));
      ObjectOperations.createDataPropertyOrThrow(realm, a, PropertyKey.ofIndex(n), matchStr);
      if (matchStr.isEmpty()) {
        advanceLastIndex(realm, rx, s, fullUnicode);
      }
      n++;
    }
  }

  /** The global @@match loop for a pristine RegExp: the engine straight over the string. */
  private static Object matchAllStrings(Realm realm, RegExpObject rx, String s, boolean fullUnicode) {
    CompiledRegExp re = rx.matcher;
    ArrayList<Object> found = new ArrayList<>();
    int lastIndex = 0;
    MatchResult last = null;
    while (lastIndex <= s.length()) {
      MatchResult m = RegExpBuiltinExec.run(realm, re, s, lastIndex);
      if (m == null) {
        break;
      }
      last = m;
      int start = m.start(0);
      int end = m.end(0);
      found.add(TextSupport.substring(realm, s, start, end));
      realm.heap.charge(dev.islet.heap.SizeEstimates.REFERENCE);
      lastIndex = end == start ? (int) RegExpBuiltinExec.advanceStringIndex(s, end, fullUnicode) : end;
    }
    // The last exec failed: lastIndex is back to 0, already set above.
    if (last == null) {
      return Null.INSTANCE;
    }
    RegExpBuiltinExec.updateLegacy(realm, rx, s, last);
    return ArrayObject.fromList(realm, found.toArray(), found.size());
  }

  /** thisIndex = ToLength(Get(rx, "lastIndex")); Set(rx, "lastIndex", AdvanceStringIndex(S, thisIndex, fullUnicode)). */
  static void advanceLastIndex(Realm realm, JsObject rx, String s, boolean fullUnicode) {
    long thisIndex = TypeConversion.toLength(realm, rx.get(realm, "lastIndex", rx));
    RegExpBuiltinExec.setLastIndex(realm, rx, RegExpBuiltinExec.advanceStringIndex(s, thisIndex, fullUnicode));
  }

  /** RegExp.prototype [ @@matchAll ] ( string ) */
  static Object matchAll(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject r = requireObject(realm, thisValue, "RegExp.prototype[Symbol.matchAll]");
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    JsObject c = ObjectOperations.speciesConstructor(realm, r, realm.intrinsic(Intrinsic.REGEXP));
    String flags = TypeConversion.toString(realm, r.get(realm, "flags", r));
    JsObject matcher = ObjectOperations.construct(realm, c, new Object[] {r, flags}, null);
    long lastIndex = TypeConversion.toLength(realm, r.get(realm, "lastIndex", r));
    RegExpBuiltinExec.setLastIndex(realm, matcher, lastIndex);
    return RegExpStringIteratorPrototype.create(realm, matcher, s, flags.indexOf('g') >= 0, isFullUnicode(flags));
  }

  /** RegExp.prototype [ @@search ] ( string ) */
  static Object search(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject rx = requireObject(realm, thisValue, "RegExp.prototype[Symbol.search]");
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    Object previousLastIndex = rx.get(realm, "lastIndex", rx);
    if (!SameValue.sameValue(previousLastIndex, 0)) {
      RegExpBuiltinExec.setLastIndex(realm, rx, 0);
    }
    Object result = RegExpBuiltinExec.regExpExec(realm, rx, s);
    Object currentLastIndex = rx.get(realm, "lastIndex", rx);
    if (!SameValue.sameValue(currentLastIndex, previousLastIndex)) {
      RegExpBuiltinExec.setLastIndexValue(realm, rx, previousLastIndex);
    }
    if (result == Null.INSTANCE) {
      return -1;
    }
    JsObject ro = (JsObject) result;
    return ro.get(realm, "index", ro);
  }

  /** RegExp.prototype [ @@split ] ( string, limit ) — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.split% */
  static Object split(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject rx = requireObject(realm, thisValue, "RegExp.prototype[Symbol.split]");
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    Object limit = Args.get(args, 1);
    if (RegExpPrototype.isPristineWithSpecies(realm, rx)) {
      return RegExpSplit.pristine(realm, (RegExpObject) rx, s, limit);
    }
    JsObject c = ObjectOperations.speciesConstructor(realm, rx, realm.intrinsic(Intrinsic.REGEXP));
    String flags = TypeConversion.toString(realm, rx.get(realm, "flags", rx));
    boolean unicodeMatching = isFullUnicode(flags);
    String newFlags = flags.indexOf('y') >= 0 ? flags : flags + "y";
    JsObject splitter = ObjectOperations.construct(realm, c, new Object[] {rx, newFlags}, null);
    return RegExpSplit.generic(realm, splitter, s, limit, unicodeMatching);
  }
}
