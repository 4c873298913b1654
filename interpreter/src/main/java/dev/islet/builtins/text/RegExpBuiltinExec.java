package dev.islet.builtins.text;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.regexp.CompiledRegExp;
import dev.islet.regexp.MatchResult;
import dev.islet.regexp.RegExpFlags;
import dev.islet.regexp.RegExpMatcher;
import dev.islet.regexp.RegExpStackOverflowException;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/**
 * Abstract operations for RegExp matching — https://tc39.es/ecma262/#sec-abstract-operations-for-regexp-matching:
 * RegExpExec, RegExpBuiltinExec (split into the match itself and the result array), AdvanceStringIndex,
 * and running the engine under the isolate's budget.
 */
final class RegExpBuiltinExec {
  private RegExpBuiltinExec() {}

  /** RegExpExec ( R, S ) — https://tc39.es/ecma262/#sec-regexpexec */
  static Object regExpExec(Realm realm, JsObject r, String s) {
    return regExpExec(realm, r, s, r.get(realm, "exec", r));
  }

  /** RegExpExec with the value of R.exec already read. */
  static Object regExpExec(Realm realm, JsObject r, String s, Object exec) {
    if (isBuiltinExec(exec) && r instanceof RegExpObject ro && ro.matcher != null) {
      return builtinExec(realm, ro, s);
    }
    if (exec instanceof JsObject f && f.isCallable()) {
      Object result = f.call(r, new Object[] {s});
      if (!(result instanceof JsObject) && result != Null.INSTANCE) {
        throw Errors.typeError(realm, Msg.REGEXP_EXEC_RESULT, Describe.value(result));
      }
      return result;
    }
    return builtinExec(realm, RegExpPrototype.requireRegExp(realm, r, "RegExp.prototype.exec"), s);
  }

  /** True for %RegExp.prototype.exec% of any realm. */
  static boolean isBuiltinExec(Object exec) {
    return exec instanceof NativeFunction nf && nf.code() == RegExpPrototype.EXEC;
  }

  /** Reads R.exec and tells whether it is the built-in exec (the lookup is observable, so it happens). */
  static boolean hasBuiltinExec(Realm realm, RegExpObject r) {
    return isBuiltinExec(r.get(realm, "exec", r));
  }

  /** RegExpBuiltinExec ( R, S ) — https://tc39.es/ecma262/#sec-regexpbuiltinexec */
  static Object builtinExec(Realm realm, RegExpObject r, String s) {
    MatchResult m = builtinMatch(realm, r, s);
    return m == null ? Null.INSTANCE : matchArray(realm, r.matcher, s, m);
  }

  /**
   * The matching half of RegExpBuiltinExec: lastIndex rules, the match, the lastIndex update and
   * the legacy statics; null on failure.
   */
  static MatchResult builtinMatch(Realm realm, RegExpObject r, String s) {
    long lastIndex = TypeConversion.toLength(realm, r.get(realm, "lastIndex", r));
    CompiledRegExp re = r.matcher;
    boolean globalOrSticky = (re.flags() & (RegExpFlags.GLOBAL | RegExpFlags.STICKY)) != 0;
    if (!globalOrSticky) {
      lastIndex = 0;
    }
    MatchResult m = lastIndex > s.length() ? null : run(realm, re, s, (int) lastIndex);
    if (m == null) {
      if (globalOrSticky) {
        setLastIndex(realm, r, 0);
      }
      return null;
    }
    if (globalOrSticky) {
      setLastIndex(realm, r, m.end(0));
    }
    updateLegacy(realm, r, s, m);
    return m;
  }

  /** The legacy-features proposal's step of RegExpBuiltinExec after a successful match. */
  static void updateLegacy(Realm realm, RegExpObject r, String s, MatchResult m) {
    if (r.realm == realm) {
      LegacyRegExpStatics statics = RegExpPrototype.state(realm).legacy;
      if (r.legacyFeaturesEnabled) {
        statics.update(s, m);
      } else {
        statics.invalidate();
      }
    }
  }

  /** Runs the engine from {@code from} (sticky: only there) under the isolate's budget. */
  static MatchResult run(Realm realm, CompiledRegExp re, String s, int from) {
    return runMode(realm, re, s, from, re.hasFlag(RegExpFlags.STICKY) ? AT : SEARCH);
  }

  /** The first match at or after {@code from}, whatever the sticky flag says. */
  static MatchResult search(Realm realm, CompiledRegExp re, String s, int from) {
    return runMode(realm, re, s, from, SEARCH);
  }

