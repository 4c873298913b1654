package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.NativeCode;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.regexp.MatchResult;
import dev.islet.values.Undefined;

/**
 * The legacy static properties of %RegExp% (RegExp.$1–$9, input/$_, lastMatch/$&, lastParen/$+,
 * leftContext/$`, rightContext/$'), as the legacy-features proposal specifies them
 * (https://github.com/tc39/proposal-regexp-legacy-features): per realm, updated by every successful
 * RegExpBuiltinExec of a RegExp made by %RegExp% itself in that realm, and readable only with
 * %RegExp% as the receiver. The substrings are cut on demand from the last match.
 */
final class LegacyRegExpStatics {
  /** The [[RegExpInput]] slot (also settable through RegExp.input). */
  private String input = "";
  /** The string and match the other slots derive from; null before any match. */
  private String matchInput;
  private MatchResult match;
  /** Set by InvalidateLegacyRegExpStaticProperties: every getter then throws. */
  private boolean invalid;

  /** UpdateLegacyRegExpStaticProperties ( C, S, startIndex, endIndex, capturedValues ) */
  void update(String s, MatchResult m) {
    input = s;
    matchInput = s;
    match = m;
    invalid = false;
  }

  /** InvalidateLegacyRegExpStaticProperties ( C ) */
  void invalidate() {
    invalid = true;
  }

  /** The strings the slots hold, for the live-set meter. */
  void traceReferences(dev.islet.objects.HeapVisitor v) {
    v.visit(input);
    v.visit(matchInput);
  }

  static void install(Realm realm, BuiltinInstaller b) {
    NativeCode getInput = (r, t, a, nt) -> statics(r, t, "input").input;
    NativeCode setInput = (r, t, a, nt) -> {
      LegacyRegExpStatics s = receiver(r, t, "input");
      s.input = TypeConversion.toString(r, Args.get(a, 0));
      return Undefined.INSTANCE;
    };
    b.accessor("input", getInput, setInput)
        .accessor("$_", getInput, setInput)
        .getter("lastMatch", (r, t, a, nt) -> statics(r, t, "lastMatch").group(0))
        .getter("$&", (r, t, a, nt) -> statics(r, t, "$&").group(0))
        .getter("lastParen", (r, t, a, nt) -> statics(r, t, "lastParen").lastParen())
        .getter("$+", (r, t, a, nt) -> statics(r, t, "$+").lastParen())
        .getter("leftContext", (r, t, a, nt) -> statics(r, t, "leftContext").leftContext())
        .getter("$`", (r, t, a, nt) -> statics(r, t, "$`").leftContext())
        .getter("rightContext", (r, t, a, nt) -> statics(r, t, "rightContext").rightContext())
        .getter("$'", (r, t, a, nt) -> statics(r, t, "$'").rightContext());
    for (int i = 1; i <= 9; i++) {
      int group = i;
      b.getter("$" + i, (r, t, a, nt) -> statics(r, t, "$" + group).group(group));
    }
  }

  /** The receiver check of GetLegacyRegExpStaticProperty / SetLegacyRegExpStaticProperty. */
  private static LegacyRegExpStatics receiver(Realm realm, Object thisValue, String name) {
    if (thisValue != realm.intrinsic(Intrinsic.REGEXP)) {
      throw Errors.typeError(realm, Msg.REGEXP_LEGACY_RECEIVER, name);
    }
    return RegExpPrototype.state(realm).legacy;
  }

  /** GetLegacyRegExpStaticProperty ( C, thisValue, internalSlotName ): the receiver and the slot checks. */
  private static LegacyRegExpStatics statics(Realm realm, Object thisValue, String name) {
    LegacyRegExpStatics s = receiver(realm, thisValue, name);
    if (s.invalid) {
      throw Errors.typeError(realm, Msg.REGEXP_LEGACY_INVALIDATED, name);
    }
    return s;
  }

  private String group(int g) {
    if (match == null || g > match.groupCount() || !match.matched(g)) {
      return "";
    }
    return matchInput.substring(match.start(g), match.end(g));
  }

  private String lastParen() {
    return match == null || match.groupCount() == 0 ? "" : group(match.groupCount());
  }

  private String leftContext() {
    return match == null ? "" : matchInput.substring(0, match.start(0));
  }

  private String rightContext() {
    return match == null ? "" : matchInput.substring(match.end(0));
  }
}
