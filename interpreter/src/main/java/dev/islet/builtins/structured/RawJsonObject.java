package dev.islet.builtins.structured;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;

/**
 * The result of JSON.rawJSON: a frozen null-prototype object with an [[IsRawJSON]] slot and one
 * enumerable {@code rawJSON} property — https://tc39.es/proposal-json-parse-with-source/#sec-json.rawjson.
 */
final class RawJsonObject extends JsObject {
  /** The JSON text, written as-is by JSON.stringify. */
  final String text;

  RawJsonObject(Realm realm, String text) {
    super(realm, realm.nullProtoRoot());
    this.text = text;
    defineDirect(realm, "rawJSON", text, Attributes.ENUMERABLE);
    preventExtensions(realm);
  }
}
