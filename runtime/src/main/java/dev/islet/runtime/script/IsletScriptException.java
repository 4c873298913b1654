package dev.islet.runtime.script;

import dev.islet.api.Outcome;
import javax.script.ScriptException;

/**
 * A script run that did not end {@code ok}: an uncaught JS error (with its name, message and JS stack), or an
 * isolate limit ({@code exceededCpu}, {@code exceededMemory}) or cancellation. Line and column are those of the
 * error's first stack frame or of the SyntaxError, where known.
 */
public final class IsletScriptException extends ScriptException {
  private final Outcome outcome;
  private final String errorName;
  private final String jsStack;

  IsletScriptException(Outcome outcome, String errorName, String message, String jsStack, String file, int line,
      int column) {
    super(message, file, line, column);
    this.outcome = outcome;
    this.errorName = errorName;
    this.jsStack = jsStack;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The JS error's name (TypeError, SyntaxError…), or null for a limit or cancellation. */
  public String errorName() {
    return errorName;
  }

  /** The JS stack frames ("    at f (file:line:col)" lines), empty when unknown. */
  public String jsStack() {
    return jsStack;
  }
}
