package dev.islet.objects;

import dev.islet.realm.Realm;

/**
 * The one signature of every built-in function: {@code realm} is the function's own realm,
 * {@code newTarget} is null for a [[Call]] and the new.target for a [[Construct]].
 */
@FunctionalInterface
public interface NativeCode {
  Object call(Realm realm, Object thisValue, Object[] args, JsObject newTarget);
}
