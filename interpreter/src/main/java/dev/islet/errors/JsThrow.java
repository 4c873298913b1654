package dev.islet.errors;

/**
 * A JavaScript exception in flight: a Java exception carrying the thrown JS value. It has no Java
 * stack trace (the JS stack is captured by the Error object when it is created), so throwing it is
 * cheap.
 */
public final class JsThrow extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Object value;

  public JsThrow(Object value) {
    super(null, null, false, false);
    this.value = value;
  }

  /** The thrown JS value. */
  public Object value() {
    return value;
  }

  @Override
  public String getMessage() {
    return ErrorDescriptions.describe(value);
  }
}
