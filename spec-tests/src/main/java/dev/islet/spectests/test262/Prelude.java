package dev.islet.spectests.test262;

import java.util.List;

/**
 * The harness files to evaluate before a test, in order (INTERPRETING.md: {@code assert.js},
 * {@code sta.js}, {@code doneprintHandle.js} for async tests, then {@code includes}). Preludes are
 * interned by {@link Harness}: tests with the same includes share one instance, so an executor can
 * cache per prelude (e.g. a realm snapshot with the harness already evaluated).
 */
public record Prelude(String key, List<HarnessFile> files) {
  /** No harness at all: {@code raw} tests. */
  public static final Prelude NONE = new Prelude("", List.of());

  public Prelude {
    files = List.copyOf(files);
  }
}
