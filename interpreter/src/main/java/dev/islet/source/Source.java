package dev.islet.source;

/**
 * A piece of source code and the name it is reported under (a file name, a URL, {@code <eval>}).
 *
 * <p>Line terminators are those of ECMAScript: LF, CR, CRLF (one terminator), U+2028 and U+2029.
 * Lines and columns are 1-based; columns count UTF-16 units. The line lookups scan the text: they
 * serve error reports, while AST nodes already carry their line and column.
 *
 * <p>{@code dynamic} marks code a script made at run time (eval, the Function constructors): the
 * isolate owns its compiled form, so the heap limit counts it.
 */
public record Source(String name, String text, boolean dynamic) {
  public Source {
    if (name == null || text == null) {
      throw new IllegalArgumentException("Source name and text must not be null");
    }
  }

  /** Source given by the host (a script, a module). */
  public Source(String name, String text) {
    this(name, text, false);
  }

  /** The 1-based line of {@code offset} (an offset equal to the length is on the last line). */
  public int lineOf(int offset) {
    int end = clamp(offset);
    int line = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u2029') {
        line++;
      } else if (c == '\r') {
        if (i + 1 < end && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of {@code offset}, in UTF-16 units. */
  public int columnOf(int offset) {
    int end = clamp(offset);
    return end - lineStart(end) + 1;
  }

  /** The text of the 1-based {@code line} without its terminator, or "" when there is no such line. */
  public String lineText(int line) {
    int start = 0;
    int current = 1;
    int n = text.length();
    while (current < line) {
      if (start >= n) {
        return "";
      }
      char c = text.charAt(start++);
      if (c == '\r' && start < n && text.charAt(start) == '\n') {
        start++;
        current++;
      } else if (isLineTerminator(c)) {
        current++;
      }
    }
    int end = start;
    while (end < n && !isLineTerminator(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** The offset where the line holding {@code offset} starts. */
  public int lineStart(int offset) {
    int i = clamp(offset);
    while (i > 0 && !isLineTerminator(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** ECMAScript LineTerminator: LF, CR, LS, PS. */
  public static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
