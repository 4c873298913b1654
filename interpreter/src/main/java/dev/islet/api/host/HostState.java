package dev.islet.api.host;

import dev.islet.realm.Realm;
import java.util.function.Supplier;

/**
 * Java state a host attaches to a realm, one object per type (the worker's base URL and fetch hook,
 * a per-realm counter…). A value that holds JS values implements {@link dev.islet.objects.HeapTraceable}
 * so the live-set meter sees them.
 */
public final class HostState {
  private HostState() {}

  /** The realm's {@code type} state, or null. */
  public static <T> T get(Realm realm, Class<T> type) {
    return type.cast(HostRealm.of(realm).state.get(type));
  }

  /** The realm's {@code type} state, created by {@code create} on first use. */
  public static <T> T get(Realm realm, Class<T> type, Supplier<T> create) {
    HostRealm h = HostRealm.of(realm);
    Object v = h.state.get(type);
    if (v == null) {
      v = create.get();
      h.state.put(type, v);
    }
    return type.cast(v);
  }

  public static <T> void put(Realm realm, Class<T> type, T value) {
    HostRealm.of(realm).state.put(type, value);
  }
}
