package dev.islet.spectests.report;

import java.util.Locale;
import java.util.Map;

/**
 * The human-readable report: a table per folder, the skips by reason, and last the line
 * {@code N passed, M failed, K skipped}.
 */
public final class TextReport {
  private TextReport() {}

  /** The folder table and the skips, without the final line. */
  public static String table(Summary summary) {
    int width = "total".length();
    for (String folder : summary.folders().keySet()) {
      width = Math.max(width, folder.length());
    }
    StringBuilder out = new StringBuilder();
    String rowFormat = "%-" + width + "s  %7s  %7s  %8s  %7s%n";
    out.append(String.format(Locale.ROOT, rowFormat, "folder", "total", "passed", "percent", "skipped"));
    for (Map.Entry<String, Summary.Tally> e : summary.folders().entrySet()) {
      row(out, rowFormat, e.getKey(), e.getValue());
    }
    row(out, rowFormat, "total", summary.overall());
    if (!summary.skipReasons().isEmpty()) {
      out.append(String.format(Locale.ROOT,
          "%nskipped: %d tests of stage-3 proposals and Intl, not in the percentages:%n",
          summary.overall().skipped()));
      int reasonWidth = 0;
      for (String reason : summary.skipReasons().keySet()) {
        reasonWidth = Math.max(reasonWidth, reason.length());
      }
      String skipFormat = "  %-" + reasonWidth + "s  %6d%n";
      for (Map.Entry<String, Integer> e : summary.skipReasons().entrySet()) {
        out.append(String.format(Locale.ROOT, skipFormat, e.getKey(), e.getValue()));
      }
    }
    return out.toString();
  }

  /** The final line: {@code N passed, M failed, K skipped}. */
  public static String lastLine(Summary summary) {
    Summary.Tally all = summary.overall();
    return all.passed() + " passed, " + all.failed() + " failed, " + all.skipped()
        + " skipped (proposals and Intl)";
  }

  private static void row(StringBuilder out, String format, String name, Summary.Tally t) {
    out.append(String.format(Locale.ROOT, format, name, t.total(), t.passed(),
        Summary.percent(t.passed(), t.total()), t.skipped()));
  }
}
