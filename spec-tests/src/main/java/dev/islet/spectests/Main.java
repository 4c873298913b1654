package dev.islet.spectests;

import dev.islet.spectests.test262.Test262Command;
import dev.islet.spectests.test262.Test262Options;
import dev.islet.spectests.test262.TestExecutor;
import dev.islet.spectests.wpt.WptCommand;
import dev.islet.spectests.wpt.WptOptions;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of islet-spec-tests.jar: dispatches to the conformance runners. */
public final class Main {
  static final String USAGE = "usage: java -jar islet-spec-tests.jar test262 [OPTIONS] [PATH...]   (test262 --help)\n"
      + "       java -jar islet-spec-tests.jar wpt [--root DIR] [--json FILE] [PATH...]   (wpt --help)\n";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /** Runs one command and returns its exit status; never calls {@code System.exit}. */
  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    if (args.length > 0 && args[0].equals("wpt")) {
      return runWpt(Arrays.asList(args).subList(1, args.length), out, err);
    }
    if (args.length == 0 || !args[0].equals("test262")) {
      err.print(args.length == 0 || args[0].startsWith("-") ? USAGE : "unknown command '" + args[0] + "'\n" + USAGE);
      return Test262Command.EXIT_ERROR;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(Test262Options.USAGE);
      return Test262Command.EXIT_OK;
    }
    Test262Options options;
    try {
      options = Test262Options.parse(rest);
    } catch (IllegalArgumentException e) {
      err.println("test262: " + e.getMessage());
      err.print(Test262Options.USAGE);
      return Test262Command.EXIT_ERROR;
    }
    TestExecutor.Factory executors = Engines.executors(options, err);
    return new Test262Command(out, err, terminal).run(options, executors);
  }

  private static int runWpt(List<String> rest, PrintStream out, PrintStream err) {
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(WptOptions.USAGE);
      return WptCommand.EXIT_OK;
    }
    WptOptions options;
    try {
      options = WptOptions.parse(rest);
    } catch (IllegalArgumentException e) {
      err.println("wpt: " + e.getMessage());
      err.print(WptOptions.USAGE);
      return WptCommand.EXIT_ERROR;
    }
    return new WptCommand(out, err).run(options);
  }
}
