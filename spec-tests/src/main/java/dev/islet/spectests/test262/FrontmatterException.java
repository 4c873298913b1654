package dev.islet.spectests.test262;

/** A test's frontmatter is malformed or outside the YAML subset test262 uses; the test is reported as failed. */
public final class FrontmatterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FrontmatterException(String message) {
    super(message);
  }
}
