package dev.islet.runtime.webapi.url;

import dev.islet.runtime.webapi.url.PercentEncoding.EncodeSet;

/**
 * The basic URL parser — https://url.spec.whatwg.org/#concept-basic-url-parser: a state machine
 * over the input's code points, with the state overrides the URL setters use. UTF-8 is the only
 * query encoding (the API's case).
 */
public final class UrlParser {
  static final int EOF = -1;

  // The states, named as in the spec.
  static final int NONE = 0;
  static final int SCHEME_START = 1;
  static final int SCHEME = 2;
  static final int NO_SCHEME = 3;
  static final int SPECIAL_RELATIVE_OR_AUTHORITY = 4;
  static final int PATH_OR_AUTHORITY = 5;
  static final int RELATIVE = 6;
  static final int RELATIVE_SLASH = 7;
  static final int SPECIAL_AUTHORITY_SLASHES = 8;
  static final int SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
  static final int AUTHORITY = 10;
  static final int HOST = 11;
  static final int HOSTNAME = 12;
  static final int PORT = 13;
  static final int FILE = 14;
  static final int FILE_SLASH = 15;
  static final int FILE_HOST = 16;
  static final int PATH_START = 17;
  static final int PATH = 18;
  static final int OPAQUE_PATH = 19;
  static final int QUERY = 20;
  static final int FRAGMENT = 21;

  private final int[] input;
  private final UrlRecord base;
  private final UrlRecord url;
  private final int stateOverride;
  private int state;
  private int pointer;
  private final StringBuilder buffer = new StringBuilder();
  private boolean atSignSeen;
  private boolean insideBrackets;
  private boolean passwordTokenSeen;

  private UrlParser(int[] input, UrlRecord base, UrlRecord url, int stateOverride) {
    this.input = input;
    this.base = base;
    this.url = url;
    this.stateOverride = stateOverride;
    this.state = stateOverride == NONE ? SCHEME_START : stateOverride;
  }

  /** The URL parser (without a blob URL store): the record, or null for failure. */
  public static UrlRecord parse(String input, UrlRecord base) {
    UrlRecord url = new UrlRecord();
    return basicParse(strip(input), base, url, NONE) ? url : null;
  }

  /** Runs the parser on an existing record from {@code stateOverride} (the URL setters); false on failure. */
  static boolean parseWithOverride(String input, UrlRecord url, int stateOverride) {
    return basicParse(removeTabsAndNewlines(input), null, url, stateOverride);
  }

  private static boolean basicParse(String text, UrlRecord base, UrlRecord url, int stateOverride) {
    return new UrlParser(text.codePoints().toArray(), base, url, stateOverride).run();
  }

