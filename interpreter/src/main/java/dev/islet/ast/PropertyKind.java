package dev.islet.ast;

/** The kind of an object-literal Property. */
public enum PropertyKind {
  INIT("init"),
  GET("get"),
  SET("set");

  private final String text;

  PropertyKind(String text) {
    this.text = text;
  }

  /** The source text (ESTree value). */
  public String text() {
    return text;
  }
}
