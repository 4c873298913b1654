package dev.islet.spectests;

import dev.islet.spectests.test262.Test262Options;
import dev.islet.spectests.test262.TestExecutor;

/** Picks the executor for a run. */
final class Engines {
  private Engines() {}

  /** The executor factory for {@code options}, or null when that kind of run is not available yet. */
  static TestExecutor.Factory executors(Test262Options options) {
    // TODO(conform): the parse executor plugs in here once dev.islet.parser.Parser is on main, and the
    // running executor (fresh realm per test, $262, $DONE, instruction budget) in the second phase.
    return null;
  }
}
