package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.regexp.CompiledRegExp;
import dev.islet.regexp.MatchResult;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.ArrayList;

/** RegExp.prototype [ @@replace ] ( string, replaceValue ) — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.replace% */
final class RegExpReplace {
  private RegExpReplace() {}

  static Object replace(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject rx = RegExpSymbolMethods.requireObject(realm, thisValue, "RegExp.prototype[Symbol.replace]");
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    Object replaceValue = Args.get(args, 1);
    JsObject replacer = replaceValue instanceof JsObject f && f.isCallable() ? f : null;
    String template = replacer == null ? TypeConversion.toString(realm, replaceValue) : null;
    String flags = RegExpSymbolMethods.flagsOf(realm, rx);
    boolean global = flags.indexOf('g') >= 0;
    if (global) {
      RegExpBuiltinExec.setLastIndex(realm, rx, 0);
    }
    if (RegExpPrototype.isPristine(rx)) {
      return pristine(realm, (RegExpObject) rx, s, global, RegExpSymbolMethods.isFullUnicode(flags), replacer, template);
    }
    ArrayList<JsObject> results = new ArrayList<>();
    while (true) {
      Object result = RegExpBuiltinExec.regExpExec(realm, rx, s);
      if (result == Null.INSTANCE) {
        break;
      }
      results.add((JsObject) result);
      if (!global) {
        break;
      }
      JsObject ro = (JsObject) result;
      String matchStr = TypeConversion.toString(realm, ro.get(realm, PropertyKey.ofIndex(0), ro));
      if (matchStr.isEmpty()) {
        RegExpSymbolMethods.advanceLastIndex(realm, rx, s, RegExpSymbolMethods.isFullUnicode(flags));
      }
    }
    Accumulator acc = new Accumulator(realm, s);
    for (JsObject result : results) {
      long resultLength = ObjectOperations.lengthOfArrayLike(realm, result);
      long nCaptures = Math.max(resultLength - 1, 0);
      String matched = TypeConversion.toString(realm, result.get(realm, PropertyKey.ofIndex(0), result));
      double pos = TypeConversion.toIntegerOrInfinity(realm, result.get(realm, "index", result));
      int position = TextSupport.clamp(pos, s.length());
      if (nCaptures > 100_000) {
        realm.agent.budget.charge(nCaptures);
      }
      Object[] captures = new Object[(int) Math.min(nCaptures, Integer.MAX_VALUE - 8)];
      for (int n = 1; n <= captures.length; n++) {
        Object capN = result.get(realm, PropertyKey.ofIndex(n), result);
        captures[n - 1] = capN == Undefined.INSTANCE ? capN : TypeConversion.toString(realm, capN);
      }
      Object namedCaptures = result.get(realm, "groups", result);
      String replacement;
      if (replacer != null) {
        replacement = callReplacer(realm, replacer, matched, captures, position, s, namedCaptures);
      } else {
        if (namedCaptures != Undefined.INSTANCE) {
          namedCaptures = TypeConversion.toObject(realm, namedCaptures);
        }
        StringBuilder sb = new StringBuilder();
        GetSubstitution.expand(realm, sb, matched, s, position, captures, namedCaptures, template);
        replacement = sb.toString();
      }
      acc.add(position, matched.length(), replacement);
    }
    return acc.finish();
  }

  /** Calls a replacer function with « matched, ...captures, position, S [, namedCaptures] ». */
  private static String callReplacer(Realm realm, JsObject replacer, String matched, Object[] captures, int position,
      String s, Object namedCaptures) {
    int n = captures.length;
    Object[] replacerArgs = new Object[n + 3 + (namedCaptures == Undefined.INSTANCE ? 0 : 1)];
    replacerArgs[0] = matched;
    System.arraycopy(captures, 0, replacerArgs, 1, n);
    replacerArgs[n + 1] = position;
    replacerArgs[n + 2] = s;
    if (namedCaptures != Undefined.INSTANCE) {
      replacerArgs[n + 3] = namedCaptures;
    }
    return TypeConversion.toString(realm, replacer.call(Undefined.INSTANCE, replacerArgs));
  }

