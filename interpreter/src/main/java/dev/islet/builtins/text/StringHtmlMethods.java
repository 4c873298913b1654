package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;

/**
 * Annex B's HTML methods of String.prototype (anchor, big, blink, …) —
 * https://tc39.es/ecma262/#sec-string.prototype.anchor — all built on CreateHTML.
 */
final class StringHtmlMethods {
  private StringHtmlMethods() {}

  static void install(BuiltinInstaller b) {
    b.method("anchor", 1, (r, t, a, nt) -> createHtml(r, t, "anchor", "a", "name", Args.get(a, 0)))
        .method("big", 0, (r, t, a, nt) -> createHtml(r, t, "big", "big", null, null))
        .method("blink", 0, (r, t, a, nt) -> createHtml(r, t, "blink", "blink", null, null))
        .method("bold", 0, (r, t, a, nt) -> createHtml(r, t, "bold", "b", null, null))
        .method("fixed", 0, (r, t, a, nt) -> createHtml(r, t, "fixed", "tt", null, null))
        .method("fontcolor", 1, (r, t, a, nt) -> createHtml(r, t, "fontcolor", "font", "color", Args.get(a, 0)))
        .method("fontsize", 1, (r, t, a, nt) -> createHtml(r, t, "fontsize", "font", "size", Args.get(a, 0)))
        .method("italics", 0, (r, t, a, nt) -> createHtml(r, t, "italics", "i", null, null))
        .method("link", 1, (r, t, a, nt) -> createHtml(r, t, "link", "a", "href", Args.get(a, 0)))
        .method("small", 0, (r, t, a, nt) -> createHtml(r, t, "small", "small", null, null))
        .method("strike", 0, (r, t, a, nt) -> createHtml(r, t, "strike", "strike", null, null))
        .method("sub", 0, (r, t, a, nt) -> createHtml(r, t, "sub", "sub", null, null))
        .method("sup", 0, (r, t, a, nt) -> createHtml(r, t, "sup", "sup", null, null));
  }

  /** CreateHTML ( string, tag, attribute, value ) — https://tc39.es/ecma262/#sec-createhtml */
  private static Object createHtml(Realm realm, Object string, String method, String tag, String attribute, Object value) {
    String s = TextSupport.thisString(realm, string, method);
    StringBuilder p = new StringBuilder().append('<').append(tag);
    if (attribute != null) {
      String v = TypeConversion.toString(realm, value);
      p.append(' ').append(attribute).append("=\"").append(v.replace("\"", "&quot;")).append('"');
    }
    p.append('>');
    long total = (long) p.length() + s.length() + tag.length() + 3;
    realm.agent.chargeAppend(realm, total, total);
    return p.append(s).append("</").append(tag).append('>').toString();
  }
}
