package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.bytecode.RegExpSite;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.regexp.CompiledRegExp;
import dev.islet.regexp.RegExpFlags;
import dev.islet.regexp.RegExpSyntaxException;
import dev.islet.values.JsStrings;
import dev.islet.values.SameValue;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * The RegExp constructor — https://tc39.es/ecma262/#sec-regexp-constructor — with RegExpCreate,
 * RegExpAlloc, RegExpInitialize, IsRegExp, RegExp.escape, RegExp[@@species] and the legacy static
 * accessors ({@link LegacyRegExpStatics}).
 */
public final class RegExpConstructor {
  private RegExpConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "RegExp", RegExpConstructor::construct, true, c -> {
      BuiltinInstaller b = BuiltinInstaller.on(realm, c)
          .constructorBasics("RegExp", 2, realm.intrinsic(Intrinsic.REGEXP_PROTOTYPE))
          .method("escape", 1, RegExpConstructor::escape)
          .getter(Symbol.SPECIES, (r, t, a, nt) -> t);
      LegacyRegExpStatics.install(realm, b);
      RegExpPrototype.state(realm).speciesAccessor = c.findOwnStoredForEngine(Symbol.SPECIES);
    });
  }

  /** RegExp ( pattern, flags ) — https://tc39.es/ecma262/#sec-regexp-pattern-flags */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    Object pattern = Args.get(args, 0);
    Object flags = Args.get(args, 1);
    boolean patternIsRegExp = isRegExp(realm, pattern);
    JsObject nt = newTarget;
    if (nt == null) {
      nt = realm.intrinsic(Intrinsic.REGEXP);
      if (patternIsRegExp && flags == Undefined.INSTANCE) {
        JsObject po = (JsObject) pattern;
        Object patternConstructor = po.get(realm, "constructor", po);
        if (SameValue.sameValue(nt, patternConstructor)) {
          return pattern;
        }
      }
    }
    Object p;
    Object f;
    if (pattern instanceof RegExpObject r && r.matcher != null) {
      p = r.originalSource;
      f = flags == Undefined.INSTANCE ? r.originalFlags : flags;
    } else if (patternIsRegExp) {
      JsObject po = (JsObject) pattern;
      p = po.get(realm, "source", po);
      f = flags == Undefined.INSTANCE ? po.get(realm, "flags", po) : flags;
    } else {
      p = pattern;
      f = flags;
    }
    RegExpObject o = regExpAlloc(realm, nt);
    return regExpInitialize(realm, o, p, f);
  }

  /** IsRegExp ( argument ) — https://tc39.es/ecma262/#sec-isregexp */
  public static boolean isRegExp(Realm realm, Object argument) {
    if (!(argument instanceof JsObject o)) {
      return false;
    }
    Object matcher = o.get(realm, Symbol.MATCH, o);
    if (matcher != Undefined.INSTANCE) {
      return TypeConversion.toBoolean(matcher);
    }
    return o instanceof RegExpObject;
  }

  /** RegExpCreate ( P, F ) — https://tc39.es/ecma262/#sec-regexpcreate */
  public static RegExpObject regExpCreate(Realm realm, Object pattern, Object flags) {
    RegExpObject o = regExpAlloc(realm, realm.intrinsic(Intrinsic.REGEXP));
    return regExpInitialize(realm, o, pattern, flags);
  }

  /**
   * A RegExp literal's evaluation (https://tc39.es/ecma262/#sec-regular-expression-literals-runtime-semantics-evaluation):
   * RegExpCreate with the literal's source text and flags, which the parser has already validated.
   */
  public static RegExpObject fromLiteral(Realm realm, RegExpSite site) {
    // The compiled pattern is cached on the literal's site, which the shared code carries.
    Object c = site.compiled();
    CompiledRegExp compiled = c instanceof CompiledRegExp cr ? cr : compile(realm, site.pattern, site.flags);
    if (c == null) {
      site.setCompiled(compiled);
    }
    // RegExpAlloc(%RegExp%) reads %RegExp%.prototype, which is non-writable and non-configurable,
    // and the fresh object's lastIndex is plainly writable: nothing here is observable, so the
    // object is built directly.
    RegExpPrototype.PrototypeObject proto = RegExpPrototype.state(realm);
    RegExpObject o = new RegExpObject(realm, proto.instanceShape, true);
    o.matcher = compiled;
    o.originalSource = site.pattern;
    o.originalFlags = site.flags;
    o.slots[0] = 0;
    return o;
  }

  /** RegExpAlloc ( newTarget ) — https://tc39.es/ecma262/#sec-regexpalloc */
  static RegExpObject regExpAlloc(Realm realm, JsObject newTarget) {
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.REGEXP_PROTOTYPE);
    // The legacy-features proposal: only objects made by %RegExp% itself update RegExp.$1 etc.
    boolean legacy = newTarget == realm.intrinsic(Intrinsic.REGEXP);
    RegExpObject o = new RegExpObject(realm, RegExpPrototype.instanceShape(realm, proto), legacy);
    o.slots[0] = Undefined.INSTANCE;
    return o;
  }

  /** RegExpInitialize ( obj, pattern, flags ) — https://tc39.es/ecma262/#sec-regexpinitialize */
  static RegExpObject regExpInitialize(Realm realm, RegExpObject obj, Object pattern, Object flags) {
    String p = pattern == Undefined.INSTANCE ? "" : TypeConversion.toString(realm, pattern);
    String f = flags == Undefined.INSTANCE ? "" : TypeConversion.toString(realm, flags);
    CompiledRegExp compiled = compile(realm, p, f);
    obj.matcher = compiled;
    obj.originalSource = p;
    obj.originalFlags = f;
    RegExpBuiltinExec.setLastIndex(realm, obj, 0);
    return obj;
  }

  /** Parses and compiles (or finds in the shared cache); a bad pattern or flags is a SyntaxError. */
  static CompiledRegExp compile(Realm realm, String p, String f) {
    CompiledRegExp c = RegExpCache.get(p, f);
    if (c != null) {
      return c;
    }
    if (RegExpFlags.parse(f) < 0) {
      throw Errors.syntaxError(realm, Msg.INVALID_REGEXP_FLAGS, f);
    }
    // Compiling is about linear in the pattern (charged like a pass over it), and the compiled code is
    // owned by the isolate until the shared cache keeps it.
    realm.agent.budget.charge(16 + p.length());
    realm.heap.charge(64 + 16L * p.length());
    try {
      c = CompiledRegExp.compile(p, f);
    } catch (RegExpSyntaxException e) {
      throw Errors.syntaxError(realm, Msg.INVALID_REGEXP, e.getMessage());
    }
    RegExpCache.put(p, f, c);
    return c;
  }

  /** RegExp.escape ( S ) — https://tc39.es/ecma262/#sec-regexp.escape */
  static Object escape(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object arg = Args.get(args, 0);
    if (!JsStrings.isString(arg)) {
      throw Errors.typeError(realm, Msg.REGEXP_ESCAPE_NOT_STRING, Describe.value(arg));
    }
    String s = JsStrings.flat(arg);
    TextSupport.chargeString(realm, 6L * s.length());
    StringBuilder escaped = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (escaped.length() == 0 && (cp >= '0' && cp <= '9' || cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z')) {
        escaped.append("\\x").append(Integer.toHexString(cp));
      } else {
        encodeForRegExpEscape(escaped, cp);
      }
    }
    return escaped.toString();
  }

  /** EncodeForRegExpEscape ( cp ) — https://tc39.es/ecma262/#sec-encodeforregexpescape */
  private static void encodeForRegExpEscape(StringBuilder out, int cp) {
    if ("^$\\.*+?()[]{}|/".indexOf(cp) >= 0) {
      out.append('\\').appendCodePoint(cp);
      return;
    }
    switch (cp) {
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case 0x0B -> out.append("\\v");
      case '\f' -> out.append("\\f");
      case '\r' -> out.append("\\r");
      default -> {
        boolean special = ",-=<>#&!%:;@~'`\"".indexOf(cp) >= 0
            || cp <= 0xFFFF && (TextSupport.isWhite((char) cp) || Character.isSurrogate((char) cp));
        if (!special) {
          out.appendCodePoint(cp);
        } else if (cp <= 0xFF) {
          out.append("\\x").append(hex(cp, 2));
        } else {
          out.append("\\u").append(hex(cp, 4));
        }
      }
    }
  }

  private static String hex(int n, int width) {
    String h = Integer.toHexString(n);
    return h.length() >= width ? h : "0".repeat(width - h.length()) + h;
  }
}
