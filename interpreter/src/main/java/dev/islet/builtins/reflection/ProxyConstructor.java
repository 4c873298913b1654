package dev.islet.builtins.reflection;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** The Proxy Constructor — https://tc39.es/ecma262/#sec-proxy-constructor. It has no "prototype". */
public final class ProxyConstructor {
  private ProxyConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "Proxy", ProxyConstructor::construct, true, c -> BuiltinInstaller.on(realm, c)
        .value("length", 2, Attributes.CONFIGURABLE)
        .value("name", "Proxy", Attributes.CONFIGURABLE)
        .method("revocable", 2, ProxyConstructor::revocable));
  }

  /** Proxy ( target, handler ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget == null) {
      throw Errors.typeError(realm, Msg.CONSTRUCTOR_REQUIRES_NEW, "Proxy");
    }
    return ProxyObject.create(realm, Args.get(args, 0), Args.get(args, 1));
  }

  /** Proxy.revocable ( target, handler ) — https://tc39.es/ecma262/#sec-proxy.revocable */
  static Object revocable(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    ProxyObject p = ProxyObject.create(realm, Args.get(args, 0), Args.get(args, 1));
    // The revocation function's [[RevocableProxy]] slot: cleared on first call.
    ProxyObject[] slot = {p};
    NativeFunction revoker = new NativeFunction(realm, "", 0, (r, t, a, n) -> {
      ProxyObject q = slot[0];
      if (q != null) {
        slot[0] = null;
        q.revoke();
      }
      return Undefined.INSTANCE;
    }, false);
    JsObject result = JsObject.ordinary(realm, realm.objectPrototype());
    result.defineDirect(realm, "proxy", p, Attributes.DEFAULT);
    result.defineDirect(realm, "revoke", revoker, Attributes.DEFAULT);
    return result;
  }
}
