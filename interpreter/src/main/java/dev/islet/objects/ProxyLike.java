package dev.islet.objects;

import dev.islet.realm.Realm;

/** What abstract operations need to know of a Proxy exotic object without depending on its class. */
public interface ProxyLike {
  /** IsArray on a proxy: follows the target (throws a TypeError if revoked). */
  boolean isArrayTarget(Realm realm);

  /** GetFunctionRealm on a proxy: the target's realm (throws a TypeError if revoked). */
  Realm functionRealm(Realm realm);
}
