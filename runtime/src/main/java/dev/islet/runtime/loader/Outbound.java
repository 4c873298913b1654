package dev.islet.runtime.loader;

import java.util.Objects;

/**
 * Where a worker's global {@code fetch()} goes ({@code globalOutbound}): inherited from whoever loads
 * it (the default), blocked (every {@code fetch()} fails; the worker must use the capabilities in its
 * {@code env}), or handed to a {@link Fetcher} that sees each request with its full URL and may answer,
 * rewrite or forward it.
 */
public sealed interface Outbound {
  /** The loading worker's (or the loader's) own outbound. */
  Outbound INHERIT = new Inherit();
  /** No outbound at all: {@code fetch()} rejects with workerd's error. */
  Outbound BLOCKED = new Blocked();

  static Outbound via(Fetcher fetcher) {
    return new Via(Objects.requireNonNull(fetcher, "fetcher"));
  }

  /** See {@link #INHERIT}. */
  record Inherit() implements Outbound {}

  /** See {@link #BLOCKED}. */
  record Blocked() implements Outbound {}

  /** Every outbound request goes to {@code fetcher}. */
  record Via(Fetcher fetcher) implements Outbound {}
}
