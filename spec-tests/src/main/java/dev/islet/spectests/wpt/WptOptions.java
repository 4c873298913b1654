package dev.islet.spectests.wpt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code wpt}.
 *
 * @param root           the WPT folder ({@code --root}, default {@code ../shared/wpt})
 * @param json           {@code --json FILE}: the machine-readable report (subtests counted, folders of the test files)
 * @param summary        {@code --summary FILE}: the text report
 * @param baseline       {@code --baseline FILE}: subtests that must pass (a regression fails the command)
 * @param updateBaseline {@code --update-baseline FILE}: rewrite it with this run's passing subtests
 * @param threads        {@code --threads N}, default the number of processors
 * @param timeoutSeconds {@code --timeout S}: wall-clock limit per test file (default 120)
 * @param verbose        {@code --verbose}: list every failing subtest
 * @param paths          files or folders relative to the root (default: all)
 */
public record WptOptions(Path root, Path json, Path summary, Path baseline, Path updateBaseline, int threads,
    int timeoutSeconds, boolean verbose, List<String> paths) {
  public static final String DEFAULT_ROOT = "../shared/wpt";

  public static final String USAGE = """
      usage: java -jar islet-spec-tests.jar wpt [OPTIONS] [PATH...]
      Runs web-platform-tests (*.any.js, and url/*.window.js) with testharness.js, one isolate per
      test file, and counts subtests. PATHs are files or folders relative to the root (default: all).
      options:
        --root DIR               the WPT folder (default ../shared/wpt)
        --json FILE              write the JSON report (dirs keyed by the folder of each test file)
        --summary FILE           write the text report
        --baseline FILE          fail (exit 1) if a subtest listed in FILE fails
        --update-baseline FILE   write the passing subtests to FILE (keeping entries of files not run)
        --threads N              test files run in parallel (default: number of processors)
        --timeout S              wall-clock seconds per test file (default 120)
        --verbose                list every failing subtest with its message
      """;

  public static WptOptions parse(List<String> args) {
    Path root = Path.of(DEFAULT_ROOT);
    Path json = null;
    Path summary = null;
    Path baseline = null;
    Path update = null;
    int threads = Runtime.getRuntime().availableProcessors();
    int timeout = 120;
    boolean verbose = false;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--root" -> root = Path.of(value(args, ++i, a));
        case "--json" -> json = Path.of(value(args, ++i, a));
        case "--summary" -> summary = Path.of(value(args, ++i, a));
        case "--baseline" -> baseline = Path.of(value(args, ++i, a));
        case "--update-baseline" -> update = Path.of(value(args, ++i, a));
        case "--threads" -> threads = positive(value(args, ++i, a), a);
        case "--timeout" -> timeout = positive(value(args, ++i, a), a);
        case "--verbose" -> verbose = true;
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option '" + a + "'");
          }
          paths.add(a);
        }
      }
    }
    return new WptOptions(root, json, summary, baseline, update, threads, timeout, verbose, List.copyOf(paths));
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int positive(String s, String option) {
    try {
      int n = Integer.parseInt(s);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException(option + " needs a positive number, not '" + s + "'");
  }
}
