package dev.islet.spectests.test262;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subset of YAML that test262 frontmatter uses: block mappings nested by indentation,
 * block sequences ({@code - item}), flow sequences and mappings ({@code [a, b]}, {@code {a: b}},
 * which may span lines), plain, single- and double-quoted scalars, block scalars ({@code |} and
 * {@code >}, kept as text) and {@code #} comments.
 *
 * <p>Values come back as {@code String}, {@code List<Object>} or {@code Map<String, Object>}.
 * Anything outside the subset is a {@link FrontmatterException} naming the line, so a malformed
 * test is reported instead of being read wrongly. Anchors, tags and multi-document streams are
 * not part of the subset: test262 does not use them.
 */
final class YamlSubset {
  private final String[] lines;
  private int row;

  private YamlSubset(String text) {
    this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  /** Parses {@code text} as a block mapping (the top level of a frontmatter block). */
  static Map<String, Object> parse(String text) {
    YamlSubset reader = new YamlSubset(text);
    reader.skipBlank();
    if (reader.row >= reader.lines.length) {
      return new LinkedHashMap<>();
    }
    int indent = indentOf(reader.lines[reader.row]);
    Map<String, Object> map = reader.mapping(indent);
    reader.skipBlank();
    if (reader.row < reader.lines.length) {
      throw reader.error("unexpected indentation");
    }
    return map;
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (true) {
      skipBlank();
      if (row >= lines.length) {
        return map;
      }
      String line = lines[row];
      int here = indentOf(line);
      if (here < indent) {
        return map;
      }
      if (here > indent) {
        throw error("unexpected indentation");
      }
      String content = stripComment(line.substring(here));
      int colon = keyColon(content);
      if (colon < 0) {
        throw error("expected 'key: value'");
      }
      String key = unquote(content.substring(0, colon).trim());
      String rest = content.substring(colon + 1).trim();
      row++;
      if (map.containsKey(key)) {
        throw error(row - 1, "duplicate key '" + key + "'");
      }
      map.put(key, value(rest, indent));
    }
  }

  /** The value after {@code key:} on a line indented by {@code indent}. */
  private Object value(String rest, int indent) {
    if (rest.isEmpty()) {
      return nestedBlock(indent);
    }
    char c = rest.charAt(0);
    if (c == '|' || c == '>') {
      return blockScalar(indent, c == '>');
    }
    if (c == '[' || c == '{') {
      return flow(rest);
    }
    return multiLineScalar(rest, indent);
  }

  /** A plain or quoted scalar that may continue on following lines indented deeper than its key (folded with spaces). */
  private String multiLineScalar(String first, int indent) {
    StringBuilder text = new StringBuilder(first);
    char quote = first.charAt(0) == '"' || first.charAt(0) == '\'' ? first.charAt(0) : 0;
    int startRow = row - 1;
    while (quote != 0 ? !closesQuote(text, quote) : continues(indent)) {
      if (row >= lines.length) {
        throw error(startRow, "unterminated quoted scalar");
      }
      text.append(' ').append(lines[row].trim());
      row++;
    }
    return scalar(text.toString());
  }

  private boolean continues(int indent) {
    return row < lines.length && !lines[row].isBlank() && indentOf(lines[row]) > indent;
  }

  private static boolean closesQuote(CharSequence text, char quote) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == quote && (quote == '\'' || text.charAt(n - 2) != '\\');
  }

  /** A block under a key with no inline value: a mapping, a sequence, or nothing (null → empty string). */
  private Object nestedBlock(int parentIndent) {
    skipBlank();
    if (row >= lines.length) {
      return "";
    }
    String line = lines[row];
    int here = indentOf(line);
    boolean dash = line.startsWith("-", here) && (line.length() == here + 1 || line.charAt(here + 1) == ' ');
    // YAML lets a sequence sit at its key's own indentation ("key:\n- a").
    if (here > parentIndent || (dash && here == parentIndent)) {
      return dash ? sequence(here) : mapping(here);
    }
    return "";
  }

  private List<Object> sequence(int indent) {
    List<Object> list = new ArrayList<>();
    while (true) {
      skipBlank();
      if (row >= lines.length) {
        return list;
      }
      String line = lines[row];
      int here = indentOf(line);
      if (here < indent || !line.startsWith("-", here)) {
        if (here > indent) {
          throw error("unexpected indentation in a sequence");
        }
        return list;
      }
      if (here > indent) {
        throw error("unexpected indentation in a sequence");
      }
      String item = stripComment(line.substring(here + 1)).trim();
      row++;
      if (item.isEmpty()) {
        list.add(nestedBlock(indent));
      } else if (item.charAt(0) == '[' || item.charAt(0) == '{') {
        list.add(flow(item));
      } else if (keyColon(item) >= 0) {
        throw error(row - 1, "mappings inside block sequences are not supported");
      } else {
        list.add(scalar(item));
      }
    }
  }

  /** A literal ({@code |}) or folded ({@code >}) block scalar: every following line indented deeper. */
  private String blockScalar(int indent, boolean folded) {
    StringBuilder text = new StringBuilder();
    int blockIndent = -1;
    while (row < lines.length) {
      String line = lines[row];
      if (line.isBlank()) {
        text.append('\n');
        row++;
        continue;
      }
      int here = indentOf(line);
      if (here <= indent) {
        break;
      }
      if (blockIndent < 0) {
        blockIndent = here;
      }
      String part = line.substring(Math.min(blockIndent, here));
      if (folded && text.length() > 0 && text.charAt(text.length() - 1) == '\n' && !part.startsWith(" ")) {
        text.setCharAt(text.length() - 1, ' ');
      }
      text.append(part).append('\n');
      row++;
    }
    return text.toString().strip();
  }

  /** A flow collection starting on the current (already consumed) line, possibly continued on the next lines. */
  private Object flow(String start) {
    StringBuilder buf = new StringBuilder(start);
    int startRow = row - 1;
    while (!FlowReader.balanced(buf)) {
      if (row >= lines.length) {
        throw error(startRow, "unterminated flow collection");
      }
      buf.append(' ').append(stripComment(lines[row]).trim());
      row++;
    }
    try {
      return new FlowReader(buf.toString()).readAll();
    } catch (IllegalArgumentException e) {
      throw error(startRow, e.getMessage());
    }
  }

  static String scalar(String text) {
    String t = text.trim();
    if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
      return unquote(t);
    }
    return t;
  }

  static String unquote(String t) {
    if (t.length() >= 2 && t.charAt(0) == '\'' && t.charAt(t.length() - 1) == '\'') {
      return t.substring(1, t.length() - 1).replace("''", "'");
    }
    if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
      return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return t;
  }

  /** The index of the colon that ends a mapping key ({@code ": "} or a colon at the end), outside quotes; -1 if none. */
  static int keyColon(String s) {
    Quotes q = new Quotes();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!q.outside(c)) {
        continue;
      }
      if (c == '[' || c == '{') {
        return -1;
      }
      if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }

  /** Removes a trailing {@code # comment} (a {@code #} at the start or after a space, outside quotes). */
  static String stripComment(String s) {
    Quotes q = new Quotes();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (q.outside(c) && c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** Tracks whether a left-to-right scan is inside a quoted scalar. */
  static final class Quotes {
    private char open;

    /** Feeds the next character; true when it is outside quotes and is not a quote itself. */
    boolean outside(char c) {
      if (open != 0) {
        if (c == open) {
          open = 0;
        }
        return false;
      }
      if (c == '"' || c == '\'') {
        open = c;
        return false;
      }
      return true;
    }
  }

  private void skipBlank() {
    while (row < lines.length && stripComment(lines[row]).isBlank()) {
      row++;
    }
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private FrontmatterException error(String message) {
    return error(row, message);
  }

  private FrontmatterException error(int at, String message) {
    return new FrontmatterException("frontmatter line " + (at + 1) + ": " + message);
  }
}
