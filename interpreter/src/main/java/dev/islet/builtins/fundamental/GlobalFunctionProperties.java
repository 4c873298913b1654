package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinTemplate;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;

/**
 * Function Properties of the Global Object — https://tc39.es/ecma262/#sec-function-properties-of-the-global-object —
 * that belong to the fundamental objects: isFinite, isNaN, the URI functions, and Annex B's
 * escape and unescape. (eval lives with the VM; parseFloat and parseInt with Number.)
 */
public final class GlobalFunctionProperties {
  private GlobalFunctionProperties() {}

  /** Adds the functions to the global object's template. */
  public static void addTo(BuiltinTemplate b) {
    b.method("isFinite", 1, GlobalFunctionProperties::isFinite)
        .method("isNaN", 1, GlobalFunctionProperties::isNaN)
        .method("decodeURI", 1, GlobalFunctionProperties::decodeURI)
        .method("decodeURIComponent", 1, GlobalFunctionProperties::decodeURIComponent)
        .method("encodeURI", 1, GlobalFunctionProperties::encodeURI)
        .method("encodeURIComponent", 1, GlobalFunctionProperties::encodeURIComponent)
        .method("escape", 1, GlobalFunctionProperties::escape)
        .method("unescape", 1, GlobalFunctionProperties::unescape);
  }

  /** isFinite ( number ) */
  static Object isFinite(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double d = TypeConversion.toNumber(realm, Args.get(args, 0));
    return !Double.isNaN(d) && !Double.isInfinite(d);
  }

  /** isNaN ( number ) */
  static Object isNaN(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    double d = TypeConversion.toNumber(realm, Args.get(args, 0));
    return d != d;
  }

  /** decodeURI ( encodedURI ) */
  static Object decodeURI(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return UriCoding.decode(realm, TypeConversion.toString(realm, Args.get(args, 0)), UriCoding.RESERVED_AND_HASH);
  }

  /** decodeURIComponent ( encodedURIComponent ) */
  static Object decodeURIComponent(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return UriCoding.decode(realm, TypeConversion.toString(realm, Args.get(args, 0)), "");
  }

  /** encodeURI ( uri ) */
  static Object encodeURI(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return UriCoding.encode(realm, TypeConversion.toString(realm, Args.get(args, 0)), UriCoding.RESERVED_AND_HASH);
  }

  /** encodeURIComponent ( uriComponent ) */
  static Object encodeURIComponent(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return UriCoding.encode(realm, TypeConversion.toString(realm, Args.get(args, 0)), "");
  }

  /** escape ( string ) — Annex B */
  static Object escape(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return UriCoding.escape(realm, TypeConversion.toString(realm, Args.get(args, 0)));
  }

  /** unescape ( string ) — Annex B */
  static Object unescape(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return UriCoding.unescape(realm, TypeConversion.toString(realm, Args.get(args, 0)));
  }
}
