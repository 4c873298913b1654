package dev.islet.spectests.wpt;

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
 * {@code wpt}: runs the web-platform-tests, prints the table per folder and {@code N passed, M failed}
 * (subtests), writes the JSON and summary, and applies the baseline gate. Exit status: 0 done, 1 a
 * baseline subtest fails now, 2 bad usage or the run could not happen.
 */
public final class WptCommand {
  public static final int EXIT_OK = 0;
  public static final int EXIT_REGRESSION = 1;
  public static final int EXIT_ERROR = 2;
  private static final int MAX_LISTED = 20;

  private final PrintStream out;
  private final PrintStream err;

  public WptCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(WptOptions options) {
    long started = System.nanoTime();
    Path root = options.root();
    if (!Files.isRegularFile(root.resolve("resources/testharness.js"))) {
      err.println("wpt: " + root.toAbsolutePath().normalize() + " does not look like WPT (no resources/testharness.js); use --root DIR");
      return EXIT_ERROR;
    }
    List<TestResult> results;
    int files;
    try {
      List<String> found = WptRunner.discover(root, options.paths());
      files = found.size();
      results = new WptRunner(root, options.threads(), options.timeoutSeconds()).run(found);
    } catch (IOException e) {
      err.println("wpt: " + e.getMessage());
      return EXIT_ERROR;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("wpt: interrupted");
      return EXIT_ERROR;
    }
    Summary summary = new Summary(results, WptRunner::folderOf);
    String title = String.format(Locale.ROOT, "wpt: %s (%d test files, %d subtests, %d threads, %.1f s)%n",
        options.paths().isEmpty() ? "all" : String.join(" ", options.paths()), files, results.size(), options.threads(),
        (System.nanoTime() - started) / 1e9);
    String table = TextReport.table(summary, "test files that run only in a window");
    String last = TextReport.plainLastLine(summary);
    out.print(title);
    out.print(table);
    if (options.verbose()) {
      out.println();
      for (Failure f : summary.failures()) {
        out.println("FAIL " + f.file() + " :: " + f.mode() + ": " + f.message());
      }
    }
    int status = EXIT_OK;
    try {
      if (options.json() != null) {
        JsonReport.write(summary, options.json());
      }
      if (options.baseline() != null) {
        status = gate(options.baseline(), Baseline.read(options.baseline()), results);
      }
      if (options.updateBaseline() != null) {
        out.println(Baseline.updateFile(options.updateBaseline(), results, "subtests"));
      }
      if (options.summary() != null) {
        TextReport.writeSummary(options.summary(), title + table + last + "\n");
      }
    } catch (IOException e) {
      err.println("wpt: " + e);
      return EXIT_ERROR;
    }
    out.println(last);
    return status;
  }

  private int gate(Path file, Baseline baseline, List<TestResult> results) {
    Baseline.Diff diff = baseline.compare(results);
    if (!diff.newlyPassing().isEmpty()) {
      out.println();
      out.println(diff.newlyPassing().size() + " subtests pass that are not in the baseline " + file
          + " (add them with --update-baseline " + file + ")");
    }
    if (diff.regressions().isEmpty()) {
      out.println();
      out.println("baseline " + file + ": no regressions");
      return EXIT_OK;
    }
    out.println();
    out.println("REGRESSIONS: " + diff.regressions().size() + " subtests of the baseline " + file + " fail now:");
    int n = 0;
    for (TestResult r : diff.regressions()) {
      for (Failure f : r.failures()) {
        if (n++ < MAX_LISTED * 5) {
          out.println("  " + r.path() + ": " + f.message());
        }
      }
    }
    out.println("fix them, or, if a subtest was wrongly in the baseline, update it:");
    out.println("  java -jar spec-tests/target/islet-spec-tests.jar wpt --update-baseline " + file);
    return EXIT_REGRESSION;
  }
}
