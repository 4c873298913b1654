package dev.islet.spectests.test262;

import dev.islet.spectests.report.Baseline;
import dev.islet.spectests.report.Failure;
import dev.islet.spectests.report.JsonReport;
import dev.islet.spectests.report.Summary;
import dev.islet.spectests.report.TestResult;
import dev.islet.spectests.report.TextReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code test262}: finds the tests, runs them, prints the table and totals, writes the JSON and
 * summary files, and applies the baseline gate.
 *
 * <p>Exit status: 0 done (failing tests alone do not fail the command), 1 a test of the
 * {@code --baseline} fails now, 2 bad usage or the run could not happen.
 */
public final class Test262Command {
  public static final int EXIT_OK = 0;
  public static final int EXIT_REGRESSION = 1;
  public static final int EXIT_ERROR = 2;

  private static final int MAX_LISTED_NEW = 20;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /**
   * @param terminal whether {@code err} is a terminal: then a progress line is redrawn in place while
   *                 the tests run
   */
  public Test262Command(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs {@code test262} with its arguments; {@code executors} makes the engine side (one executor per thread). */
  public int run(Test262Options options, TestExecutor.Factory executors) {
    long started = System.nanoTime();
    Path root = options.root();
    if (!Files.isDirectory(root.resolve("test"))) {
      err.println("test262: " + root.toAbsolutePath().normalize() + " does not look like test262 (no test/ folder);"
          + " use --root DIR");
      return EXIT_ERROR;
    }
    List<TestResult> results;
    Test262Runner runner;
    try {
      List<String> files = Discovery.find(root, options.paths());
      runner = new Test262Runner(root, Scope.load(root), Harness.of(root), executors,
          options.threads(), options.timeoutMillis());
      ProgressLine progress = terminal ? new ProgressLine(err, started) : null;
      results = runner.run(files, progress);
      if (progress != null) {
        progress.clear();
      }
    } catch (IOException | RuntimeException e) {
      err.println("test262: " + e.getMessage());
      return EXIT_ERROR;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("test262: interrupted");
      return EXIT_ERROR;
    }
    Summary summary = new Summary(results);
    String title = String.format(Locale.ROOT, "test262%s: %s (%d files, %d threads, %.1f s)%n",
        options.parseOnly() ? " --parse-only" : "", String.join(" ", options.paths()), results.size(),
        options.threads(), (System.nanoTime() - started) / 1e9);
    String table = TextReport.table(summary);
    String last = TextReport.lastLine(summary);
    out.print(title);
    out.print(table);
    if (options.slowest() > 0) {
      out.println();
      out.println("slowest " + options.slowest() + " tests (CPU time, all modes):");
      for (Test262Runner.Timing t : runner.slowest(options.slowest())) {
        out.printf(Locale.ROOT, "  %8.1f ms  %s%n", t.cpuNanos() / 1e6, t.path());
      }
    }
    if (runner.abandonedWorkers() > 0) {
      out.println("warning: " + runner.abandonedWorkers() + " worker threads timed out and were abandoned");
    }
    int status = EXIT_OK;
    try {
      if (options.json() != null) {
        JsonReport.write(summary, options.json());
      }
      if (options.baseline() != null) {
        status = gate(options, Baseline.read(options.baseline()), results);
      }
      if (options.updateBaseline() != null) {
        out.println(Baseline.updateFile(options.updateBaseline(), results, "tests"));
      }
      if (options.summary() != null) {
        TextReport.writeSummary(options.summary(), title + table + last + "\n");
      }
    } catch (IOException e) {
      err.println("test262: " + e);
      return EXIT_ERROR;
    }
    out.println(last);
    return status;
  }

  /** Compares the run with the baseline: lists regressions (exit 1) and says how to take in new passes. */
  private int gate(Test262Options options, Baseline baseline, List<TestResult> results) {
    Baseline.Diff diff = baseline.compare(results);
    Path file = options.baseline();
    if (!diff.newlyPassing().isEmpty()) {
      out.println();
      out.println(diff.newlyPassing().size() + " tests pass that are not in the baseline " + file + ":");
      for (int i = 0; i < Math.min(MAX_LISTED_NEW, diff.newlyPassing().size()); i++) {
        out.println("  " + diff.newlyPassing().get(i));
      }
      if (diff.newlyPassing().size() > MAX_LISTED_NEW) {
        out.println("  ... and " + (diff.newlyPassing().size() - MAX_LISTED_NEW) + " more");
      }
      out.println("to add them (from the project root, after mvn package):");
      out.println("  " + options.updateCommand(file));
    }
    if (diff.regressions().isEmpty()) {
      out.println();
      out.println("baseline " + file + ": no regressions");
      return EXIT_OK;
    }
    out.println();
    out.println("REGRESSIONS: " + diff.regressions().size() + " tests of the baseline " + file + " fail now:");
    for (TestResult r : diff.regressions()) {
      for (Failure f : r.failures()) {
        out.println("  " + f.file() + " [" + f.mode() + "]: " + f.message());
      }
    }
    out.println("fix them, or, if a test was wrongly in the baseline, update it:");
    out.println("  " + options.updateCommand(file));
    return EXIT_REGRESSION;
  }
}
