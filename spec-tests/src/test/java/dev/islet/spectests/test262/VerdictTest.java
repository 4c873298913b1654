package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final Frontmatter POSITIVE = Frontmatter.NONE;
  private static final Observation PARSED = Observation.completed();
  private static final Observation SYNTAX = Observation.threw(Phase.PARSE, "SyntaxError", "a.js:1:2: SyntaxError: bad");

  private static Frontmatter negative(Phase phase, String type) {
    return new Frontmatter(Set.of(), List.of(), List.of(), new Negative(phase, type));
  }

  @Test
  void parseOnly() {
    assertThat(Verdict.failure(POSITIVE, PARSED, Phase.PARSE)).isNull();
    assertThat(Verdict.failure(POSITIVE, SYNTAX, Phase.PARSE)).isEqualTo("SyntaxError at parse phase: a.js:1:2: SyntaxError: bad");
    assertThat(Verdict.failure(negative(Phase.PARSE, "SyntaxError"), SYNTAX, Phase.PARSE)).isNull();
    assertThat(Verdict.failure(negative(Phase.PARSE, "SyntaxError"), PARSED, Phase.PARSE))
        .isEqualTo("expected SyntaxError at parse phase, but it parsed");
    // Later phases are not observable by a parser: such tests must parse.
    assertThat(Verdict.failure(negative(Phase.RUNTIME, "ReferenceError"), PARSED, Phase.PARSE)).isNull();
    assertThat(Verdict.failure(negative(Phase.RESOLUTION, "SyntaxError"), SYNTAX, Phase.PARSE)).startsWith("SyntaxError at parse");
  }

  @Test
  void running() {
    Observation ref = Observation.threw(Phase.RUNTIME, "ReferenceError", "x is not defined");
    assertThat(Verdict.failure(negative(Phase.RUNTIME, "ReferenceError"), ref, Phase.RUNTIME)).isNull();
    assertThat(Verdict.failure(negative(Phase.RUNTIME, "TypeError"), ref, Phase.RUNTIME))
        .isEqualTo("expected TypeError at runtime phase, got ReferenceError at runtime phase: x is not defined");
    assertThat(Verdict.failure(negative(Phase.RESOLUTION, "ReferenceError"), ref, Phase.RUNTIME))
        .startsWith("expected ReferenceError at resolution phase, got ReferenceError at runtime phase");
    assertThat(Verdict.failure(negative(Phase.RUNTIME, "ReferenceError"), PARSED, Phase.RUNTIME))
        .isEqualTo("expected ReferenceError at runtime phase, but it completed");
  }

  @Test
  void crashesAndTimeoutsAlwaysFail() {
    Observation crash = Observation.crash(new StackOverflowError());
    assertThat(Verdict.failure(POSITIVE, crash, Phase.PARSE)).startsWith("CRASH: java.lang.StackOverflowError");
    assertThat(Verdict.failure(negative(Phase.PARSE, "SyntaxError"), crash, Phase.PARSE)).startsWith("CRASH:");
    assertThat(Verdict.failure(POSITIVE, Observation.timeout("budget"), Phase.RUNTIME)).isEqualTo("TIMEOUT: budget");
  }
}
