package dev.islet.runtime.webapi.fetch;

import dev.islet.api.host.HostState;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.url.UrlRecord;

/**
 * The fetch state of a realm: the base URL that relative request URLs resolve against (null in a
 * worker: URLs must be absolute) and the outbound {@link FetchHandler}.
 */
public final class FetchContext {
  private final UrlRecord baseUrl;
  private final FetchHandler handler;

  public FetchContext(UrlRecord baseUrl, FetchHandler handler) {
    this.baseUrl = baseUrl;
    this.handler = handler;
  }

  public static FetchContext of(Realm realm) {
    return HostState.get(realm, FetchContext.class, () -> new FetchContext(null, FetchHandler.REJECT));
  }

  /** Sets the realm's fetch state (the global scope's installer does). */
  public static void install(Realm realm, FetchContext context) {
    HostState.put(realm, FetchContext.class, context);
  }

  public UrlRecord baseUrl() {
    return baseUrl;
  }

  public FetchHandler handler() {
    return handler;
  }
}
