package dev.islet.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/RESULTS.md} holds one section per run filter, so runs of different benchmarks (the
 * Octane programs, the isolate benchmarks) keep each other's figures: a run replaces the section of
 * its own filter, and a run of every benchmark (filter {@value #ALL}) replaces them all. Text of an
 * older file without sections is kept as one section until a run of everything replaces it.
 */
final class ResultsFile {
  static final String ALL = "all";
  static final String TITLE = "# Benchmark results\n";
  private static final String BEGIN = "<!-- section: ";
  private static final String END = "<!-- end section -->";

  private ResultsFile() {}

  /** The file after a run with filter {@code key} whose report is {@code section}. */
  static String merge(String existing, String key, String section) {
    Map<String, String> sections = new LinkedHashMap<>();
    if (!key.equals(ALL)) {
      sections.putAll(parse(existing));
    }
    sections.put(key, section.strip() + "\n");
    StringBuilder out = new StringBuilder(TITLE).append('\n');
    out.append("Written by `bench/run.sh`, one section per run filter (a run with the same filter replaces its section, a"
        + " run of every benchmark replaces them all). Every figure of a section comes from that one run; each score is"
        + " the **median** of the measured iterations (JMH's own score is their mean); ratios compare medians of the"
        + " same run.\n\n");
    for (Map.Entry<String, String> e : sections.entrySet()) {
      out.append(BEGIN).append(e.getKey()).append(" -->\n").append(e.getValue()).append(END).append("\n\n");
    }
    return out.toString().strip() + "\n";
  }

  /** Section key → text; an older file without sections is one section named "earlier run". */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    if (!text.contains(BEGIN)) {
      String body = text.startsWith(TITLE) ? text.substring(TITLE.length()) : text;
      out.put("earlier run", body.strip() + "\n");
      return out;
    }
    int at = 0;
    while (true) {
      int b = text.indexOf(BEGIN, at);
      if (b < 0) {
        return out;
      }
      int keyEnd = text.indexOf(" -->\n", b);
      int e = text.indexOf(END, keyEnd);
      if (keyEnd < 0 || e < 0) {
        return out;
      }
      out.put(text.substring(b + BEGIN.length(), keyEnd), text.substring(keyEnd + 5, e));
      at = e + END.length();
    }
  }

  /** The keys of a file's sections, in order (for tests and messages). */
  static List<String> keys(String text) {
    return new ArrayList<>(parse(text).keySet());
  }
}
