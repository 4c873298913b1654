package dev.islet.api.host;

import dev.islet.realm.Realm;

/**
 * Where a host API reports an exception that no caller can catch ("report the exception" —
 * https://html.spec.whatwg.org/#report-the-exception): a throwing event listener, for example. The
 * runtime registers one per realm with {@link HostState}; without one, such exceptions are dropped.
 */
@FunctionalInterface
public interface HostErrorReporter {
  void report(Realm realm, Object exception);

  /** Reports {@code exception} to the realm's reporter, if it has one. */
  static void reportException(Realm realm, Object exception) {
    HostErrorReporter r = HostState.get(realm, HostErrorReporter.class);
    if (r != null) {
      r.report(realm, exception);
    }
  }
}
