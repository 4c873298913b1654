package dev.islet.api;

/** An uncaught JS exception as the host sees it: the error's name, message and JS stack (no host frames). */
public record JsError(String name, String message, String stack) {
  @Override
  public String toString() {
    return message == null || message.isEmpty() ? name : name + ": " + message;
  }
}
