package dev.islet.parser;

import dev.islet.source.Source;

/**
 * An early (parse-time) SyntaxError: where it is and what is wrong. {@link #getMessage()} reads
 * {@code name:line:column: SyntaxError: message}; {@link #sourceLineWithCaret()} shows the line.
 */
public final class SyntaxErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Source source;
  private final int offset;
  private final int line;
  private final int column;
  private final String rawMessage;

  public SyntaxErrorException(Source source, int offset, String rawMessage) {
    super(null, null, false, false);
    this.source = source;
    this.offset = offset;
    this.line = source.lineOf(offset);
    this.column = source.columnOf(offset);
    this.rawMessage = rawMessage;
  }

  public Source source() {
    return source;
  }

  /** UTF-16 offset of the error in the source text. */
  public int offset() {
    return offset;
  }

  /** 1-based line. */
  public int line() {
    return line;
  }

  /** 1-based column in UTF-16 units. */
  public int column() {
    return column;
  }

  /** The message alone, e.g. {@code Unexpected token '}'}. */
  public String rawMessage() {
    return rawMessage;
  }

  @Override
  public String getMessage() {
    return source.name() + ":" + line + ":" + column + ": SyntaxError: " + rawMessage;
  }

  /** The offending source line, then a line with {@code ^} under the column (tabs kept so it aligns). */
  public String sourceLineWithCaret() {
    String text = source.lineText(line);
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < text.length(); i++) {
      caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    for (int i = text.length(); i < column - 1; i++) {
      caret.append(' ');
    }
    return text + "\n" + caret + "^";
  }
}
