package dev.islet.regexp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Until the engine can run test262 itself: the simple {@code assert(re.test("…"))} and
 * {@code assert(!re.test("…"))} checks of test262's RegExp tests, where re is a literal or
 * {@code new RegExp("…", "…")} assigned to a variable (modifiers, named groups, lookbehind, …).
 */
class Test262RegExpTestCallsTest {
  private static final Pattern LITERAL = Pattern.compile("(?:var|let|const) (\\w+) = /(.+)/([a-z]*);");
  private static final Pattern CONSTRUCTED = Pattern.compile(
      "(?:var|let|const) (\\w+) = new RegExp\\((\"(?:[^\"\\\\]|\\\\.)*\")(?:, (\"(?:[^\"\\\\]|\\\\.)*\"))?\\);");
  private static final Pattern ASSERT = Pattern.compile("assert\\((!?)\\s*(\\w+)\\.test\\((\"(?:[^\"\\\\]|\\\\.)*\")\\)");

  @TestFactory
  Stream<DynamicTest> testCalls() throws IOException {
    Path root = Test262PropertyEscapesTest.test262();
    Assumptions.assumeTrue(root != null, "test262 not found");
    List<DynamicTest> tests = new ArrayList<>();
    for (String folder : new String[] {"test/built-ins/RegExp", "test/annexB/built-ins/RegExp"}) {
      Path dir = root.resolve(folder);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".js")).sorted()::iterator) {
          String src = Files.readString(f);
          Map<String, String[]> vars = new HashMap<>();
          Matcher l = LITERAL.matcher(src);
          while (l.find()) {
            vars.put(l.group(1), new String[] {l.group(2), l.group(3)});
          }
          Matcher c = CONSTRUCTED.matcher(src);
          while (c.find()) {
            String flags = c.group(3) == null ? "" : Test262PropertyEscapesTest.jsStrings(c.group(3)).get(0);
            vars.put(c.group(1), new String[] {Test262PropertyEscapesTest.jsStrings(c.group(2)).get(0), flags});
          }
          Matcher a = ASSERT.matcher(src);
          while (a.find()) {
            String[] re = vars.get(a.group(2));
            if (re == null) {
              continue;
            }
            boolean expected = a.group(1).isEmpty();
            String input = Test262PropertyEscapesTest.jsStrings(a.group(3)).get(0);
            String name = dir.relativize(f) + ": " + (expected ? "" : "!") + "/" + re[0] + "/" + re[1] + ".test("
                + NodeDifferentialTest.MiniJson.quote(input) + ")";
            tests.add(DynamicTest.dynamicTest(name, () -> assertThat(
                CompiledRegExp.compile(re[0], re[1]).exec(input, 0, RegExpBudget.UNLIMITED) != null).isEqualTo(expected)));
          }
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(100);
    return tests.stream();
  }
}
