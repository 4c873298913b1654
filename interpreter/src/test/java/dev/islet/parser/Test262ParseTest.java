package dev.islet.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parse-only test262 gate for the front end: every test outside stage-3 proposals and Intl must be
 * classified correctly (negative parse tests fail to parse, all others parse in each of their modes).
 */
class Test262ParseTest {
  @Test
  void classifiesEveryTestCorrectly() throws Exception {
    Path root = Test262Corpus.root();
    assumeTrue(root != null, "shared/test262 not found");
    List<String> failures = new ArrayList<>();
    int[] counts = Test262ParseCheck.run(root, new String[] {"language", "built-ins", "annexB"}, failures);
    System.out.printf("test262 parse-only: %d passed, %d failed; proposals: %d passed, %d failed%n",
        counts[0], counts[1], counts[2], counts[3]);
    assertThat(counts[0]).isGreaterThan(30_000);
    assertThat(failures).isEmpty();
  }
}
