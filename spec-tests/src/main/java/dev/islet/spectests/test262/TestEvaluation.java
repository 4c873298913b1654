package dev.islet.spectests.test262;

import dev.islet.spectests.report.Failure;
import dev.islet.spectests.report.TestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one test file into a {@link TestResult}: reads it and its frontmatter, decides whether it
 * counts ({@link Scope}), runs it in every mode its flags require and judges each run
 * ({@link Verdict}). It passes only when it passes in every mode. Shared by all worker threads.
 */
final class TestEvaluation {
  /** Told when a test starts a mode, so the runner's wall-clock backstop can time each run. */
  interface Clock {
    /** Returns false when the runner has given up on this worker (it timed out): stop at once. */
    boolean begin(int index, Mode mode);
  }

  private final Path root;
  private final Scope scope;
  private final Harness harness;

  TestEvaluation(Path root, Scope scope, Harness harness) {
    this.root = root;
    this.scope = scope;
    this.harness = harness;
  }

  /** The result of test {@code index} ({@code path}), or null when the clock says the worker was abandoned. */
  TestResult evaluate(int index, String path, TestExecutor executor, Clock clock) {
    Path file = root.resolve(path);
    String source;
    Frontmatter meta;
    try {
      source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      meta = Frontmatter.of(source);
    } catch (IOException | FrontmatterException e) {
      return TestResult.failed(path, List.of(new Failure(path, Mode.SLOPPY.reportName(), "cannot read test: " + e)));
    }
    String skip = scope.skipReason(path, meta);
    if (skip != null) {
      return TestResult.skipped(path, skip);
    }
    List<Mode> modes = Mode.required(meta);
    Prelude prelude;
    try {
      prelude = harness.preludeFor(meta);
    } catch (HarnessException | java.io.UncheckedIOException e) {
      return TestResult.failed(path, List.of(new Failure(path, modes.get(0).reportName(), e.getMessage())));
    }
    TestCase test = new TestCase(path, file, source, meta);
    List<Failure> failures = null;
    for (Mode mode : modes) {
      if (!clock.begin(index, mode)) {
        return null;
      }
      Observation seen = runSafely(executor, new Execution(test, mode, test.sourceFor(mode), prelude));
      String why = Verdict.failure(meta, seen, executor.lastPhase());
      if (why != null) {
        if (failures == null) {
          failures = new ArrayList<>(modes.size());
        }
        failures.add(new Failure(path, mode.reportName(), why));
      }
    }
    return failures == null ? TestResult.passed(path) : TestResult.failed(path, failures);
  }

  /** Runs the executor; anything it throws (StackOverflowError and OutOfMemoryError included) is a crash. */
  static Observation runSafely(TestExecutor executor, Execution execution) {
    try {
      Observation seen = executor.run(execution);
      return seen != null ? seen : Observation.crash(new IllegalStateException("executor returned no observation"));
    } catch (Throwable t) { // the engine must never kill the run: every failure becomes a CRASH result
      return Observation.crash(t);
    }
  }
}