  /**
   * The same algorithm for a pristine RegExp: all matches are found first (as the spec does), by
   * the engine directly; only the replacer function, if any, runs user code.
   */
  private static Object pristine(Realm realm, RegExpObject rx, String s, boolean global, boolean fullUnicode,
      JsObject replacer, String template) {
    CompiledRegExp re = rx.matcher;
    ArrayList<MatchResult> results = new ArrayList<>();
    if (global) {
      int lastIndex = 0;
      while (lastIndex <= s.length()) {
        MatchResult m = RegExpBuiltinExec.run(realm, re, s, lastIndex);
        if (m == null) {
          break;
        }
        results.add(m);
        int end = m.end(0);
        lastIndex = end == m.start(0) ? (int) RegExpBuiltinExec.advanceStringIndex(s, end, fullUnicode) : end;
      }
      if (!results.isEmpty()) {
        RegExpBuiltinExec.updateLegacy(realm, rx, s, results.get(results.size() - 1));
      }
    } else {
      MatchResult m = RegExpBuiltinExec.builtinMatch(realm, rx, s);
      if (m != null) {
        results.add(m);
      }
    }
    if (results.isEmpty()) {
      return s;
    }
    boolean named = re.hasNamedGroups() && (replacer != null || template.indexOf("$<") >= 0);
    boolean simpleTemplate = replacer == null && template.indexOf('$') < 0;
    Accumulator acc = new Accumulator(realm, s);
    int groupCount = re.groupCount();
    for (MatchResult m : results) {
      int position = m.start(0);
      int matchLength = m.end(0) - position;
      if (simpleTemplate) {
        acc.add(position, matchLength, template);
        continue;
      }
      String matched = TextSupport.substring(realm, s, position, m.end(0));
      Object[] captures = new Object[groupCount];
      for (int i = 1; i <= groupCount; i++) {
        captures[i - 1] = m.matched(i) ? TextSupport.substring(realm, s, m.start(i), m.end(i)) : Undefined.INSTANCE;
      }
      Object namedCaptures = Undefined.INSTANCE;
      if (named) {
        namedCaptures = RegExpBuiltinExec.groupsObject(realm, re, captures, 1);
      }
      String replacement;
      if (replacer != null) {
        replacement = callReplacer(realm, replacer, matched, captures, position, s, namedCaptures);
      } else {
        StringBuilder sb = new StringBuilder();
        GetSubstitution.expand(realm, sb, matched, s, position, captures, namedCaptures, template);
        replacement = sb.toString();
      }
      acc.add(position, matchLength, replacement);
    }
    return acc.finish();
  }

  /** accumulatedResult and nextSourcePosition of the spec's final loop. */
  static final class Accumulator {
    private final Realm realm;
    private final String s;
    private final StringBuilder out = new StringBuilder();
    private int nextSourcePosition;

    Accumulator(Realm realm, String s) {
      this.realm = realm;
      this.s = s;
    }

    /** A replacement for the match at {@code position}; a position that moved backwards is ignored. */
    void add(int position, int matchLength, String replacement) {
      if (position < nextSourcePosition) {
        return;
      }
      append(s, nextSourcePosition, position);
      append(replacement, 0, replacement.length());
      nextSourcePosition = (int) Math.min((long) position + matchLength, Integer.MAX_VALUE);
    }

    private void append(String from, int start, int end) {
      int added = end - start;
      if (added > 0) {
        realm.agent.chargeAppend(realm, (long) out.length() + added, added);
        out.append(from, start, end);
      }
    }

    String finish() {
      if (nextSourcePosition < s.length()) {
        append(s, nextSourcePosition, s.length());
      }
      return out.toString();
    }
  }
}
