package dev.islet.spectests;

import dev.islet.spectests.test262.ParseExecutor;
import dev.islet.spectests.test262.Test262Options;
import dev.islet.spectests.test262.TestExecutor;

/** Picks the executor for a run. */
final class Engines {
  private Engines() {}

  /** The executor factory for {@code options}, or null when that kind of run is not available yet. */
  static TestExecutor.Factory executors(Test262Options options) {
    if (options.parseOnly()) {
      return ParseExecutor::new;
    }
    // TODO(conform): the running executor (fresh realm per test, $262, $DONE, instruction budget)
    // plugs in here in the second phase (issue 3).
    return null;
  }
}