  /** Removes leading and trailing C0 controls and spaces, then every ASCII tab or newline. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= 0x20) {
      end--;
    }
    return removeTabsAndNewlines(s.substring(start, end));
  }

  private static String removeTabsAndNewlines(String s) {
    if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final int CONTINUE = 0;
  private static final int RETURN = 1;
  private static final int FAILURE = 2;

  private boolean run() {
    while (true) {
      int c = pointer < input.length ? input[pointer] : EOF;
      int r = step(c);
      if (r == RETURN) {
        return true;
      }
      if (r == FAILURE) {
        return false;
      }
      if (pointer >= input.length) {
        return true;
      }
      pointer++;
    }
  }

  private int step(int c) {
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer.appendCodePoint(Character.toLowerCase(c));
          state = SCHEME;
        } else if (stateOverride == NONE) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        return CONTINUE;
      case SCHEME:
        return scheme(c);
      case NO_SCHEME:
        if (base == null || base.hasOpaquePath() && c != '#') {
          return FAILURE;
        }
        if (base.hasOpaquePath() && c == '#') {
          url.scheme = base.scheme;
          url.path.clear();
          url.opaquePath = base.opaquePath;
          url.query = base.query;
          url.fragment = "";
          state = FRAGMENT;
        } else if (!base.scheme.equals("file")) {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        return CONTINUE;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c == '/' && remainingStartsWith('/')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        return CONTINUE;
      case PATH_OR_AUTHORITY:
        if (c == '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        return CONTINUE;
      case RELATIVE:
        relative(c);
        return CONTINUE;
      case RELATIVE_SLASH:
        if (url.isSpecial() && (c == '/' || c == '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c == '/') {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        return CONTINUE;
      case SPECIAL_AUTHORITY_SLASHES:
        if (c == '/' && remainingStartsWith('/')) {
          pointer++;
        } else {
          pointer--;
        }
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        return CONTINUE;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c != '/' && c != '\\') {
          state = AUTHORITY;
          pointer--;
        }
        return CONTINUE;
      case AUTHORITY:
        return authority(c);
      case HOST:
      case HOSTNAME:
        return host(c);
      case PORT:
        return port(c);
      case FILE:
        file(c);
        return CONTINUE;
      case FILE_SLASH:
        if (c == '/' || c == '\\') {
          state = FILE_HOST;
        } else {
          if (base != null && base.scheme.equals("file")) {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(pointer) && !base.path.isEmpty()
                && isNormalizedWindowsDriveLetter(base.path.get(0))) {
              url.path.add(base.path.get(0));
            }
          }
          state = PATH;
          pointer--;
        }
        return CONTINUE;
      case FILE_HOST:
        return fileHost(c);
      case PATH_START:
        return pathStart(c);
      case PATH:
        path(c);
        return CONTINUE;
      case OPAQUE_PATH:
        if (c == '?') {
          url.query = "";
          state = QUERY;
        } else if (c == '#') {
          url.fragment = "";
          state = FRAGMENT;
        } else if (c != EOF) {
          StringBuilder b = new StringBuilder(url.opaquePath);
          PercentEncoding.encode(b, c, EncodeSet.C0_CONTROL);
          // Take the code points up to the next '?' or '#' at once (appending one by one is quadratic).
          while (pointer + 1 < input.length && input[pointer + 1] != '?' && input[pointer + 1] != '#') {
            pointer++;
            PercentEncoding.encode(b, input[pointer], EncodeSet.C0_CONTROL);
          }
          url.opaquePath = b.toString();
        }
        return CONTINUE;
      case QUERY:
        query(c);
        return CONTINUE;
      case FRAGMENT:
        if (c != EOF) {
          StringBuilder b = new StringBuilder(url.fragment);
          PercentEncoding.encode(b, c, EncodeSet.FRAGMENT);
          // Appending code point by code point is quadratic on long fragments: take the rest at once.
          while (pointer + 1 < input.length) {
            pointer++;
            PercentEncoding.encode(b, input[pointer], EncodeSet.FRAGMENT);
          }
          url.fragment = b.toString();
        }
        return CONTINUE;
      default:
        throw new IllegalStateException("URL parser state " + state);
    }
  }

  private int scheme(int c) {
    if (isAlphanumeric(c) || c == '+' || c == '-' || c == '.') {
      buffer.appendCodePoint(Character.toLowerCase(c));
      return CONTINUE;
    }
    if (c == ':') {
      String candidate = buffer.toString();
      if (stateOverride != NONE) {
        if (url.isSpecial() != Schemes.isSpecial(candidate)) {
          return RETURN;
        }
        if ((url.includesCredentials() || url.port >= 0) && candidate.equals("file")) {
          return RETURN;
        }
        if (url.scheme.equals("file") && "".equals(url.host)) {
          return RETURN;
        }
      }
      url.scheme = candidate;
      if (stateOverride != NONE) {
        if (url.port == Schemes.defaultPort(url.scheme)) {
          url.port = -1;
        }
        return RETURN;
      }
      buffer.setLength(0);
      if (url.scheme.equals("file")) {
        state = FILE;
      } else if (url.isSpecial() && base != null && base.scheme.equals(url.scheme)) {
        state = SPECIAL_RELATIVE_OR_AUTHORITY;
      } else if (url.isSpecial()) {
        state = SPECIAL_AUTHORITY_SLASHES;
      } else if (remainingStartsWith('/')) {
        state = PATH_OR_AUTHORITY;
        pointer++;
      } else {
        url.opaquePath = "";
        state = OPAQUE_PATH;
      }
      return CONTINUE;
    }
    if (stateOverride == NONE) {
      buffer.setLength(0);
      state = NO_SCHEME;
      pointer = -1;
      return CONTINUE;
    }
    return FAILURE;
  }

  private void relative(int c) {
    url.scheme = base.scheme;
    if (c == '/') {
      state = RELATIVE_SLASH;
    } else if (url.isSpecial() && c == '\\') {
      state = RELATIVE_SLASH;
    } else {
      url.username = base.username;
      url.password = base.password;
      url.host = base.host;
      url.port = base.port;
      url.path = new java.util.ArrayList<>(base.path);
      url.query = base.query;
      if (c == '?') {
        url.query = "";
        state = QUERY;
      } else if (c == '#') {
        url.fragment = "";
        state = FRAGMENT;
      } else if (c != EOF) {
        url.query = null;
        shortenPath();
        state = PATH;
        pointer--;
      }
    }
  }

  private int authority(int c) {
    if (c == '@') {
      if (atSignSeen) {
        buffer.insert(0, "%40");
      }
      atSignSeen = true;
      StringBuilder user = new StringBuilder(url.username);
      StringBuilder pass = new StringBuilder(url.password);
      String b = buffer.toString();
      for (int i = 0; i < b.length(); ) {
        int cp = b.codePointAt(i);
        i += Character.charCount(cp);
        if (cp == ':' && !passwordTokenSeen) {
          passwordTokenSeen = true;
          continue;
        }
        PercentEncoding.encode(passwordTokenSeen ? pass : user, cp, EncodeSet.USERINFO);
      }
      url.username = user.toString();
      url.password = pass.toString();
      buffer.setLength(0);
    } else if (c == EOF || c == '/' || c == '?' || c == '#' || url.isSpecial() && c == '\\') {
      if (atSignSeen && buffer.length() == 0) {
        return FAILURE;
      }
      pointer -= buffer.codePointCount(0, buffer.length()) + 1;
      buffer.setLength(0);
      state = HOST;
    } else {
      buffer.appendCodePoint(c);
    }
    return CONTINUE;
  }

  private int host(int c) {
    if (stateOverride != NONE && url.scheme.equals("file")) {
      pointer--;
      state = FILE_HOST;
    } else if (c == ':' && !insideBrackets) {
      if (buffer.length() == 0) {
        return FAILURE;
      }
      if (stateOverride == HOSTNAME) {
        return FAILURE;
      }
      String host = HostParser.parse(buffer.toString(), !url.isSpecial());
      if (host == null) {
        return FAILURE;
      }
      url.host = host;
      buffer.setLength(0);
      state = PORT;
    } else if (c == EOF || c == '/' || c == '?' || c == '#' || url.isSpecial() && c == '\\') {
      pointer--;
      if (url.isSpecial() && buffer.length() == 0) {
        return FAILURE;
      } else if (stateOverride != NONE && buffer.length() == 0 && (url.includesCredentials() || url.port >= 0)) {
        return FAILURE;
      }
      String host = HostParser.parse(buffer.toString(), !url.isSpecial());
      if (host == null) {
        return FAILURE;
      }
      url.host = host;
      buffer.setLength(0);
      state = PATH_START;
      if (stateOverride != NONE) {
        return RETURN;
      }
    } else {
      if (c == '[') {
        insideBrackets = true;
      } else if (c == ']') {
        insideBrackets = false;
      }
      buffer.appendCodePoint(c);
    }
    return CONTINUE;
  }

  private int port(int c) {
    if (c >= '0' && c <= '9') {
      buffer.append((char) c);
      return CONTINUE;
    }
    if (c == EOF || c == '/' || c == '?' || c == '#' || url.isSpecial() && c == '\\' || stateOverride != NONE) {
      if (buffer.length() != 0) {
        int port = 0;
        for (int i = 0; i < buffer.length(); i++) {
          port = port * 10 + (buffer.charAt(i) - '0');
          if (port > 65535) {
            return FAILURE;
          }
        }
        url.port = port == Schemes.defaultPort(url.scheme) ? -1 : port;
        buffer.setLength(0);
        if (stateOverride != NONE) {
          return RETURN;
        }
      }
      if (stateOverride != NONE) {
        return FAILURE;
      }
      state = PATH_START;
      pointer--;
      return CONTINUE;
    }
    return FAILURE;
  }

  private void file(int c) {
    url.scheme = "file";
    url.host = "";
    if (c == '/' || c == '\\') {
      state = FILE_SLASH;
    } else if (base != null && base.scheme.equals("file")) {
      url.host = base.host;
      url.path = new java.util.ArrayList<>(base.path);
      url.query = base.query;
      if (c == '?') {
        url.query = "";
        state = QUERY;
      } else if (c == '#') {
        url.fragment = "";
        state = FRAGMENT;
      } else if (c != EOF) {
        url.query = null;
        if (!startsWithWindowsDriveLetter(pointer)) {
          shortenPath();
        } else {
          url.path.clear();
        }
        state = PATH;
        pointer--;
      }
    } else {
      state = PATH;
      pointer--;
    }
  }

  private int fileHost(int c) {
    if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
      pointer--;
      if (stateOverride == NONE && isWindowsDriveLetter(buffer.toString())) {
        state = PATH;
      } else if (buffer.length() == 0) {
        url.host = "";
        if (stateOverride != NONE) {
          return RETURN;
        }
        state = PATH_START;
      } else {
        String host = HostParser.parse(buffer.toString(), !url.isSpecial());
        if (host == null) {
          return FAILURE;
        }
        if (host.equals("localhost")) {
          host = "";
        }
        url.host = host;
        if (stateOverride != NONE) {
          return RETURN;
        }
        buffer.setLength(0);
        state = PATH_START;
      }
    } else {
      buffer.appendCodePoint(c);
    }
    return CONTINUE;
  }

  private int pathStart(int c) {
    if (url.isSpecial()) {
      state = PATH;
      if (c != '/' && c != '\\') {
        pointer--;
      }
    } else if (stateOverride == NONE && c == '?') {
      url.query = "";
      state = QUERY;
    } else if (stateOverride == NONE && c == '#') {
      url.fragment = "";
      state = FRAGMENT;
    } else if (c != EOF) {
      state = PATH;
      if (c != '/') {
        pointer--;
      }
    } else if (stateOverride != NONE && url.host == null) {
      url.path.add("");
    }
    return CONTINUE;
  }

  private void path(int c) {
    boolean slash = c == '/' || url.isSpecial() && c == '\\';
    if (c == EOF || slash || stateOverride == NONE && (c == '?' || c == '#')) {
      String segment = buffer.toString();
      if (isDoubleDot(segment)) {
        shortenPath();
        if (!slash) {
          url.path.add("");
        }
      } else if (isSingleDot(segment) && !slash) {
        url.path.add("");
      } else if (!isSingleDot(segment)) {
        if (url.scheme.equals("file") && url.path.isEmpty() && isWindowsDriveLetter(segment)) {
          segment = segment.charAt(0) + ":";
        }
        url.path.add(segment);
      }
      buffer.setLength(0);
      if (c == '?') {
        url.query = "";
        state = QUERY;
      }
      if (c == '#') {
        url.fragment = "";
        state = FRAGMENT;
      }
    } else {
      PercentEncoding.encode(buffer, c, EncodeSet.PATH);
    }
  }

  private void query(int c) {
    if (stateOverride == NONE && c == '#' || c == EOF) {
      EncodeSet set = url.isSpecial() ? EncodeSet.SPECIAL_QUERY : EncodeSet.QUERY;
      url.query = url.query + PercentEncoding.encode(buffer.toString(), set);
      buffer.setLength(0);
      if (c == '#') {
        url.fragment = "";
        state = FRAGMENT;
      }
    } else if (c != EOF) {
      buffer.appendCodePoint(c);
    }
  }

  /** https://url.spec.whatwg.org/#shorten-a-urls-path */
  private void shortenPath() {
    if (url.scheme.equals("file") && url.path.size() == 1 && isNormalizedWindowsDriveLetter(url.path.get(0))) {
      return;
    }
    if (!url.path.isEmpty()) {
      url.path.remove(url.path.size() - 1);
    }
  }

