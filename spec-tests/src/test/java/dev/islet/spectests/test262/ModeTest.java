package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModeTest {
  private static Frontmatter flags(String... flags) {
    return new Frontmatter(Set.of(flags), List.of(), List.of(), null);
  }

  @Test
  void testsRunInTheModesTheirFlagsRequire() {
    assertThat(Mode.required(flags())).containsExactly(Mode.SLOPPY, Mode.STRICT);
    assertThat(Mode.required(flags("generated", "async"))).containsExactly(Mode.SLOPPY, Mode.STRICT);
    assertThat(Mode.required(flags("onlyStrict"))).containsExactly(Mode.STRICT);
    assertThat(Mode.required(flags("noStrict"))).containsExactly(Mode.SLOPPY);
    assertThat(Mode.required(flags("raw"))).containsExactly(Mode.SLOPPY);
    assertThat(Mode.required(flags("module"))).containsExactly(Mode.MODULE);
    assertThat(Mode.required(flags("module", "raw"))).containsExactly(Mode.MODULE);
  }

  @Test
  void strictModePrependsTheDirectiveAndNothingElseChangesTheText() {
    TestCase t = new TestCase("test/a.js", Path.of("a.js"), "var x;", flags());
    assertThat(t.sourceFor(Mode.STRICT)).isEqualTo("\"use strict\";\nvar x;");
    assertThat(t.sourceFor(Mode.SLOPPY)).isEqualTo("var x;");
    assertThat(t.sourceFor(Mode.MODULE)).isEqualTo("var x;");
    assertThat(Mode.STRICT.reportName()).isEqualTo("strict");
  }
}
