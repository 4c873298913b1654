package dev.islet.regexp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Matches computed by node (interpreter/tools/regexp/node-expectations.mjs) for hand-written and
 * seeded random patterns: our matcher must find the same groups at the same indices.
 */
class NodeDifferentialTest {
  @TestFactory
  Stream<DynamicTest> matchesLikeNode() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        NodeDifferentialTest.class.getResourceAsStream("node-matches.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        List<Object> c = new MiniJson(line).array();
        String pattern = (String) c.get(0);
        String flags = (String) c.get(1);
        String input = (String) c.get(2);
        int lastIndex = ((Number) c.get(3)).intValue();
        int[] expected = toInts(c.get(4));
        tests.add(DynamicTest.dynamicTest((n++) + ": /" + pattern + "/" + flags + " on " + MiniJson.quote(input), () -> {
          CompiledRegExp re = CompiledRegExp.compile(pattern, flags);
          MatchResult m = re.exec(input, lastIndex, RegExpBudget.UNLIMITED);
          int[] actual = null;
          if (m != null) {
            actual = new int[2 * (m.groupCount() + 1)];
            for (int g = 0; g <= m.groupCount(); g++) {
              actual[2 * g] = m.matched(g) ? m.start(g) : -1;
              actual[2 * g + 1] = m.matched(g) ? m.end(g) : -1;
            }
          }
          assertThat(actual).as(re.disassemble()).isEqualTo(expected);
        }));
      }
    }
    return tests.stream();
  }

  private static int[] toInts(Object o) {
    if (o == null) {
      return null;
    }
    List<?> l = (List<?>) o;
    int[] out = new int[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) l.get(i)).intValue();
    }
    return out;
  }

  /** Just enough JSON for the data file: arrays, strings, integers, null. */
  static final class MiniJson {
    private final String s;
    private int i;

    MiniJson(String s) {
      this.s = s;
    }

    List<Object> array() {
      List<Object> out = new ArrayList<>();
      expect('[');
      if (s.charAt(i) == ']') {
        i++;
        return out;
      }
      while (true) {
        out.add(value());
        char c = s.charAt(i++);
        if (c == ']') {
          return out;
        }
        if (c != ',') {
          throw new IllegalArgumentException("bad JSON at " + i + ": " + s);
        }
      }
    }

    private Object value() {
      char c = s.charAt(i);
      if (c == '[') {
        return array();
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int start = i;
      while (i < s.length() && (s.charAt(i) == '-' || Character.isDigit(s.charAt(i)))) {
        i++;
      }
      return Long.parseLong(s.substring(start, i));
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n': sb.append('\n'); break;
          case 't': sb.append('\t'); break;
          case 'r': sb.append('\r'); break;
          case 'b': sb.append('\b'); break;
          case 'f': sb.append('\f'); break;
          case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
          default: sb.append(e); break;
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(i++) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (i - 1) + ": " + s);
      }
    }

    static String quote(String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c < 0x20 || c > 0x7E) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
  }

  static int[] copy(int[] a) {
    return a == null ? null : Arrays.copyOf(a, a.length);
  }
}
