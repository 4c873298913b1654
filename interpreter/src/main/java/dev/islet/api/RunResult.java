package dev.islet.api;

/**
 * The result of a run: its outcome, the completion value (as a Java value: String, Double,
 * Boolean, null for undefined/null, or a description for objects), and the error when the outcome
 * is EXCEPTION.
 */
public record RunResult(Outcome outcome, Object value, JsError error, String detail) {
  public boolean isOk() {
    return outcome == Outcome.OK;
  }
}
