package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.PropertyCell;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.regexp.RegExpFlags;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * %RegExp.prototype% — https://tc39.es/ecma262/#sec-properties-of-the-regexp-prototype-object:
 * exec, test, toString, compile (Annex B), the flag accessors and source. The Symbol-keyed methods
 * are in {@link RegExpSymbolMethods}.
 */
public final class RegExpPrototype {
  private RegExpPrototype() {}

  /** The one exec: RegExpExec recognizes it (in any realm) and skips the call. */
  static final NativeCode EXEC = RegExpPrototype::exec;

  /** The properties whose original values let the built-ins skip observable-free lookups. */
  private static final String[] WATCHED = {
    "exec", "flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky",
    "constructor",
  };

  /**
   * %RegExp.prototype% is an ordinary object; this class only carries the realm's RegExp state
   * beside it: the legacy statics, the budget bridge, the shape of new instances, and the original
   * property values that {@link #isPristine} compares against.
   */
  static final class PrototypeObject extends JsObject {
    final LegacyRegExpStatics legacy = new LegacyRegExpStatics();
    final RealmRegExpBudget budget;
    final Shape instanceShape;
    final Object[] originals = new Object[WATCHED.length];
    private final PropertyCell[] cells = new PropertyCell[WATCHED.length];
    private Shape checkedShape;
    Object speciesAccessor;
    private final Realm realm;
    private Shape matchShape;
    private Shape matchShapeWithIndices;

    PrototypeObject(Realm realm) {
      super(realm, Shape.lazy(realm.objectPrototype(), p -> install(realm, (PrototypeObject) p)));
      this.realm = realm;
      budget = new RealmRegExpBudget(realm);
      instanceShape = JsObject.rootShape(realm, this).addProperty("lastIndex", Attributes.WRITABLE);
    }

    /** The shape of RegExpBuiltinExec's result arrays: index, input, groups (and indices with d). */
    Shape matchArrayShape(boolean withIndices) {
      Shape sh = withIndices ? matchShapeWithIndices : matchShape;
      if (sh == null) {
        sh = realm.arrayShape().addProperty("index", Attributes.DEFAULT).addProperty("input", Attributes.DEFAULT)
            .addProperty("groups", Attributes.DEFAULT);
        if (withIndices) {
          sh = matchShapeWithIndices = sh.addProperty("indices", Attributes.DEFAULT);
        } else {
          matchShape = sh;
        }
      }
      return sh;
    }

    @Override
    public void traceReferences(dev.islet.objects.HeapVisitor v) {
      super.traceReferences(v);
      legacy.traceReferences(v);
    }

    /**
     * True while every watched property still holds its original value. The prototype is a
     * dictionary whose shape is replaced on any change of keys or attributes; while the shape is
     * the one last checked, the cells found then are still the properties, and only their values
     * need comparing.
     */
    boolean unmodified() {
      Shape s = shape;
      if (s != checkedShape) {
        if (!s.isDictionary()) {
          return false;
        }
        for (int i = 0; i < WATCHED.length; i++) {
          PropertyCell c = s.cells().get(WATCHED[i]);
          if (c == null) {
            return false;
          }
          cells[i] = c;
        }
        checkedShape = s;
      }
      for (int i = 0; i < WATCHED.length; i++) {
        if (cells[i].value != originals[i]) {
          return false;
        }
      }
      return true;
    }
  }

  public static JsObject create(Realm realm) {
    return new PrototypeObject(realm);
  }

