package dev.islet.builtins.text;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import dev.islet.regexp.CompiledRegExp;
import dev.islet.regexp.RegExpFlags;

/**
 * A RegExp instance — https://tc39.es/ecma262/#sec-properties-of-regexp-instances: an ordinary
 * object with the internal slots [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]] (the
 * shared, immutable {@link CompiledRegExp}), plus the legacy-features proposal's [[Realm]] and
 * [[LegacyFeaturesEnabled]]. {@code lastIndex} is an ordinary own data property.
 */
public final class RegExpObject extends JsObject {
  /** Null until RegExpInitialize has run (between RegExpAlloc and RegExpInitialize). */
  CompiledRegExp matcher;
  String originalSource;
  String originalFlags;
  /** The realm that created the object (the legacy proposal's [[Realm]]). */
  final Realm realm;
  /** True when created by %RegExp% itself (not a subclass): it updates RegExp.$1 and friends. */
  final boolean legacyFeaturesEnabled;

  RegExpObject(Realm realm, Shape shape, boolean legacyFeaturesEnabled) {
    super(realm, shape);
    this.realm = realm;
    this.legacyFeaturesEnabled = legacyFeaturesEnabled;
  }

  /** The compiled pattern (null before initialization). */
  public CompiledRegExp compiled() {
    return matcher;
  }

  public String originalSource() {
    return originalSource;
  }

  public String originalFlags() {
    return originalFlags;
  }

  /** The flags in the order of RegExp.prototype.flags ("dgimsuvy"). */
  String originalFlagsCanonical() {
    return RegExpFlags.toString(matcher.flags());
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(originalSource);
    v.visit(originalFlags);
  }

  @Override
  public String className() {
    return "RegExp";
  }

  @Override
  public String builtinTag() {
    return "RegExp";
  }
}
