package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** The UnderlyingSink dictionary (abort, close, start, type, write) — https://streams.spec.whatwg.org/#underlying-sink-api. */
record UnderlyingSink(JsObject abort, JsObject close, JsObject start, JsObject write) {
  static UnderlyingSink from(Realm realm, JsObject sink) {
    String ctx = "Failed to construct 'WritableStream'";
    JsObject abort = UnderlyingSource.callback(realm, sink, "abort", ctx);
    JsObject close = UnderlyingSource.callback(realm, sink, "close", ctx);
    JsObject start = UnderlyingSource.callback(realm, sink, "start", ctx);
    Object type = WebIdl.member(realm, sink, "type");
    JsObject write = UnderlyingSource.callback(realm, sink, "write", ctx);
    if (type != Undefined.INSTANCE) {
      throw HostErrors.rangeError(realm, ctx + ": invalid type is specified");
    }
    return new UnderlyingSink(abort, close, start, write);
  }
}
