package dev.islet.spectests.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The committed list of tests known to pass: one path relative to the test262 root per line,
 * sorted; blank lines and {@code #} lines are ignored. A run is compared with it so that a test
 * that used to pass and fails now (a regression) fails the build.
 */
public final class Baseline {
  private static final String HEADER = "# Tests that pass; a test listed here that fails makes the build fail.\n";

  private final SortedSet<String> passing;

  public Baseline(Set<String> passing) {
    this.passing = new TreeSet<>(passing);
  }

  public static Baseline read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "baseline file not found");
    }
    Set<String> paths = new TreeSet<>();
    for (String line : lines) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        paths.add(t);
      }
    }
    return new Baseline(paths);
  }

  public SortedSet<String> passing() {
    return java.util.Collections.unmodifiableSortedSet(passing);
  }

  /**
   * How a run compares with this baseline. Only tests that ran count: a baseline entry that this run
   * did not reach (another PATH, a skipped test) is neither a regression nor dropped.
   */
  public Diff compare(List<TestResult> results) {
    List<TestResult> regressions = new ArrayList<>();
    List<String> newlyPassing = new ArrayList<>();
    for (TestResult r : results) {
      boolean listed = passing.contains(r.path());
      if (r.status() == TestResult.Status.FAILED && listed) {
        regressions.add(r);
      } else if (r.status() == TestResult.Status.PASSED && !listed) {
        newlyPassing.add(r.path());
      }
    }
    return new Diff(regressions, newlyPassing);
  }

  /**
   * The baseline after a run: entries for tests this run did not reach are kept; for the tests it
   * ran, exactly those that passed.
   */
  public Baseline updatedWith(List<TestResult> results) {
    Set<String> next = new TreeSet<>(passing);
    for (TestResult r : results) {
      if (r.status() == TestResult.Status.PASSED) {
        next.add(r.path());
      } else if (r.status() == TestResult.Status.FAILED) {
        next.remove(r.path());
      }
    }
    return new Baseline(next);
  }

  /**
   * Rewrites {@code file} with the passing tests of {@code results} (entries of tests not run are
   * kept); returns the line a runner prints about it.
   */
  public static String updateFile(Path file, List<TestResult> results, String what) throws IOException {
    Baseline old = Files.exists(file) ? read(file) : new Baseline(Set.of());
    Baseline next = old.updatedWith(results);
    next.write(file);
    return "baseline " + file + " updated: " + next.passing().size() + " " + what + " (was " + old.passing().size() + ")";
  }

  public void write(Path file) throws IOException {
    StringBuilder out = new StringBuilder(HEADER.length() + passing.size() * 80);
    out.append(HEADER);
    for (String path : passing) {
      out.append(path).append('\n');
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  /**
   * @param regressions  tests in the baseline that failed in this run
   * @param newlyPassing tests that passed in this run and are not in the baseline yet
   */
  public record Diff(List<TestResult> regressions, List<String> newlyPassing) {
    public Diff {
      regressions = List.copyOf(regressions);
      newlyPassing = List.copyOf(newlyPassing);
    }
  }
}