  private boolean remainingStartsWith(char c) {
    return pointer + 1 < input.length && input[pointer + 1] == c;
  }

  /** https://url.spec.whatwg.org/#start-with-a-windows-drive-letter, for the input from {@code at}. */
  private boolean startsWithWindowsDriveLetter(int at) {
    if (at < 0 || input.length - at < 2) {
      return false;
    }
    if (!isAlpha(input[at]) || input[at + 1] != ':' && input[at + 1] != '|') {
      return false;
    }
    if (input.length - at == 2) {
      return true;
    }
    int third = input[at + 2];
    return third == '/' || third == '\\' || third == '?' || third == '#';
  }

  static boolean isWindowsDriveLetter(String s) {
    return s.length() == 2 && isAlpha(s.charAt(0)) && (s.charAt(1) == ':' || s.charAt(1) == '|');
  }

  static boolean isNormalizedWindowsDriveLetter(String s) {
    return s.length() == 2 && isAlpha(s.charAt(0)) && s.charAt(1) == ':';
  }

  private static boolean isSingleDot(String s) {
    return s.equals(".") || s.equalsIgnoreCase("%2e");
  }

  private static boolean isDoubleDot(String s) {
    switch (s.length()) {
      case 2:
        return s.equals("..");
      case 4:
        return s.equalsIgnoreCase(".%2e") || s.equalsIgnoreCase("%2e.");
      case 6:
        return s.equalsIgnoreCase("%2e%2e");
      default:
        return false;
    }
  }

  private static boolean isAlpha(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAlphanumeric(int c) {
    return isAlpha(c) || c >= '0' && c <= '9';
  }
}
