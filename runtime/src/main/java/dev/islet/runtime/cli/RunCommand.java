package dev.islet.runtime.cli;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.JsError;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.modules.Modules;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.runtime.eventloop.UnhandledRejections;
import dev.islet.runtime.modules.FileModuleHost;
import dev.islet.runtime.webapi.console.Console;
import dev.islet.runtime.webapi.console.Inspector;
import dev.islet.source.Source;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code islet run [--memory-limit SIZE] [--cpu-limit MS] [--module] FILE}: runs a script (or, for
 * {@code .mjs} files and with {@code --module}, a module whose relative imports are files) in a fresh
 * isolate with a {@code console}, then its pending jobs. Exit status: 0 ok, 1 exception (an uncaught error, printed as
 * {@code Uncaught NAME: message} and its JS stack; a promise rejection nobody handled, printed as
 * {@code Uncaught (in promise) VALUE}; or a SyntaxError, printed as
 * {@code file:line:col: SyntaxError: message}, the line and a caret), 2 bad usage, 3 exceededCpu,
 * 4 exceededMemory. On every outcome but ok the last line on stderr is {@code outcome: NAME}.
 */
final class RunCommand {
  static final int EXIT_CPU = 3;
  static final int EXIT_MEMORY = 4;
  static final String USAGE = "usage: islet run [--memory-limit SIZE] [--cpu-limit MS] [--module] FILE";

  private RunCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String file = null;
    boolean module = false;
    IsolateOptions options = IsolateOptions.defaults();
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--module" -> module = true;
          case "--memory-limit" -> options = options.withMemoryLimit(Limits.parseSize(value(args, ++i, a)));
          case "--cpu-limit" -> options = options.withCpuTimeLimit(Limits.parseMillis(value(args, ++i, a)));
          default -> {
            if (a.startsWith("-") || file != null) {
              throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            file = a;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("islet run: " + e.getMessage());
      err.println(USAGE);
      return Main.EXIT_USAGE;
    }
    if (file == null) {
      err.println(USAGE);
      return Main.EXIT_USAGE;
    }
    module |= file.endsWith(".mjs");
    String text = Main.readScript("run", file, err);
    if (text == null) {
      return Main.EXIT_USAGE;
    }
    RunResult result;
    String unhandled = null;
    long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    try (Isolate isolate = Isolate.create(options)) {
      Realm realm = isolate.realm();
      Console.install(realm, (level, line) -> (level.compareTo(Console.Level.WARN) >= 0 ? err : out).println(line));
      dev.islet.runtime.webapi.global.WorkerGlobals.install(realm);
      RunLoop loop = new RunLoop(realm);
      dev.islet.runtime.eventloop.Timers.install(realm, loop);
      UnhandledRejections rejections = UnhandledRejections.install(realm);
      FileModuleHost modules = new FileModuleHost(Path.of(file));
      if (module) {
        result = isolate.evaluateModule(file, text, modules);
      } else {
        Modules.setHost(realm, modules); // import() from a script
        result = isolate.evaluate(file, text);
      }
      result = loop.run(isolate, result, options.cpuTimeLimitMillis(), cpuStart);
      if (result.isOk() && !rejections.reasons().isEmpty()) {
        unhandled = Inspector.inspect(realm, rejections.reasons().get(0));
      }
    }
    out.flush();
    switch (result.outcome()) {
      case OK:
        if (unhandled != null) {
          // As Node does: a rejection nobody handled ends the program like an uncaught exception.
          err.println("Uncaught (in promise) " + unhandled);
          err.println("outcome: " + Outcome.EXCEPTION.jsName());
          return Main.EXIT_FAILED;
        }
        return Main.EXIT_OK;
      case EXCEPTION:
        printException(file, text, module, result, err);
        return finish(err, result, Main.EXIT_FAILED);
      case EXCEEDED_CPU:
        err.println("islet run: " + result.detail());
        return finish(err, result, EXIT_CPU);
      case EXCEEDED_MEMORY:
        err.println("islet run: " + result.detail());
        return finish(err, result, EXIT_MEMORY);
      default:
        err.println("islet run: " + result.detail());
        return finish(err, result, Main.EXIT_FAILED);
    }
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int finish(PrintStream err, RunResult result, int status) {
    err.println("outcome: " + result.outcome().jsName());
    err.flush();
    return status;
  }

  /** A SyntaxError of the script itself with its source line and a caret; else "Uncaught NAME: message" and the JS stack. */
  private static void printException(String file, String text, boolean module, RunResult result, PrintStream err) {
    JsError error = result.error();
    if (error != null && error.name().equals("SyntaxError") && result.detail() != null
        && result.detail().startsWith(file + ":")) {
      try {
        Source source = new Source(file, text);
        if (module) {
          Parser.parseModule(source);
        } else {
          Parser.parseScript(source);
        }
      } catch (SyntaxErrorException e) {
        err.println(e.getMessage());
        err.println(e.sourceLineWithCaret());
        return;
      }
    }
    if (error == null) {
      err.println("Uncaught " + result.detail());
      return;
    }
    // A thrown value that is not an error object has no name: the engine reports it as "Uncaught".
    err.println(error.name().equals("Uncaught") ? "Uncaught " + error.message() : "Uncaught " + error);
    if (error.stack() != null && !error.stack().isEmpty()) {
      err.println(error.stack());
    }
  }

  /** Parsing of the limit options. */
  static final class Limits {
    private Limits() {}

    /** A size in bytes: a whole number with an optional unit, k/K, m/M or g/G (binary), optionally followed by B or iB. */
    static long parseSize(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      if (t.endsWith("ib")) {
        t = t.substring(0, t.length() - 2);
      } else if (t.endsWith("b")) {
        t = t.substring(0, t.length() - 1);
      }
      long unit = 1;
      if (!t.isEmpty()) {
        switch (t.charAt(t.length() - 1)) {
          case 'k' -> unit = 1L << 10;
          case 'm' -> unit = 1L << 20;
          case 'g' -> unit = 1L << 30;
          default -> unit = 1;
        }
      }
      if (unit != 1) {
        t = t.substring(0, t.length() - 1);
      }
      long n = positive(t, "--memory-limit", text);
      if (n > Long.MAX_VALUE / unit) {
        throw new IllegalArgumentException("--memory-limit " + text + " is too large");
      }
      return n * unit;
    }

    static long parseMillis(String text) {
      return positive(text.strip(), "--cpu-limit", text);
    }

    private static long positive(String digits, String option, String original) {
      try {
        long n = Long.parseLong(digits);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the usage error
      }
      throw new IllegalArgumentException(option + " needs a positive size, not '" + original + "'");
    }
  }
}
