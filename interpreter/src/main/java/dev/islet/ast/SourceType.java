package dev.islet.ast;

/** The goal symbol a Program was parsed with. */
public enum SourceType {
  SCRIPT("script"),
  MODULE("module");

  private final String text;

  SourceType(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
