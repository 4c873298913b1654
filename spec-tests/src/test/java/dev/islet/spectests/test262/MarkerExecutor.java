package dev.islet.spectests.test262;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in engine for runner tests: it reacts to markers in the source instead of parsing.
 * {@code @syntax-error} fails parsing; {@code @strict-error} fails parsing in strict mode;
 * {@code @crash} throws a Java exception; {@code @overflow} overflows the Java stack; {@code @hang}
 * never returns.
 */
final class MarkerExecutor implements TestExecutor {
  /** Every execution seen by any instance, for assertions. */
  final List<Execution> seen;

  MarkerExecutor(List<Execution> seen) {
    this.seen = seen;
  }

  static MarkerExecutor recording() {
    return new MarkerExecutor(new CopyOnWriteArrayList<>());
  }

  @Override
  public Phase lastPhase() {
    return Phase.PARSE;
  }

  @Override
  public Observation run(Execution execution) {
    seen.add(execution);
    String src = execution.source();
    if (src.contains("@crash")) {
      throw new IllegalStateException("boom");
    }
    if (src.contains("@overflow")) {
      return recurse(0);
    }
    if (src.contains("@hang")) {
      while (true) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          // an engine bug that ignores interrupts: keep hanging
        }
      }
    }
    if (src.contains("@syntax-error")) {
      return Observation.threw(Phase.PARSE, "SyntaxError", execution.test().path() + ":2:1: SyntaxError: marker");
    }
    if (src.contains("@strict-error") && src.startsWith(Mode.STRICT_PREFIX)) {
      return Observation.threw(Phase.PARSE, "SyntaxError", "strict marker");
    }
    return Observation.completed();
  }

  private static Observation recurse(int depth) {
    Observation o = recurse(depth + 1);
    return depth >= 0 ? o : null;
  }
}
