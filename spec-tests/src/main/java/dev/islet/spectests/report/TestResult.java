package dev.islet.spectests.report;

import java.util.List;

/**
 * The outcome of one test over all the modes it ran in.
 *
 * @param path       the test's path relative to the root
 * @param status     passed (in every mode), failed (in at least one), or skipped (not counted)
 * @param skipReason for {@link Status#SKIPPED}: why (e.g. {@code proposal: decorators}); else null
 * @param failures   for {@link Status#FAILED}: one entry per failing mode
 */
public record TestResult(String path, Status status, String skipReason, List<Failure> failures) {
  public enum Status { PASSED, FAILED, SKIPPED }

  public TestResult {
    failures = List.copyOf(failures);
  }

  public static TestResult passed(String path) {
    return new TestResult(path, Status.PASSED, null, List.of());
  }

  public static TestResult failed(String path, List<Failure> failures) {
    return new TestResult(path, Status.FAILED, null, failures);
  }

  public static TestResult skipped(String path, String reason) {
    return new TestResult(path, Status.SKIPPED, reason, List.of());
  }

  /**
   * The folder a test is tallied under: two levels below {@code test/} ({@code language/expressions},
   * {@code built-ins/Array}, {@code annexB/language}); fewer when the file sits higher.
   */
  public static String folderOf(String path) {
    String p = path.startsWith("test/") ? path.substring("test/".length()) : path;
    int slash = p.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    String dir = p.substring(0, slash);
    int first = dir.indexOf('/');
    if (first < 0) {
      return dir;
    }
    int second = dir.indexOf('/', first + 1);
    return second < 0 ? dir : dir.substring(0, second);
  }
}
