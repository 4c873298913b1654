package dev.islet.vm;

import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;

/**
 * What the engine asks of its host (https://tc39.es/ecma262/#sec-host-hooks-summary): whether code
 * may be generated from strings, what to do with a rejected promise nobody handles, how module
 * specifiers resolve. The runtime implements these; the defaults allow eval and ignore rejections.
 */
public interface HostHooks {
  HostHooks NONE = new HostHooks() {};

  /** HostEnsureCanCompileStrings: false makes eval and the Function constructors throw an EvalError. */
  default boolean dynamicFunctionsAllowed(Realm realm) {
    return true;
  }

  /** HostPromiseRejectionTracker ( promise, operation ): operation is "reject" or "handle". */
  default void promiseRejectionTracker(JsObject promise, String operation) {}

  /**
   * AgentCanSuspend ( ): whether Atomics.wait may block this agent's thread (and a microtask
   * checkpoint may wait for Atomics.waitAsync timeouts and notifications). Shells and test hosts
   * allow it; a host that must never block its thread says false.
   */
  default boolean agentCanSuspend(Realm realm) {
    return true;
  }

  /** Resolves and loads a module for an import; see {@code dev.islet.modules}. Null: modules not supported. */
  default Object loadImportedModule(Realm realm, Object referrer, String specifier, java.util.Map<String, String> attributes) {
    return null;
  }
}
