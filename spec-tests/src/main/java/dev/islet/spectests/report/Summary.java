package dev.islet.spectests.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a run: per folder ({@link TestResult#folderOf}), overall, the skips by reason, and every
 * failure in a deterministic order (by file, then mode, as the results were given in path order).
 */
public final class Summary {
  /** Counts for one folder. Skipped tests are not part of {@code total}. */
  public static final class Tally {
    int total;
    int passed;
    int skipped;

    public int total() {
      return total;
    }

    public int passed() {
      return passed;
    }

    public int failed() {
      return total - passed;
    }

    public int skipped() {
      return skipped;
    }
  }

  private final Map<String, Tally> folders = new TreeMap<>();
  private final Map<String, Integer> skipReasons = new TreeMap<>();
  private final Tally overall = new Tally();
  private final List<Failure> failures = new ArrayList<>();
  private final List<TestResult> results;

  public Summary(List<TestResult> results) {
    this(results, TestResult::folderOf);
  }

  /** Totals with folders given by {@code folderOf} (a runner's own notion of a test's folder). */
  public Summary(List<TestResult> results, java.util.function.Function<String, String> folderOf) {
    this.results = List.copyOf(results);
    for (TestResult r : this.results) {
      Tally t = folders.computeIfAbsent(folderOf.apply(r.path()), k -> new Tally());
      switch (r.status()) {
        case SKIPPED:
          t.skipped++;
          overall.skipped++;
          skipReasons.merge(r.skipReason(), 1, Integer::sum);
          break;
        case PASSED:
          t.total++;
          t.passed++;
          overall.total++;
          overall.passed++;
          break;
        case FAILED:
          t.total++;
          overall.total++;
          failures.addAll(r.failures());
          break;
        default:
          throw new IllegalStateException("unknown status " + r.status());
      }
    }
  }

  public Map<String, Tally> folders() {
    return Collections.unmodifiableMap(folders);
  }

  public Tally overall() {
    return overall;
  }

  /** How many tests each skip reason left out, by reason. */
  public Map<String, Integer> skipReasons() {
    return Collections.unmodifiableMap(skipReasons);
  }

  public List<Failure> failures() {
    return Collections.unmodifiableList(failures);
  }

  public List<TestResult> results() {
    return results;
  }

  /** {@code passed / total} as a percentage, rounded down to two decimals (100.00 only when all pass). */
  public static String percent(int passed, int total) {
    if (total == 0) {
      return "-";
    }
    long hundredths = (long) passed * 10000 / total;
    return String.format(java.util.Locale.ROOT, "%d.%02d%%", hundredths / 100, hundredths % 100);
  }
}