  private static void install(Realm realm, PrototypeObject p) {
    BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.REGEXP))
        .method("exec", 1, EXEC)
        .getter("dotAll", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.DOT_ALL, "dotAll"))
        .getter("flags", RegExpPrototype::flags)
        .getter("global", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.GLOBAL, "global"))
        .getter("hasIndices", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.HAS_INDICES, "hasIndices"))
        .getter("ignoreCase", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.IGNORE_CASE, "ignoreCase"))
        .method(Symbol.MATCH, 1, RegExpSymbolMethods::match)
        .method(Symbol.MATCH_ALL, 1, RegExpSymbolMethods::matchAll)
        .getter("multiline", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.MULTILINE, "multiline"))
        .method(Symbol.REPLACE, 2, RegExpReplace::replace)
        .method(Symbol.SEARCH, 1, RegExpSymbolMethods::search)
        .getter("source", RegExpPrototype::source)
        .method(Symbol.SPLIT, 2, RegExpSymbolMethods::split)
        .getter("sticky", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.STICKY, "sticky"))
        .method("test", 1, RegExpPrototype::test)
        .method("toString", 0, RegExpPrototype::toString_)
        .getter("unicode", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.UNICODE, "unicode"))
        .getter("unicodeSets", (r, t, a, nt) -> hasFlag(r, t, RegExpFlags.UNICODE_SETS, "unicodeSets"))
        .method("compile", 2, RegExpPrototype::compile);
    for (int i = 0; i < WATCHED.length; i++) {
      p.originals[i] = p.findOwnStoredForEngine(WATCHED[i]);
    }
  }

  /** This realm's RegExp state (creating %RegExp.prototype% if needed). */
  static PrototypeObject state(Realm realm) {
    return (PrototypeObject) realm.intrinsic(Intrinsic.REGEXP_PROTOTYPE);
  }

  /** The shape RegExpAlloc gives a new instance: {@code lastIndex} (writable only) under {@code proto}. */
  static Shape instanceShape(Realm realm, JsObject proto) {
    if (proto instanceof PrototypeObject p) {
      return p.instanceShape;
    }
    return JsObject.rootShape(realm, proto).addProperty("lastIndex", Attributes.WRITABLE);
  }

  /**
   * True when {@code rx} is a RegExp instance with nothing of its own but lastIndex (writable),
   * under an unmodified %RegExp.prototype%: then reading "flags" and "exec" has no observable
   * effect and their values are known, so the built-ins may take their direct paths.
   */
  static boolean isPristine(Object rx) {
    if (!(rx instanceof RegExpObject r)) {
      return false;
    }
    Shape s = r.shape;
    return s.proto() instanceof PrototypeObject p && s == p.instanceShape && p.unmodified();
  }

  /** Also requires that SpeciesConstructor(rx, %RegExp%) is this realm's %RegExp% without observable steps. */
  static boolean isPristineWithSpecies(Realm realm, Object rx) {
    if (!isPristine(rx) || ((RegExpObject) rx).shape.proto() != state(realm)) {
      return false;
    }
    JsObject ctor = realm.intrinsic(Intrinsic.REGEXP);
    Object species = ctor.findOwnStoredForEngine(Symbol.SPECIES);
    return species == state(realm).speciesAccessor;
  }

  /** RegExp.prototype.exec ( string ) */
  static Object exec(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    RegExpObject r = requireRegExp(realm, thisValue, "RegExp.prototype.exec");
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    return RegExpBuiltinExec.builtinExec(realm, r, s);
  }

  /** RegExp.prototype.test ( S ): a pristine RegExp matches without building the result array. */
  static Object test(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject r)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "RegExp.prototype.test", Describe.value(thisValue));
    }
    String s = TypeConversion.toString(realm, Args.get(args, 0));
    if (r instanceof RegExpObject ro && RegExpBuiltinExec.hasBuiltinExec(realm, ro)) {
      return RegExpBuiltinExec.builtinMatch(realm, ro, s) != null;
    }
    return RegExpBuiltinExec.regExpExec(realm, r, s) != Null.INSTANCE;
  }

  /** RegExp.prototype.toString ( ) */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject r)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "RegExp.prototype.toString", Describe.value(thisValue));
    }
    String pattern = TypeConversion.toString(realm, r.get(realm, "source", r));
    String flags = TypeConversion.toString(realm, r.get(realm, "flags", r));
    return "/" + pattern + "/" + flags;
  }

  /** RegExp.prototype.compile ( pattern, flags ) — Annex B, with the legacy proposal's receiver checks. */
  static Object compile(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    RegExpObject o = requireRegExp(realm, thisValue, "RegExp.prototype.compile");
    if (o.realm != realm || !o.legacyFeaturesEnabled) {
      throw Errors.typeError(realm, Msg.REGEXP_COMPILE_LEGACY);
    }
    Object pattern = Args.get(args, 0);
    Object flags = Args.get(args, 1);
    Object p;
    Object f;
    if (pattern instanceof RegExpObject pr) {
      if (flags != Undefined.INSTANCE) {
        throw Errors.typeError(realm, Msg.REGEXP_FLAGS_WITH_REGEXP);
      }
      p = pr.originalSource;
      f = pr.originalFlags;
    } else {
      p = pattern;
      f = flags;
    }
    return RegExpConstructor.regExpInitialize(realm, o, p, f);
  }

  /** RegExpHasFlag ( R, codeUnit ) — https://tc39.es/ecma262/#sec-regexphasflag */
  private static Object hasFlag(Realm realm, Object r, int bit, String name) {
    if (r instanceof RegExpObject ro && ro.matcher != null) {
      return ro.matcher.hasFlag(bit);
    }
    if (!(r instanceof JsObject)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "RegExp.prototype." + name, Describe.value(r));
    }
    if (r == realm.intrinsic(Intrinsic.REGEXP_PROTOTYPE)) {
      return Undefined.INSTANCE;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "RegExp.prototype." + name, Describe.value(r));
  }

  /** get RegExp.prototype.flags — https://tc39.es/ecma262/#sec-get-regexp.prototype.flags */
  static Object flags(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject r)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "RegExp.prototype.flags", Describe.value(thisValue));
    }
    if (isPristine(r)) {
      return RegExpFlags.toString(((RegExpObject) r).matcher.flags());
    }
    StringBuilder sb = new StringBuilder(8);
    flag(realm, r, "hasIndices", 'd', sb);
    flag(realm, r, "global", 'g', sb);
    flag(realm, r, "ignoreCase", 'i', sb);
    flag(realm, r, "multiline", 'm', sb);
    flag(realm, r, "dotAll", 's', sb);
    flag(realm, r, "unicode", 'u', sb);
    flag(realm, r, "unicodeSets", 'v', sb);
    flag(realm, r, "sticky", 'y', sb);
    return sb.toString();
  }

  private static void flag(Realm realm, JsObject r, String name, char c, StringBuilder sb) {
    if (TypeConversion.toBoolean(r.get(realm, name, r))) {
      sb.append(c);
    }
  }

  /** get RegExp.prototype.source — https://tc39.es/ecma262/#sec-get-regexp.prototype.source */
  static Object source(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof RegExpObject r && r.matcher != null) {
      return escapeRegExpPattern(r.originalSource, r.matcher.hasFlag(RegExpFlags.UNICODE_SETS));
    }
    if (thisValue == realm.intrinsic(Intrinsic.REGEXP_PROTOTYPE)) {
      return "(?:)";
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "RegExp.prototype.source", Describe.value(thisValue));
  }

  /**
   * EscapeRegExpPattern ( P, F ) — https://tc39.es/ecma262/#sec-escaperegexppattern: "/" outside a
   * class and every line terminator are escaped so that "/" + source + "/" + flags reads back as a
   * literal with the same meaning.
   */
  static String escapeRegExpPattern(String p, boolean unicodeSets) {
    if (p.isEmpty()) {
      return "(?:)";
    }
    StringBuilder sb = null;
    int classDepth = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      String replacement = null;
      if (c == '\\' && i + 1 < p.length()) {
        char next = p.charAt(i + 1);
        String lt = lineTerminatorEscape(next);
        if (lt != null) {
          // "\" + LF becomes "\n": the backslash is kept, the terminator spelled out.
          replacement = lt;
          if (sb == null) {
            sb = new StringBuilder(p.length() + 8).append(p, 0, i);
          }
          sb.append(replacement);
          i++;
          continue;
        }
        if (sb != null) {
          sb.append(c).append(next);
        }
        i++;
        continue;
      }
      if (c == '[') {
        classDepth = unicodeSets ? classDepth + 1 : 1;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (c == '/' && classDepth == 0) {
        replacement = "\\/";
      } else {
        replacement = lineTerminatorEscape(c);
      }
      if (replacement != null && sb == null) {
        sb = new StringBuilder(p.length() + 8).append(p, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? p : sb.toString();
  }

  private static String lineTerminatorEscape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\u2028' -> "\\u2028";
      case '\u2029' -> "\\u2029";
      default -> null;
    };
  }

  /** RequireInternalSlot ( R, [[RegExpMatcher]] ) */
  static RegExpObject requireRegExp(Realm realm, Object r, String method) {
    if (r instanceof RegExpObject ro && ro.matcher != null) {
      return ro;
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(r));
  }
}
