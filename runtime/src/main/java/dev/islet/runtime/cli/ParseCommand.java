package dev.islet.runtime.cli;

import dev.islet.ast.EstreeJson;
import dev.islet.ast.Program;
import dev.islet.parser.ParseOptions;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.source.Source;
import java.io.PrintStream;

/** {@code islet parse FILE [--module] [--ast]}: prints OK (or the tree as ESTree JSON) or the SyntaxError. */
final class ParseCommand {
  private ParseCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String file = null;
    boolean module = false;
    boolean ast = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--module" -> module = true;
        case "--ast" -> ast = true;
        default -> {
          if (file != null || args[i].startsWith("--")) {
            err.println("islet parse: unexpected argument '" + args[i] + "'");
            return Main.EXIT_USAGE;
          }
          file = args[i];
        }
      }
    }
    if (file == null) {
      err.println("usage: islet parse FILE [--module] [--ast]");
      return Main.EXIT_USAGE;
    }
    String text = Main.readScript("parse", file, err);
    if (text == null) {
      return Main.EXIT_USAGE;
    }
    Source source = new Source(file, text);
    Program program;
    try {
      program = Parser.parse(source, module ? ParseOptions.module() : ParseOptions.script());
    } catch (SyntaxErrorException e) {
      err.println(e.getMessage());
      err.println(e.sourceLineWithCaret());
      return Main.EXIT_FAILED;
    }
    if (!ast) {
      out.println("OK");
      return Main.EXIT_OK;
    }
    // The printer recurses once per tree level, and a left-nested chain (a+a+…) can be 100,000
    // levels deep: print on a thread with a large stack.
    String[] json = new String[1];
    Thread printer = new Thread(null, () -> json[0] = EstreeJson.toJson(program, text), "estree-json", 1L << 30);
    printer.start();
    try {
      printer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Main.EXIT_FAILED;
    }
    if (json[0] == null) {
      err.println("islet parse: the tree is too deep to print");
      return Main.EXIT_FAILED;
    }
    out.println(json[0]);
    return Main.EXIT_OK;
  }
}
