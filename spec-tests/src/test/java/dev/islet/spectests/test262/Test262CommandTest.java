package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Test262CommandTest {
  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("--root", Fixtures.root().toString(), "--parse-only"));
    all.addAll(List.of(args));
    Test262Command cmd = new Test262Command(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return cmd.run(Test262Options.parse(all), MarkerExecutor::recording);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheFolderTableAndEndsWithTheTotals() {
    assertThat(run("--threads", "2")).isEqualTo(Test262Command.EXIT_OK);
    String text = stdout();
    assertThat(text).contains("language/expressions        4        3    75.00%        0");
    assertThat(text).contains("built-ins/Array             3        2    66.66%        1");
    assertThat(text).contains("total                      10        7    70.00%        2");
    assertThat(text).contains("proposal: decorators");
    assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("7 passed, 3 failed, 2 skipped (proposals and Intl)");
  }

  @Test
  void writesJsonAndTheSummaryFile() throws Exception {
    Path json = tmp.resolve("out/r.json");
    Path summary = tmp.resolve("target/summary.txt");
    assertThat(run("--json", json.toString(), "--summary", summary.toString())).isZero();
    String j = Files.readString(json);
    assertThat(j).startsWith("{\"total\":10,\"passed\":7,\"failed\":3,\"skipped\":2,\"dirs\":{");
    assertThat(j).contains("\"language/expressions\":{\"total\":4,\"passed\":3,\"skipped\":0}");
    assertThat(j).contains("{\"file\":\"test/language/expressions/sub/strict-error.js\",\"mode\":\"strict\","
        + "\"message\":\"SyntaxError at parse phase: strict marker\"}");
    assertThat(Files.readString(summary)).contains("total                      10").endsWith("2 skipped (proposals and Intl)\n");
  }

  @Test
  void theBaselineGateFailsOnARegressionAndSaysHowToTakeInNewPasses() throws Exception {
    Path baseline = tmp.resolve("baseline.txt");
    Files.writeString(baseline, "# header\ntest/language/expressions/ok.js\ntest/language/expressions/sub/strict-error.js\n"
        + "test/language/gone.js\n");
    assertThat(run("--baseline", baseline.toString())).isEqualTo(Test262Command.EXIT_REGRESSION);
    String text = stdout();
    assertThat(text).contains("REGRESSIONS: 1 tests of the baseline " + baseline + " fail now:")
        .contains("  test/language/expressions/sub/strict-error.js [strict]: SyntaxError at parse phase: strict marker")
        .contains("6 tests pass that are not in the baseline")
        .contains("--parse-only --update-baseline " + baseline);
  }

  @Test
  void updatingTheBaselineKeepsEntriesOutsideTheRun() throws Exception {
    Path baseline = tmp.resolve("baseline.txt");
    Files.writeString(baseline, "test/language/elsewhere.js\ntest/language/expressions/sub/strict-error.js\n");
    assertThat(run("--update-baseline", baseline.toString(), "test/language/expressions")).isZero();
    assertThat(Files.readAllLines(baseline)).filteredOn(l -> !l.startsWith("#")).containsExactly(
        "test/language/elsewhere.js",
        "test/language/expressions/neg-parse.js",
        "test/language/expressions/neg-runtime.js",
        "test/language/expressions/ok.js");
    out.reset();
    assertThat(run("--baseline", baseline.toString(), "test/language/expressions")).isZero();
    assertThat(stdout()).contains("no regressions").doesNotContain("not in the baseline");
  }

  @Test
  void aRootThatIsNotTest262IsAnError() {
    Test262Command cmd = new Test262Command(new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int status = cmd.run(Test262Options.parse(List.of("--root", tmp.toString())), MarkerExecutor::recording);
    assertThat(status).isEqualTo(Test262Command.EXIT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not look like test262");
  }
}
