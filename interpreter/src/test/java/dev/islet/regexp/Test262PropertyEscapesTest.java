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
 * Runs test262's generated property-escape and v-flag class tests (Unicode 17 data) straight on the engine, without
 * a JS engine: each file's buildString(...) data and testPropertyEscapes / testPropertyOfStrings
 * calls are read with (Java) regular expressions from the test source. Skipped when
 * ../shared/test262 is absent.
 */
class Test262PropertyEscapesTest {
  private static final Pattern BUILD = Pattern.compile(
      "const (\\w+) = buildString\\(\\{\\s*loneCodePoints: \\[([^\\]]*)\\],\\s*ranges: \\[((?:\\s*\\[[^\\]]*\\],?)*)\\s*\\]");
  private static final Pattern RANGE = Pattern.compile("\\[(0x[0-9A-Fa-f]+), (0x[0-9A-Fa-f]+)\\]");
  private static final Pattern TEST = Pattern.compile("testPropertyEscapes\\(\\s*/(.+)/(\\w*),\\s*(\\w+),");
  private static final Pattern STRINGS_TEST = Pattern.compile(
      "regExp: /(.+)/(\\w*),[\\s\\S]*?matchStrings: \\[([\\s\\S]*?)\\]([\\s\\S]*?nonMatchStrings: \\[([\\s\\S]*?)\\])?");

  static Path test262() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path t = p.resolve("shared/test262");
      if (Files.isDirectory(t)) {
        return t;
      }
      if (Files.isDirectory(p.resolve("../shared/test262"))) {
        return p.resolve("../shared/test262").normalize();
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> generatedPropertyEscapes() throws IOException {
    return filesIn("test/built-ins/RegExp/property-escapes/generated");
  }

  @TestFactory
  Stream<DynamicTest> generatedUnicodeSets() throws IOException {
    return filesIn("test/built-ins/RegExp/unicodeSets/generated");
  }

  private static Stream<DynamicTest> filesIn(String folder) throws IOException {
    Path root = test262();
    Assumptions.assumeTrue(root != null, "test262 not found");
    Path dir = root.resolve(folder);
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".js")).sorted()::iterator) {
        tests.add(DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> check(Files.readString(f))));
      }
    }
    return tests.stream();
  }

  private static final Pattern NEGATIVE = Pattern.compile("\\$DONOTEVALUATE\\(\\);\\s*/(.+)/(\\w*);");

  private static void check(String src) {
    if (src.contains("negative:") && src.contains("phase: parse")) {
      Matcher n = NEGATIVE.matcher(src);
      assertThat(n.find()).as("a literal after $DONOTEVALUATE").isTrue();
      assertThat(RegExpSyntax.validate(n.group(1), n.group(2))).as("/%s/%s is an early error", n.group(1), n.group(2))
          .isNotNull();
      return;
    }
    Map<String, String> strings = new HashMap<>();
    Matcher b = BUILD.matcher(src);
    while (b.find()) {
      StringBuilder sb = new StringBuilder();
      for (String cp : b.group(2).split(",")) {
        if (!cp.isBlank()) {
          sb.appendCodePoint(Integer.decode(cp.trim()));
        }
      }
      Matcher r = RANGE.matcher(b.group(3));
      while (r.find()) {
        int hi = Integer.decode(r.group(2));
        for (int c = Integer.decode(r.group(1)); c <= hi; c++) {
          sb.appendCodePoint(c);
        }
      }
      strings.put(b.group(1), sb.toString());
    }
    int count = 0;
    Matcher t = TEST.matcher(src);
    while (t.find()) {
      String input = strings.get(t.group(3));
      CompiledRegExp re = CompiledRegExp.compile(t.group(1), t.group(2));
      assertThat(re.exec(input, 0, RegExpBudget.UNLIMITED)).as("/%s/%s on %s", t.group(1), t.group(2), t.group(3)).isNotNull();
      count++;
    }
    Matcher s = STRINGS_TEST.matcher(src);
    while (s.find()) {
      CompiledRegExp re = CompiledRegExp.compile(s.group(1), s.group(2));
      // As the harness's testPropertyOfStrings: single strings are checked only when the joined ones disagree.
      List<String> match = jsStrings(s.group(3));
      if (re.exec(String.join("", match), 0, RegExpBudget.UNLIMITED) == null) {
        for (String m : match) {
          assertThat(re.exec(m, 0, RegExpBudget.UNLIMITED)).as("%s on %s", s.group(1), m).isNotNull();
        }
      }
      List<String> nonMatch = s.group(5) == null ? List.of() : jsStrings(s.group(5));
      if (!nonMatch.isEmpty() && re.exec(String.join("", nonMatch), 0, RegExpBudget.UNLIMITED) != null) {
        for (String m : nonMatch) {
          assertThat(re.exec(m, 0, RegExpBudget.UNLIMITED)).as("%s must not match %s", s.group(1), m).isNull();
        }
      }
      count++;
    }
    assertThat(count).as("tests found in the file").isPositive();
  }

  /** The double-quoted JS string literals in a list (escapes \\uXXXX, \\u{…}, \\xXX). */
  static List<String> jsStrings(String list) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while ((i = list.indexOf('"', i)) >= 0) {
      StringBuilder sb = new StringBuilder();
      i++;
      while (list.charAt(i) != '"') {
        char c = list.charAt(i++);
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = list.charAt(i++);
        if (e == 'x') {
          sb.append((char) Integer.parseInt(list.substring(i, i + 2), 16));
          i += 2;
        } else if (e == 'u' && list.charAt(i) == '{') {
          int close = list.indexOf('}', i);
          sb.appendCodePoint(Integer.parseInt(list.substring(i + 1, close), 16));
          i = close + 1;
        } else if (e == 'u') {
          sb.append((char) Integer.parseInt(list.substring(i, i + 4), 16));
          i += 4;
        } else {
          int k = "nrtbfv0".indexOf(e);
          sb.append(k >= 0 ? "\n\r\t\b\f\u000B\0".charAt(k) : e);
        }
      }
      out.add(sb.toString());
      i++;
    }
    return out;
  }
}
