package dev.islet.spectests.test262.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.spectests.report.TestResult;
import dev.islet.spectests.report.TestResult.Status;
import dev.islet.spectests.test262.Discovery;
import dev.islet.spectests.test262.Harness;
import dev.islet.spectests.test262.Scope;
import dev.islet.spectests.test262.Test262Runner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the small test262-shaped tree {@code engine262/} on the engine and checks each verdict. */
class EngineExecutorTest {
  private static Map<String, TestResult> results;

  @BeforeAll
  static void runTheTree() throws Exception {
    Path root = Path.of(EngineExecutorTest.class.getResource("/engine262").toURI());
    // Small limits, so the runaway fixtures end quickly.
    EngineSettings settings = new EngineSettings(2_000_000, 10_000, 16L << 20, null);
    Test262Runner runner = new Test262Runner(root, Scope.load(root), Harness.of(root),
        EngineExecutor.factory(settings), 2, 60_000);
    List<TestResult> list = runner.run(Discovery.find(root, List.of("test")), null);
    results = list.stream().collect(Collectors.toMap(r -> r.path().substring(r.path().lastIndexOf('/') + 1), r -> r));
  }

  private static void passes(String name) {
    assertThat(results.get(name).failures()).as(name).isEmpty();
    assertThat(results.get(name).status()).as(name).isEqualTo(Status.PASSED);
  }

  private static List<String> messages(String name) {
    TestResult r = results.get(name);
    assertThat(r.status()).as(name).isEqualTo(Status.FAILED);
    return r.failures().stream().map(f -> f.mode() + ": " + f.message()).toList();
  }

  @Test
  void positiveTestsRunWithTheHarnessAndTheirIncludes() {
    passes("pass.js");
    passes("raw.js");
    assertThat(messages("fail.js")).containsExactly(
        "sloppy: Test262Error at runtime phase: Test262Error: arithmetic expected 3 but got 2",
        "strict: Test262Error at runtime phase: Test262Error: arithmetic expected 3 but got 2");
    assertThat(messages("strict-only-failure.js")).singleElement().asString()
        .startsWith("strict: ReferenceError at runtime phase: ReferenceError:");
  }

  @Test
  void negativeTestsMatchThePhaseAndTheConstructorName() {
    passes("neg-runtime.js");
    passes("neg-runtime-test262error.js");
    passes("neg-parse.js");
    assertThat(messages("neg-runtime-wrong-type.js")).hasSize(2).allSatisfy(m -> assertThat(m)
        .contains("expected TypeError at runtime phase, got ReferenceError at runtime phase"));
  }

  @Test
  void asyncTestsReportThroughPrint() {
    passes("async-ok.js");
    assertThat(messages("async-fail.js")).hasSize(2)
        .allSatisfy(m -> assertThat(m).contains("Test262Error at runtime phase: Test262Error: async value"));
    assertThat(messages("async-never.js")).hasSize(2)
        .allSatisfy(m -> assertThat(m).contains("$DONE was never called"));
  }

  @Test
  void runawayTestsEndAsTimeoutOrOutOfMemory() {
    assertThat(messages("loop.js")).containsExactly("sloppy: TIMEOUT: instruction limit of 2000000 exceeded");
    assertThat(messages("memory.js")).singleElement().asString().startsWith("sloppy: OUT OF MEMORY: ");
  }

  @Test
  void host262MakesRealmsAndEvaluatesScriptsInThem() {
    passes("create-realm.js");
  }

  @Test
  void agentsRunOnTheirOwnThreadsAndBlockingFollowsTheFlags() {
    passes("agent.js");
    passes("cannot-block.js");
    passes("can-block.js");
    passes("detach.js");
  }

  @Test
  void aThrowingHarnessFileIsNotTheTestsVerdict() {
    assertThat(messages("broken-harness.js")).hasSize(2).allSatisfy(m -> assertThat(m)
        .contains("NOT RUN: harness file broken.js threw ReferenceError"));
  }

  @Test
  void modulesLinkAndEvaluateWithEachPhaseOfTheirOwn() {
    passes("module.js");
    passes("module-self.js");
    passes("module-neg-parse.js");
    passes("module-neg-resolution.js");
    passes("module-neg-runtime.js");
    passes("dynamic-import.js");
    assertThat(results).doesNotContainKey("module-dep_FIXTURE.js");
  }

}
