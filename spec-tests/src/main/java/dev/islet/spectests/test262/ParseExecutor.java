package dev.islet.spectests.test262;

import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.source.Source;

/**
 * The first phase's executor: parses each test with islet's parser (Script goal, or Module goal for
 * module tests) and reports a SyntaxError or success. It reaches {@link Phase#PARSE} only, so negative
 * tests of later phases must simply parse. Anything else the parser throws is left to the runner,
 * which counts it as a crash.
 */
public final class ParseExecutor implements TestExecutor {
  @Override
  public Phase lastPhase() {
    return Phase.PARSE;
  }

  @Override
  public Observation run(Execution execution) {
    Source source = new Source(execution.test().path(), execution.source());
    try {
      if (execution.mode() == Mode.MODULE) {
        Parser.parseModule(source);
      } else {
        Parser.parseScript(source);
      }
      return Observation.completed();
    } catch (SyntaxErrorException e) {
      return Observation.threw(Phase.PARSE, "SyntaxError", e.getMessage());
    }
  }
}
