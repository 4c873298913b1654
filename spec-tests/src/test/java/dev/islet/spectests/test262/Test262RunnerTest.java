package dev.islet.spectests.test262;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.spectests.report.TestResult;
import dev.islet.spectests.report.TestResult.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Test262RunnerTest {
  private static List<TestResult> run(Path root, List<Execution> seen, int threads, long timeoutMillis) throws Exception {
    Test262Runner runner = new Test262Runner(root, Scope.load(root), Harness.of(root),
        () -> new MarkerExecutor(seen), threads, timeoutMillis);
    return runner.run(Discovery.find(root, Discovery.DEFAULT_PATHS), null);
  }

  private static Map<String, TestResult> byName(List<TestResult> results) {
    return results.stream().collect(Collectors.toMap(r -> r.path().substring(r.path().lastIndexOf('/') + 1), r -> r));
  }

  @Test
  void eachTestPassesOnlyWhenItPassesInEveryModeItRunsIn() throws Exception {
    List<Execution> seen = new CopyOnWriteArrayList<>();
    Map<String, TestResult> r = byName(run(Fixtures.root(), seen, 2, 30_000));
    assertThat(r.get("ok.js").status()).isEqualTo(Status.PASSED);
    assertThat(r.get("neg-parse.js").status()).isEqualTo(Status.PASSED);
    assertThat(r.get("neg-runtime.js").status()).isEqualTo(Status.PASSED);
    assertThat(r.get("module-ok.js").status()).isEqualTo(Status.PASSED);
    assertThat(r.get("raw.js").status()).isEqualTo(Status.PASSED);
    assertThat(r.get("async.js").status()).isEqualTo(Status.PASSED);
    assertThat(r.get("html-comment.js").status()).isEqualTo(Status.PASSED);

    TestResult strict = r.get("strict-error.js");
    assertThat(strict.status()).isEqualTo(Status.FAILED);
    assertThat(strict.failures()).singleElement().satisfies(f -> {
      assertThat(f.mode()).isEqualTo("strict");
      assertThat(f.message()).isEqualTo("SyntaxError at parse phase: strict marker");
    });
    assertThat(r.get("crash.js").failures()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("CRASH: java.lang.IllegalStateException: boom at "));
    assertThat(r.get("missing-include.js").failures()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("harness file not found"));

    assertThat(r.get("decorated.js").skipReason()).isEqualTo("proposal: decorators");
    assertThat(r.get("intl-feature.js").skipReason()).isEqualTo("Intl");
    assertThat(r).doesNotContainKey("dep_FIXTURE.js");
  }

  @Test
  void executionsGetTheRightModeTextAndPrelude() throws Exception {
    List<Execution> seen = new CopyOnWriteArrayList<>();
    run(Fixtures.root(), seen, 1, 30_000);
    Map<String, List<Execution>> byTest = seen.stream().collect(Collectors.groupingBy(e -> e.test().path()));
    List<Execution> ok = byTest.get("test/language/expressions/ok.js");
    assertThat(ok).extracting(Execution::mode).containsExactly(Mode.SLOPPY, Mode.STRICT);
    assertThat(ok.get(1).source()).startsWith("\"use strict\";\n// Copyright fixture");
    assertThat(ok.get(0).prelude().files()).extracting(HarnessFile::name)
        .containsExactly("assert.js", "sta.js", "compareArray.js");
    Execution raw = byTest.get("test/built-ins/Array/raw.js").get(0);
    assertThat(raw.prelude()).isSameAs(Prelude.NONE);
    assertThat(byTest.get("test/built-ins/Array/raw.js")).hasSize(1);
    assertThat(byTest.get("test/language/statements/module-ok.js")).extracting(Execution::mode).containsExactly(Mode.MODULE);
    assertThat(byTest.get("test/built-ins/Array/async.js").get(0).isAsync()).isTrue();
    assertThat(byTest.get("test/built-ins/Array/async.js").get(0).prelude().files()).extracting(HarnessFile::name)
        .contains("doneprintHandle.js");
    assertThat(byTest).doesNotContainKeys("test/language/statements/decorated.js");
  }

  @Test
  void resultsComeInPathOrderWhateverTheThreads() throws Exception {
    List<TestResult> one = run(Fixtures.root(), new CopyOnWriteArrayList<>(), 1, 30_000);
    List<TestResult> four = run(Fixtures.root(), new CopyOnWriteArrayList<>(), 4, 30_000);
    assertThat(four).isEqualTo(one);
    assertThat(one).extracting(TestResult::path).isSorted();
  }

  @Test
  void aHangIsATimeoutAndAStackOverflowIsACrashAndTheRunGoesOn() throws Exception {
    Path root = Fixtures.hangRoot();
    Test262Runner runner = new Test262Runner(root, Scope.load(root), Harness.of(root),
        MarkerExecutor::recording, 2, 300);
    List<TestResult> results = runner.run(Discovery.find(root, List.of("test/language")), null);
    Map<String, TestResult> r = byName(results);
    assertThat(results).hasSize(7);
    assertThat(r.get("hang.js").failures()).singleElement()
        .satisfies(f -> assertThat(f.message()).matches("TIMEOUT: still running after \\d+ ms \\(wall clock\\); worker abandoned"));
    assertThat(r.get("overflow.js").failures()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("CRASH: java.lang.StackOverflowError"));
    assertThat(results).filteredOn(t -> t.path().contains("fine")).allMatch(t -> t.status() == Status.PASSED).hasSize(5);
    assertThat(runner.abandonedWorkers()).isEqualTo(1);
  }
}
