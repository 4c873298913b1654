package dev.islet.parser;

import dev.islet.source.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse-only conformance over test262: a test passes when it has a parse-phase negative and every
 * mode fails with a SyntaxError, or has none and every mode parses. Run with
 * {@code java -cp … dev.islet.parser.Test262ParseCheck [dirs…]}; prints failures and a summary.
 */
public final class Test262ParseCheck {
  private Test262ParseCheck() {}

  public static void main(String[] args) throws Exception {
    Path root = Test262Corpus.root();
    String[] dirs = args.length == 0 ? new String[] {"language", "built-ins", "annexB"} : args;
    List<String> failures = new ArrayList<>();
    int[] counts = run(root, dirs, failures);
    for (String f : failures) {
      System.out.println(f);
    }
    System.out.printf("proposals (not counted): %d passed, %d failed%n", counts[2], counts[3]);
    System.out.printf("%d passed, %d failed (%.3f%%)%n", counts[0], counts[1], 100.0 * counts[0] / (counts[0] + counts[1]));
  }

  /** Returns {passed, failed, proposals passed, proposals failed}; adds one line per failure of a counted test. */
  static int[] run(Path root, String[] dirs, List<String> failures) throws Exception {
    int[] counts = new int[4];
    for (Path p : Test262Corpus.tests(root, dirs)) {
      Test262Corpus.TestFile t = Test262Corpus.read(p);
      String rel = root.relativize(p).toString();
      String problem = check(t, rel);
      int base = Test262Corpus.isProposal(root, t) ? 2 : 0;
      if (problem == null) {
        counts[base]++;
      } else {
        counts[base + 1]++;
        if (base == 0) {
          failures.add(rel + " " + problem);
        }
      }
    }
    return counts;
  }

  /** Null when the test is classified correctly in all its modes, else what went wrong. */
  static String check(Test262Corpus.TestFile t, String name) {
    List<String> modes = new ArrayList<>();
    if (t.has("module")) {
      modes.add("module");
    } else if (t.has("raw")) {
      modes.add("raw");
    } else {
      if (!t.has("onlyStrict")) {
        modes.add("sloppy");
      }
      if (!t.has("noStrict")) {
        modes.add("strict");
      }
    }
    for (String mode : modes) {
      String text = mode.equals("strict") ? "\"use strict\";\n" + t.source() : t.source();
      Source src = new Source(name, text);
      String error = null;
      try {
        if (mode.equals("module")) {
          Parser.parseModule(src);
        } else {
          Parser.parseScript(src);
        }
      } catch (SyntaxErrorException e) {
        error = e.getMessage();
      } catch (RuntimeException | StackOverflowError e) {
        return "[" + mode + "] CRASH " + e;
      }
      if (t.negativeParse() && error == null) {
        return "[" + mode + "] parsed but should fail";
      }
      if (!t.negativeParse() && error != null) {
        return "[" + mode + "] " + error;
      }
    }
    return null;
  }
}
