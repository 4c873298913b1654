package dev.islet.spectests.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final List<TestResult> RUN = List.of(
      TestResult.passed("a.js"),
      TestResult.failed("b.js", List.of(new Failure("b.js", "strict", "x"))),
      TestResult.passed("c.js"),
      TestResult.skipped("d.js", "Intl"));

  @Test
  void regressionsAreBaselineTestsThatFailNowAndNewPassesAreListed() {
    Baseline.Diff diff = new Baseline(Set.of("a.js", "b.js", "d.js", "not-run.js")).compare(RUN);
    assertThat(diff.regressions()).extracting(TestResult::path).containsExactly("b.js");
    assertThat(diff.newlyPassing()).containsExactly("c.js");
    assertThat(new Baseline(Set.of("a.js", "c.js")).compare(RUN).regressions()).isEmpty();
  }

  @Test
  void updateReplacesWhatRanAndKeepsTheRest() {
    Baseline next = new Baseline(Set.of("b.js", "d.js", "z.js")).updatedWith(RUN);
    assertThat(next.passing()).containsExactly("a.js", "c.js", "d.js", "z.js");
  }

  @Test
  void writesSortedAndReadsBackIgnoringComments(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("sub/base.txt");
    new Baseline(Set.of("z.js", "a.js", "m/n.js")).write(file);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).startsWith("#");
    assertThat(lines.subList(1, lines.size())).containsExactly("a.js", "m/n.js", "z.js");
    Files.writeString(file, "\n# c\n  q.js  \n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(Baseline.read(file).passing()).containsExactly("a.js", "m/n.js", "q.js", "z.js");
  }
}