  /** A match starting exactly at {@code index}, whatever the sticky flag says. */
  static MatchResult matchAt(Realm realm, CompiledRegExp re, String s, int index) {
    return runMode(realm, re, s, index, AT);
  }

  private static final int SEARCH = 0;
  private static final int AT = 1;

  private static MatchResult runMode(Realm realm, CompiledRegExp re, String s, int from, int mode) {
    RealmRegExpBudget budget = RegExpPrototype.state(realm).budget;
    try {
      return mode == AT ? RegExpMatcher.matchAt(re, s, from, budget) : RegExpMatcher.search(re, s, from, budget);
    } catch (RegExpStackOverflowException e) {
      throw Errors.rangeError(realm, Msg.REGEXP_TOO_COMPLEX);
    } finally {
      budget.release();
    }
  }

  /** The Array RegExpBuiltinExec returns: the match, captures, index, input, groups (and indices with d). */
  static ArrayObject matchArray(Realm realm, CompiledRegExp re, String s, MatchResult m) {
    int n = re.groupCount();
    Object[] values = new Object[n + 1];
    for (int i = 0; i <= n; i++) {
      values[i] = m.matched(i) ? TextSupport.substring(realm, s, m.start(i), m.end(i)) : Undefined.INSTANCE;
    }
    ArrayObject a = ArrayObject.fromList(realm, values, n + 1);
    boolean hasGroups = re.hasNamedGroups();
    Object groups = hasGroups ? groupsObject(realm, re, values, 0) : Undefined.INSTANCE;
    boolean hasIndices = re.hasFlag(RegExpFlags.HAS_INDICES);
    // The named properties in the spec's order (index, input, groups[, indices]) on a cached shape.
    a.shape = RegExpPrototype.state(realm).matchArrayShape(hasIndices);
    a.slots = hasIndices
        ? new Object[] {m.start(0), s, groups, indicesArray(realm, re, m, hasGroups)}
        : new Object[] {m.start(0), s, groups};
    return a;
  }

  /**
   * The groups object: one property per distinct name, in the order names first appear; with
   * duplicate names, the value of the group that participated (steps 33–34 of RegExpBuiltinExec).
   * The value of group i is {@code values[i - base]}.
   */
  static JsObject groupsObject(Realm realm, CompiledRegExp re, Object[] values, int base) {
    JsObject groups = JsObject.ordinary(realm, null);
    for (int i = 1; i <= re.groupCount(); i++) {
      String name = re.groupName(i);
      if (name == null) {
        continue;
      }
      Object existing = groups.findOwnStoredForEngine(name);
      if (existing == JsObject.NOT_FOUND || existing == Undefined.INSTANCE) {
        ObjectOperations.createDataPropertyOrThrow(realm, groups, name, values[i - base]);
      }
    }
    return groups;
  }

  /** MakeMatchIndicesIndexPairArray — https://tc39.es/ecma262/#sec-makematchindicesindexpairarray */
  private static ArrayObject indicesArray(Realm realm, CompiledRegExp re, MatchResult m, boolean hasGroups) {
    int n = re.groupCount() + 1;
    Object[] pairs = new Object[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = m.matched(i)
          ? ObjectOperations.createArrayFromList(realm, new Object[] {m.start(i), m.end(i)})
          : Undefined.INSTANCE;
    }
    ArrayObject a = ArrayObject.fromList(realm, pairs, n);
    Object groups = Undefined.INSTANCE;
    if (hasGroups) {
      groups = groupsObject(realm, re, pairs, 0);
    }
    a.defineDirect(realm, "groups", groups, Attributes.DEFAULT);
    return a;
  }

  /** Set ( R, "lastIndex", value, true ) */
  static void setLastIndex(Realm realm, JsObject r, long value) {
    Object v = TextSupport.number(value);
    if (!r.set(realm, "lastIndex", v, r)) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, "lastIndex", Describe.value(r));
    }
  }

  /** Set ( R, "lastIndex", value, true ) with any value. */
  static void setLastIndexValue(Realm realm, JsObject r, Object v) {
    if (!r.set(realm, "lastIndex", v, r)) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, "lastIndex", Describe.value(r));
    }
  }

  /** AdvanceStringIndex ( S, index, unicode ) — https://tc39.es/ecma262/#sec-advancestringindex */
  static long advanceStringIndex(String s, long index, boolean unicode) {
    if (!unicode || index + 1 >= s.length()) {
      return index + 1;
    }
    int i = (int) index;
    return Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1)) ? index + 2 : index + 1;
  }
}
