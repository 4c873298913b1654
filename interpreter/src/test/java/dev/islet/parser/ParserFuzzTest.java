package dev.islet.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.islet.source.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Feeds 100,000 mutated test262 sources (deletions, duplications, swaps, truncations, inserted
 * tokens; fixed seed) to the parser: each must end in a tree or a SyntaxErrorException, never in
 * another exception or a hang.
 */
class ParserFuzzTest {
  private static final int MUTANTS = 100_000;
  private static final long SEED = 0x15_1E7L;
  private static final String[] TOKENS = {
    "(", ")", "{", "}", "[", "]", "`", "${", "}`", "/", "/=", "=>", "async", "yield", "await", "let",
    "\\u0061", "\\u{62}", "#x", ",", "...", "?.", "??", "'", "\"", "\n", "\r\n", "\u2028", "/*", "*/",
    "//", "<!--", "-->", "function", "class", "static", "get", "set", "new", "super", "import", "export",
    "using", "of", "in", "0x", "1_", "08", "1n", ".5e", "\\", "#!", ";", ":", "?", "=", "**", "++",
    "@", "\u0000", "\uD800", "delete", "this", "for", "with", "=", "'use strict';",
  };

  @Test
  void mutatedSourcesEndInTreeOrSyntaxError() throws Exception {
    Path root = Test262Corpus.root();
    assumeTrue(root != null, "shared/test262 not found");
    List<Path> all = Test262Corpus.tests(root, "language", "built-ins", "annexB");
    List<String> corpus = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 4) {
      corpus.add(Test262Corpus.read(all.get(i)).source());
    }
    AtomicInteger done = new AtomicInteger();
    AtomicReference<String> current = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int[] outcomes = new int[2];
    Thread worker = new Thread(null, () -> {
      SplittableRandom rnd = new SplittableRandom(SEED);
      for (int i = 0; i < MUTANTS && failure.get() == null; i++) {
        String text = mutate(corpus.get(rnd.nextInt(corpus.size())), rnd);
        current.set(text);
        try {
          if (rnd.nextInt(4) == 0) {
            Parser.parseModule(new Source("fuzz", text));
          } else {
            Parser.parseScript(new Source("fuzz", text));
          }
          outcomes[0]++;
        } catch (SyntaxErrorException e) {
          outcomes[1]++;
          if (e.offset() < 0 || e.offset() > text.length() || e.line() < 1 || e.column() < 1) {
            failure.set(new AssertionError("bad error position " + e.getMessage()));
          }
        } catch (Throwable t) {
          failure.set(t);
        }
        done.incrementAndGet();
      }
    }, "fuzz", 4L << 20);
    worker.setDaemon(true);
    worker.start();
    worker.join(180_000);
    assertThat(worker.isAlive()).as("parser hangs or is too slow; last input:%n%s", current.get()).isFalse();
    if (failure.get() != null) {
      throw new AssertionError("parser threw on input:\n" + current.get(), failure.get());
    }
    assertThat(done.get()).isEqualTo(MUTANTS);
    assertThat(outcomes[0]).as("some mutants still parse").isPositive();
    assertThat(outcomes[1]).as("some mutants are syntax errors").isPositive();
  }

  static String mutate(String s, SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + rnd.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int n = sb.length();
      int a = n == 0 ? 0 : rnd.nextInt(n);
      int len = n == 0 ? 0 : rnd.nextInt(Math.min(40, n - a) + 1);
      switch (rnd.nextInt(6)) {
        case 0 -> sb.delete(a, a + len);
        case 1 -> sb.insert(a, sb.substring(a, a + len));
        case 2 -> {
          int b = n == 0 ? 0 : rnd.nextInt(n);
          int blen = Math.min(len, n - b);
          if (b >= a + len || b + blen <= a) {
            String x = sb.substring(a, a + len);
            String y = sb.substring(b, b + blen);
            if (a < b) {
              sb.replace(b, b + blen, x).replace(a, a + len, y);
            } else {
              sb.replace(a, a + len, y).replace(b, b + blen, x);
            }
          }
        }
        case 3 -> sb.setLength(a);
        default -> sb.insert(a, TOKENS[rnd.nextInt(TOKENS.length)]);
      }
    }
    return sb.toString();
  }
}
