package dev.islet.runtime.cli;

import java.io.PrintStream;

/**
 * The {@code islet} command line. Wiring only: each command delegates to the package that owns the work.
 *
 * <p>Exit status: 0 ok, 1 the script failed (exception or syntax error), 2 bad usage.
 */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command and returns its exit status; never calls {@code System.exit}, so tests can drive it. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      out.print(usage());
      return args.length == 0 ? EXIT_USAGE : EXIT_OK;
    }
    if (args[0].equals("parse")) {
      return ParseCommand.run(args, out, err);
    }
    err.println("islet: unknown command '" + args[0] + "'");
    err.print(usage());
    return EXIT_USAGE;
  }

  static String usage() {
    return """
        usage: java -jar islet.jar COMMAND [ARGS]

        commands:
          help                      show this text
          parse FILE [--module] [--ast]
                                    check FILE's syntax (Script goal, or Module); print OK or the
                                    SyntaxError; --ast prints the tree as ESTree JSON (as acorn does)
        """;
  }
}
