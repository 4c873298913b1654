package dev.islet.runtime.loader;

/**
 * Refused worker code (no modules, a bad module name or kind, code or env over the size limits, an
 * unknown compatibility date or flag). Its message is workerd's wording; a JS host sees the same text
 * as a TypeError.
 */
public final class WorkerCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public WorkerCodeException(String message) {
    super(message);
  }
}
