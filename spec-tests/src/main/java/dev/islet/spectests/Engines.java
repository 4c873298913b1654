package dev.islet.spectests;

import dev.islet.spectests.test262.ParseExecutor;
import dev.islet.spectests.test262.Test262Options;
import dev.islet.spectests.test262.TestExecutor;
import dev.islet.spectests.test262.engine.EngineExecutor;
import dev.islet.spectests.test262.engine.EngineSettings;
import java.io.PrintStream;

/** Picks the executor for a run. */
final class Engines {
  private Engines() {}

  /** The executor factory for {@code options}; {@code err} receives crash details under {@code --verbose}. */
  static TestExecutor.Factory executors(Test262Options options, PrintStream err) {
    if (options.parseOnly()) {
      return ParseExecutor::new;
    }
    EngineSettings settings = EngineSettings.defaults();
    return EngineExecutor.factory(options.verbose() ? settings.withVerbose(err) : settings);
  }
}
