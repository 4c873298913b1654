package dev.islet.spectests.test262;

/** A test names a harness include that does not exist; the test is reported as failed. */
public final class HarnessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HarnessException(String message) {
    super(message);
  }
}
