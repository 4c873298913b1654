package dev.islet.spectests.test262;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one YAML flow collection ({@code [a, 'b', [c]]} or {@code {k: v}}) for {@link YamlSubset}. */
final class FlowReader {
  private final String text;
  private int pos;

  FlowReader(String text) {
    this.text = text;
  }

  /** True once every bracket opened in {@code s} (outside quotes) is closed. */
  static boolean balanced(CharSequence s) {
    int depth = 0;
    YamlSubset.Quotes q = new YamlSubset.Quotes();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (q.outside(c)) {
        if (c == '[' || c == '{') {
          depth++;
        } else if (c == ']' || c == '}') {
          depth--;
        }
      }
    }
    return depth <= 0;
  }

  /** Reads the collection and checks that nothing but spaces follows it. */
  Object readAll() {
    Object value = read();
    skipSpaces();
    if (pos != text.length()) {
      throw new IllegalArgumentException("unexpected '" + text.substring(pos) + "' after a flow collection");
    }
    return value;
  }

  private Object read() {
    skipSpaces();
    if (pos >= text.length()) {
      throw new IllegalArgumentException("missing value in a flow collection");
    }
    char c = text.charAt(pos);
    if (c == '[') {
      return sequence();
    }
    if (c == '{') {
      return mapping();
    }
    return scalar();
  }

  private List<Object> sequence() {
    pos++; // [
    List<Object> list = new ArrayList<>();
    skipSpaces();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(read());
      skipSpaces();
      char c = next();
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected ',' or ']' in a flow sequence");
      }
      skipSpaces();
      if (peek() == ']') { // trailing comma
        pos++;
        return list;
      }
    }
  }

  private Map<String, Object> mapping() {
    pos++; // {
    Map<String, Object> map = new LinkedHashMap<>();
    skipSpaces();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipSpaces();
      String key = scalar();
      skipSpaces();
      if (next() != ':') {
        throw new IllegalArgumentException("expected ':' after '" + key + "' in a flow mapping");
      }
      map.put(key, read());
      skipSpaces();
      char c = next();
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected ',' or '}' in a flow mapping");
      }
    }
  }

  /** A quoted scalar, or a plain one that ends at {@code , ] } :} (a colon only when followed by a space). */
  private String scalar() {
    char c = peek();
    if (c == '"' || c == '\'') {
      int end = text.indexOf(c, pos + 1);
      while (c == '\'' && end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == '\'') {
        end = text.indexOf(c, end + 2); // '' is an escaped quote
      }
      while (c == '"' && end > 0 && text.charAt(end - 1) == '\\') {
        end = text.indexOf(c, end + 1); // \" is an escaped quote
      }
      if (end < 0) {
        throw new IllegalArgumentException("unterminated quoted scalar");
      }
      String quoted = text.substring(pos, end + 1);
      pos = end + 1;
      return YamlSubset.unquote(quoted);
    }
    int start = pos;
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{') {
        break;
      }
      if (ch == ':' && (pos + 1 == text.length() || text.charAt(pos + 1) == ' ')) {
        break;
      }
      pos++;
    }
    return text.substring(start, pos).trim();
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private char next() {
    if (pos >= text.length()) {
      throw new IllegalArgumentException("unterminated flow collection");
    }
    return text.charAt(pos++);
  }

  private void skipSpaces() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }
}
