package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * The UnderlyingSource dictionary — https://streams.spec.whatwg.org/#underlying-source-api: members
 * read in WebIDL order (autoAllocateChunkSize, cancel, pull, start, type); absent callbacks are null.
 */
record UnderlyingSource(double autoAllocateChunkSize, JsObject cancel, JsObject pull, JsObject start, String type) {
  static UnderlyingSource from(Realm realm, JsObject source) {
    String ctx = "Failed to construct 'ReadableStream'";
    double auto = Double.NaN;
    Object a = WebIdl.member(realm, source, "autoAllocateChunkSize");
    if (a != Undefined.INSTANCE) {
      auto = WebIdl.toUnsignedLongLong(realm, a, WebIdl.IntMode.ENFORCE_RANGE, ctx);
    }
    JsObject cancel = callback(realm, source, "cancel", ctx);
    JsObject pull = callback(realm, source, "pull", ctx);
    JsObject start = callback(realm, source, "start", ctx);
    Object t = WebIdl.member(realm, source, "type");
    String type = t == Undefined.INSTANCE ? null : WebIdl.toEnum(realm, t, new String[] {"bytes"}, ctx);
    return new UnderlyingSource(auto, cancel, pull, start, type);
  }

  static JsObject callback(Realm realm, JsObject dict, String name, String ctx) {
    Object v = WebIdl.member(realm, dict, name);
    if (v == Undefined.INSTANCE) {
      return null;
    }
    if (v instanceof JsObject f && f.isCallable()) {
      return f;
    }
    throw HostErrors.typeError(realm, ctx + ": member " + name + " is not a function");
  }
}
