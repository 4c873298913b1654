package dev.islet.spectests.test262;

import java.util.List;

/** One way of running a test: as sloppy script, as strict script, or as a module. */
public enum Mode {
  SLOPPY("sloppy"),
  STRICT("strict"),
  MODULE("module");

  /** What INTERPRETING.md ("Strict Mode") puts before a test's text to run it in strict mode. */
  public static final String STRICT_PREFIX = "\"use strict\";\n";

  private static final List<Mode> BOTH = List.of(SLOPPY, STRICT);
  private static final List<Mode> ONLY_SLOPPY = List.of(SLOPPY);
  private static final List<Mode> ONLY_STRICT = List.of(STRICT);
  private static final List<Mode> ONLY_MODULE = List.of(MODULE);

  private final String reportName;

  Mode(String reportName) {
    this.reportName = reportName;
  }

  /** The name used in reports and JSON: {@code sloppy}, {@code strict} or {@code module}. */
  public String reportName() {
    return reportName;
  }

  /**
   * The modes a test must run in, in a fixed order (INTERPRETING.md, "flags"). {@code module} wins
   * over everything (module code is always strict; {@code raw} then only means "unmodified");
   * {@code raw} runs once, unmodified, in sloppy mode; {@code onlyStrict} and {@code noStrict} run once;
   * every other test runs twice.
   */
  public static List<Mode> required(Frontmatter meta) {
    if (meta.hasFlag("module")) {
      return ONLY_MODULE;
    }
    if (meta.hasFlag("raw") || meta.hasFlag("noStrict")) {
      return ONLY_SLOPPY;
    }
    if (meta.hasFlag("onlyStrict")) {
      return ONLY_STRICT;
    }
    return BOTH;
  }
}
