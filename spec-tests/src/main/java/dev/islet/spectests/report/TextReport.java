package dev.islet.spectests.report;

import java.util.Locale;
import java.util.Map;

/**
 * The human-readable report: a table per folder, the skips by reason, and last the line
 * {@code N passed, M failed, K skipped}.
 */
public final class TextReport {
  private TextReport() {}

  private static final String TEST262_SKIPS = "tests of stage-3 proposals and Intl";

  /** The folder table and the skips, without the final line. */
  public static String table(Summary summary) {
    return table(summary, TEST262_SKIPS);
  }

  /** The folder table and the skips, described as {@code skipNote} ("tests of stage-3 proposals and Intl"). */
  public static String table(Summary summary, String skipNote) {
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
          "%nskipped: %d %s, not in the percentages:%n",
          summary.overall().skipped(), skipNote));
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

  /** The final line {@code N passed, M failed[, K skipped]} without the test262 note. */
  public static String plainLastLine(Summary summary) {
    Summary.Tally all = summary.overall();
    return all.passed() + " passed, " + all.failed() + " failed" + (all.skipped() > 0 ? ", " + all.skipped() + " skipped" : "");
  }

  /** Writes a text report to {@code file}, creating its folder. */
  public static void writeSummary(java.nio.file.Path file, String text) throws java.io.IOException {
    java.nio.file.Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      java.nio.file.Files.createDirectories(parent);
    }
    java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder out, String format, String name, Summary.Tally t) {
    out.append(String.format(Locale.ROOT, format, name, t.total(), t.passed(),
        Summary.percent(t.passed(), t.total()), t.skipped()));
  }
}
