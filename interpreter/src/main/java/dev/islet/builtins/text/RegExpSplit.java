package dev.islet.builtins.text;

import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.regexp.CompiledRegExp;
import dev.islet.regexp.MatchResult;
import dev.islet.values.Null;
import dev.islet.values.Undefined;

/** The loop of RegExp.prototype [ @@split ] — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.split%. */
final class RegExpSplit {
  private static final long MAX_LIMIT = 0xFFFF_FFFFL;

  private RegExpSplit() {}

  /** Steps 13–25 with the splitter the species constructor made: a sticky exec at every position. */
  static Object generic(Realm realm, JsObject splitter, String s, Object limit, boolean unicodeMatching) {
    ArrayObject a = ArrayObject.create(realm);
    long lim = limit == Undefined.INSTANCE ? MAX_LIMIT : TypeConversion.toUint32(realm, limit);
    if (lim == 0) {
      return a;
    }
    if (s.isEmpty()) {
      Object z = RegExpBuiltinExec.regExpExec(realm, splitter, s);
      if (z != Null.INSTANCE) {
        return a;
      }
      a.append(realm, s);
      return a;
    }
    int size = s.length();
    int p = 0;
    long q = p;
    while (q < size) {
      RegExpBuiltinExec.setLastIndex(realm, splitter, q);
      Object z = RegExpBuiltinExec.regExpExec(realm, splitter, s);
      if (z == Null.INSTANCE) {
        q = RegExpBuiltinExec.advanceStringIndex(s, q, unicodeMatching);
        continue;
      }
      long e = Math.min(TypeConversion.toLength(realm, splitter.get(realm, "lastIndex", splitter)), size);
      if (e == p) {
        q = RegExpBuiltinExec.advanceStringIndex(s, q, unicodeMatching);
        continue;
      }
      a.append(realm, TextSupport.substring(realm, s, p, (int) q));
      if (a.length() == lim) {
        return a;
      }
      p = (int) e;
      JsObject zo = (JsObject) z;
      long numberOfCaptures = Math.max(ObjectOperations.lengthOfArrayLike(realm, zo) - 1, 0);
      for (long i = 1; i <= numberOfCaptures; i++) {
        a.append(realm, zo.get(realm, PropertyKey.ofLong(i), zo));
        if (a.length() == lim) {
          return a;
        }
      }
      q = p;
    }
    a.append(realm, TextSupport.substring(realm, s, p, size));
    return a;
  }

  /**
   * The same loop for a pristine RegExp whose species is %RegExp%: constructing the splitter has no
   * observable effect, and a sticky exec tried at q, q+1, … stops exactly where a forward search
   * from q finds its first match, so the engine searches instead of being called at every index.
   */
  static Object pristine(Realm realm, RegExpObject rx, String s, Object limit) {
    // The splitter copies the pattern before ToUint32(limit) runs any user code (which may compile()).
    CompiledRegExp re = rx.matcher;
    boolean unicodeMatching = re.isUnicode();
    ArrayObject a = ArrayObject.create(realm);
    long lim = limit == Undefined.INSTANCE ? MAX_LIMIT : TypeConversion.toUint32(realm, limit);
    if (lim == 0) {
      return a;
    }
    // The splitter is made by %RegExp% in this realm, so its matches update the legacy statics.
    if (s.isEmpty()) {
      MatchResult z = RegExpBuiltinExec.matchAt(realm, re, s, 0);
      if (z != null) {
        legacy(realm, s, z);
        return a;
      }
      a.append(realm, s);
      return a;
    }
    int size = s.length();
    int p = 0;
    int q = 0;
    MatchResult last = null;
    while (q < size) {
      MatchResult z = RegExpBuiltinExec.search(realm, re, s, q);
      if (z == null || z.start(0) >= size) {
        break;
      }
      last = z;
      q = z.start(0);
      int e = Math.min(z.end(0), size);
      if (e == p) {
        q = (int) RegExpBuiltinExec.advanceStringIndex(s, q, unicodeMatching);
        continue;
      }
      a.append(realm, TextSupport.substring(realm, s, p, q));
      if (a.length() == lim) {
        legacy(realm, s, last);
        return a;
      }
      p = e;
      for (int i = 1; i <= re.groupCount(); i++) {
        a.append(realm, z.matched(i) ? TextSupport.substring(realm, s, z.start(i), z.end(i)) : Undefined.INSTANCE);
        if (a.length() == lim) {
          legacy(realm, s, last);
          return a;
        }
      }
      q = p;
    }
    if (last != null) {
      legacy(realm, s, last);
    }
    a.append(realm, TextSupport.substring(realm, s, p, size));
    return a;
  }

  private static void legacy(Realm realm, String s, MatchResult m) {
    RegExpPrototype.state(realm).legacy.update(s, m);
  }
}
