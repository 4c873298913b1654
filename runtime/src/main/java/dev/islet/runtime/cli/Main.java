package dev.islet.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code islet} command line. Wiring only: each command delegates to the package that owns the work.
 *
 * <p>Exit status: 0 ok, 1 the script failed (exception or syntax error), 2 bad usage; {@code run} also
 * 3 (CPU limit) and 4 (memory limit).
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
    if (args[0].equals("run")) {
      return RunCommand.run(args, out, err);
    }
    if (args[0].equals("serve")) {
      return ServeCommand.run(args, out, err);
    }
    err.println("islet: unknown command '" + args[0] + "'");
    err.print(usage());
    return EXIT_USAGE;
  }

  /** The text of {@code file}, or null after printing why it cannot be read. */
  static String readScript(String command, String file, PrintStream err) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      err.println("islet " + command + ": cannot read " + file + ": " + e.getMessage());
      return null;
    }
  }

  static String usage() {
    return """
        usage: java -jar islet.jar COMMAND [ARGS]

        commands:
          help                      show this text
          run [--memory-limit SIZE] [--cpu-limit MS] [--module] FILE
                                    run the script FILE (a module if .mjs or --module, with
                                    relative imports from files) in a fresh isolate with the Web APIs
                                    and timers (default limits 128m and 30000 ms of CPU for the script
                                    and its timers together); console.log/info/debug print to stdout,
                                    console.warn/error to stderr. Exit status: 0 ok, 1 uncaught
                                    exception, unhandled rejection or SyntaxError, 2 bad usage, 3 CPU limit, 4 memory
                                    limit; on all but 0 the last stderr line is "outcome: NAME"
          serve HOST.js [--port 8787] [--host 127.0.0.1] [--allow-net HOST...] [--cpu-limit MS]
                [--memory-limit SIZE] [--quiet]
                                    serve HTTP/1.1 through the host worker HOST.js (an ES module; the
                                    files of its folder are its modules) whose env.LOADER loads dynamic
                                    workers; outbound fetch() is blocked unless --allow-net names hosts
                                    ('*' for all); a line per request on stderr unless --quiet; a failed
                                    invocation is a plain-text 500 (exception) or 503 (limits); Ctrl-C
                                    stops gracefully
          parse FILE [--module] [--ast]
                                    check FILE's syntax (Script goal, or Module); print OK or the
                                    SyntaxError; --ast prints the tree as ESTree JSON (as acorn does)
        """;
  }
}
