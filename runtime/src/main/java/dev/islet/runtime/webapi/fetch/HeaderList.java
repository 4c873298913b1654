package dev.islet.runtime.webapi.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header list — https://fetch.spec.whatwg.org/#concept-header-list: ordered (name, value) pairs of
 * byte strings (Java strings of chars ≤ 0xFF). Names are kept lower-case: every lookup is
 * case-insensitive and iteration lower-cases them anyway.
 */
public final class HeaderList {
  private final List<String[]> entries = new ArrayList<>();
  /** Bumped on every change: the sorted-and-combined view is cached per version. */
  private int version;
  private List<String[]> sorted;
  private int sortedVersion = -1;

  public HeaderList() {}

  public HeaderList copy() {
    HeaderList h = new HeaderList();
    for (String[] e : entries) {
      h.entries.add(new String[] {e[0], e[1]});
    }
    return h;
  }

  /** The entries in order (name lower-case, value), for hosts sending a request or response. */
  public List<String[]> entries() {
    return java.util.Collections.unmodifiableList(entries);
  }

  public int size() {
    return entries.size();
  }

  public boolean contains(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String[] e : entries) {
      if (e[0].equals(n)) {
        return true;
      }
    }
    return false;
  }

  /** The combined value (values joined by ", "), or null. */
  public String get(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    StringBuilder b = null;
    for (String[] e : entries) {
      if (e[0].equals(n)) {
        if (b == null) {
          b = new StringBuilder(e[1]);
        } else {
          b.append(", ").append(e[1]);
        }
      }
    }
    return b == null ? null : b.toString();
  }

  /** Every value of {@code name}, in order. */
  public List<String> getAll(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String[] e : entries) {
      if (e[0].equals(n)) {
        out.add(e[1]);
      }
    }
    return out;
  }

  public void append(String name, String value) {
    entries.add(new String[] {name.toLowerCase(Locale.ROOT), value});
    version++;
  }

  public void delete(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    entries.removeIf(e -> e[0].equals(n));
    version++;
  }

  /** Replaces the first entry named {@code name} and removes the others; appends if there is none. */
  public void set(String name, String value) {
    String n = name.toLowerCase(Locale.ROOT);
    boolean found = false;
    for (int i = 0; i < entries.size(); ) {
      String[] e = entries.get(i);
      if (e[0].equals(n)) {
        if (!found) {
          e[1] = value;
          found = true;
          i++;
        } else {
          entries.remove(i);
        }
      } else {
        i++;
      }
    }
    if (!found) {
      entries.add(new String[] {n, value});
    }
    version++;
  }

  public void clear() {
    entries.clear();
    version++;
  }

  /**
   * Sort and combine — https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine: names
   * sorted, values of one name combined, except that each set-cookie value stays its own pair.
   */
  public List<String[]> sortAndCombine() {
    if (sortedVersion == version) {
      return sorted;
    }
    List<String> names = new ArrayList<>();
    for (String[] e : entries) {
      if (!names.contains(e[0])) {
        names.add(e[0]);
      }
    }
    names.sort(null);
    List<String[]> out = new ArrayList<>(names.size());
    for (String name : names) {
      if (name.equals("set-cookie")) {
        for (String v : getAll(name)) {
          out.add(new String[] {name, v});
        }
      } else {
        out.add(new String[] {name, get(name)});
      }
    }
    sorted = out;
    sortedVersion = version;
    return out;
  }

  /** Bytes this list holds, for the heap meter. */
  public long estimatedBytes() {
    long n = 16;
    for (String[] e : entries) {
      n += 56 + e[0].length() + e[1].length();
    }
    return n;
  }

  /** https://fetch.spec.whatwg.org/#header-name: a token. */
  public static boolean isValidName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isTokenChar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  /** https://fetch.spec.whatwg.org/#header-value: no NUL, CR or LF, no leading or trailing whitespace. */
  public static boolean isValidValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0 || c == '\r' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** Normalize: strip leading and trailing HTTP whitespace (tab, LF, CR, space). */
  public static String normalize(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isHttpWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && isHttpWhitespace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  static boolean isHttpWhitespace(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == ' ';
  }
}
