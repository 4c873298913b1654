package dev.islet.spectests.test262;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code islet-spec-tests.jar test262}.
 *
 * @param root           the test262 checkout ({@code --root}, default {@code ../shared/test262})
 * @param parseOnly      {@code --parse-only}: only parse each test
 * @param json           {@code --json FILE}, or null
 * @param summary        {@code --summary FILE}: the table and last line, also written to this file; or null
 * @param threads        {@code --threads N}, default the number of processors
 * @param timeoutMillis  {@code --timeout SECONDS}: the backstop per test and mode, in CPU time (five times
 *                       that in wall-clock time for runs that block)
 * @param baseline       {@code --baseline FILE}: fail (exit 1) when a test listed there fails; or null
 * @param updateBaseline {@code --update-baseline FILE}: write the passing tests there; or null
 * @param paths          files or folders relative to the root (default {@link Discovery#DEFAULT_PATHS})
 * @param pathsGiven     whether PATHs were given (so a suggested command can repeat them)
 * @param rootGiven      whether {@code --root} was given (likewise)
 * @param verbose        {@code --verbose}: print the Java stack trace of every engine crash to stderr
 * @param slowest        {@code --slowest N}: list the N tests that took the most CPU time (0: none)
 */
public record Test262Options(Path root, boolean parseOnly, Path json, Path summary, int threads,
    long timeoutMillis, Path baseline, Path updateBaseline, List<String> paths, boolean pathsGiven,
    boolean rootGiven, boolean verbose, int slowest) {

  public static final String DEFAULT_ROOT = "../shared/test262";
  static final long DEFAULT_TIMEOUT_SECONDS = 60;

  public static final String USAGE = """
      usage: java -jar spec-tests/target/islet-spec-tests.jar test262 [OPTIONS] [PATH...]

      Runs test262. PATHs are files or folders relative to the root
      (default: test/language test/built-ins test/annexB).

      options:
        --root DIR               the test262 checkout (default ../shared/test262)
        --parse-only             only parse: a test passes when it parses, or, if it is a
                                 parse-phase negative test, when parsing fails with a SyntaxError
                                 (default: run each test on the engine)
        --json FILE              write the results as JSON
        --summary FILE           also write the table and totals to FILE
        --threads N              worker threads (default: number of processors)
        --timeout SECONDS        backstop per test and mode: CPU seconds (default 60);
                                 a run that blocks gets five times that of wall clock
        --verbose                print the Java stack trace of every engine crash to stderr
        --slowest N              list the N tests that took the most CPU time
        --baseline FILE          exit 1 when a test listed in FILE fails now
        --update-baseline FILE   write the tests that pass to FILE (entries for tests
                                 outside this run are kept)
        --help                   show this text
      """;

  /** Parses the arguments that follow {@code test262}; throws {@link IllegalArgumentException} on bad usage. */
  public static Test262Options parse(List<String> args) {
    Path root = Path.of(DEFAULT_ROOT);
    boolean rootGiven = false;
    boolean parseOnly = false;
    boolean verbose = false;
    int slowest = 0;
    Path json = null;
    Path summary = null;
    int threads = Runtime.getRuntime().availableProcessors();
    long timeoutMillis = DEFAULT_TIMEOUT_SECONDS * 1000;
    Path baseline = null;
    Path update = null;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--root" -> {
          root = Path.of(value(args, ++i, a));
          rootGiven = true;
        }
        case "--parse-only" -> parseOnly = true;
        case "--verbose" -> verbose = true;
        case "--slowest" -> slowest = positive(value(args, ++i, a), a);
        case "--json" -> json = Path.of(value(args, ++i, a));
        case "--summary" -> summary = Path.of(value(args, ++i, a));
        case "--threads" -> threads = positive(value(args, ++i, a), a);
        case "--timeout" -> timeoutMillis = positive(value(args, ++i, a), a) * 1000L;
        case "--baseline" -> baseline = Path.of(value(args, ++i, a));
        case "--update-baseline" -> update = Path.of(value(args, ++i, a));
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option '" + a + "'");
          }
          paths.add(a);
        }
      }
    }
    boolean pathsGiven = !paths.isEmpty();
    return new Test262Options(root, parseOnly, json, summary, threads, timeoutMillis, baseline, update,
        pathsGiven ? List.copyOf(paths) : Discovery.DEFAULT_PATHS, pathsGiven, rootGiven, verbose, slowest);
  }

  /** The command that rewrites {@code file} with this run's passing tests (printed when more tests pass). */
  public String updateCommand(Path file) {
    StringBuilder cmd = new StringBuilder("java -jar spec-tests/target/islet-spec-tests.jar test262");
    if (rootGiven) {
      cmd.append(" --root ").append(root);
    }
    if (parseOnly) {
      cmd.append(" --parse-only");
    }
    cmd.append(" --update-baseline ").append(file);
    if (pathsGiven) {
      for (String p : paths) {
        cmd.append(' ').append(p);
      }
    }
    return cmd.toString();
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int positive(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the usage error
    }
    throw new IllegalArgumentException(option + " needs a positive whole number, not '" + text + "'");
  }
}
