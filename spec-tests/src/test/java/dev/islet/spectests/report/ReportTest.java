package dev.islet.spectests.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final List<TestResult> RESULTS = List.of(
      TestResult.passed("test/language/expressions/a.js"),
      TestResult.failed("test/language/expressions/b/c.js", List.of(
          new Failure("test/language/expressions/b/c.js", "sloppy", "CRASH: \"quoted\"\n\ttab \u0001 \ud800"),
          new Failure("test/language/expressions/b/c.js", "strict", "SyntaxError at parse phase: x"))),
      TestResult.skipped("test/language/expressions/d.js", "proposal: decorators"),
      TestResult.passed("test/built-ins/Array/e.js"),
      TestResult.skipped("test/built-ins/Array/f.js", "Intl"),
      TestResult.skipped("test/built-ins/Array/g.js", "Intl"));

  @Test
  void foldersAreTwoLevelsBelowTest() {
    assertThat(TestResult.folderOf("test/language/expressions/class/x.js")).isEqualTo("language/expressions");
    assertThat(TestResult.folderOf("test/built-ins/Array/x.js")).isEqualTo("built-ins/Array");
    assertThat(TestResult.folderOf("test/annexB/x.js")).isEqualTo("annexB");
    assertThat(TestResult.folderOf("x.js")).isEqualTo(".");
    assertThat(TestResult.folderOf("other/a/b/c.js")).isEqualTo("other/a");
  }

  @Test
  void summaryCountsSkipsApartFromTheTotals() {
    Summary s = new Summary(RESULTS);
    assertThat(s.overall().total()).isEqualTo(3);
    assertThat(s.overall().passed()).isEqualTo(2);
    assertThat(s.overall().failed()).isEqualTo(1);
    assertThat(s.overall().skipped()).isEqualTo(3);
    assertThat(s.folders()).containsOnlyKeys("built-ins/Array", "language/expressions");
    assertThat(s.skipReasons()).containsEntry("Intl", 2).containsEntry("proposal: decorators", 1);
    assertThat(s.failures()).extracting(Failure::mode).containsExactly("sloppy", "strict");
  }

  @Test
  void percentagesRoundDownSoOnlyAFullPassShowsAHundred() {
    assertThat(Summary.percent(2, 3)).isEqualTo("66.66%");
    assertThat(Summary.percent(9999, 10000)).isEqualTo("99.99%");
    assertThat(Summary.percent(199999, 200000)).isEqualTo("99.99%");
    assertThat(Summary.percent(5, 5)).isEqualTo("100.00%");
    assertThat(Summary.percent(0, 0)).isEqualTo("-");
  }

  @Test
  void jsonHasTheAgreedShapeAndEscapes() {
    assertThat(JsonReport.render(new Summary(RESULTS))).isEqualTo("""
        {"total":3,"passed":2,"failed":1,"skipped":3,"dirs":{
          "built-ins/Array":{"total":1,"passed":1,"skipped":2},
          "language/expressions":{"total":2,"passed":1,"skipped":1}},"skips":{"Intl":2,"proposal: decorators":1},"failures":[
          {"file":"test/language/expressions/b/c.js","mode":"sloppy","message":"CRASH: \\"quoted\\"\\n\\ttab \\u0001 \\ud800"},
          {"file":"test/language/expressions/b/c.js","mode":"strict","message":"SyntaxError at parse phase: x"}]}
        """);
  }

  @Test
  void textReportEndsWithTheTotalsLine() {
    Summary s = new Summary(RESULTS);
    assertThat(TextReport.lastLine(s)).isEqualTo("2 passed, 1 failed, 3 skipped (proposals and Intl)");
    assertThat(TextReport.table(s)).contains("total                       3        2    66.66%        3")
        .contains("  Intl ").contains("skipped: 3 tests");
  }
}
