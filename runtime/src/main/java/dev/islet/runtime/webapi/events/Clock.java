package dev.islet.runtime.webapi.events;

import dev.islet.api.host.HostState;
import dev.islet.realm.Realm;

/**
 * The realm's monotonic clock — https://w3c.github.io/hr-time/: milliseconds since the realm's
 * time origin (its first use), for {@code performance.now()} and {@code Event.timeStamp}. Coarsened
 * to 5 µs steps, as browsers do against timing attacks.
 */
public final class Clock {
  private final long originNanos = System.nanoTime();

  private Clock() {}

  /** A host may replace the clock (e.g. to freeze time while code runs). */
  public interface Source {
    double now();
  }

  public static double now(Realm realm) {
    Source s = HostState.get(realm, Source.class);
    if (s != null) {
      return s.now();
    }
    Clock c = HostState.get(realm, Clock.class, Clock::new);
    long micros = (System.nanoTime() - c.originNanos) / 1000;
    return (micros - micros % 5) / 1000.0;
  }
}
