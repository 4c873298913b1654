package dev.islet.runtime.loader;

import dev.islet.api.Outcome;
import dev.islet.runtime.tail.TraceItem;

/**
 * An invocation of a worker failed: its code threw (the error's name, message and, when the loader
 * shares stacks, JS stack), it exceeded a limit, or its worker was evicted, closed or terminated. It is
 * how every future of the Java API fails; no Java exception of the engine ever reaches the caller.
 */
public final class WorkerException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Outcome outcome;
  private final String errorName;
  private final String errorMessage;
  private final String errorStack;
  private final transient TraceItem trace;

  public WorkerException(Outcome outcome, String errorName, String errorMessage, String errorStack) {
    this(outcome, errorName, errorMessage, errorStack, null);
  }

  private WorkerException(Outcome outcome, String errorName, String errorMessage, String errorStack, TraceItem trace) {
    super(errorMessage == null || errorMessage.isEmpty() ? errorName : errorName + ": " + errorMessage, null, false, false);
    this.outcome = outcome;
    this.errorName = errorName;
    this.errorMessage = errorMessage == null ? "" : errorMessage;
    this.errorStack = errorStack == null ? "" : errorStack;
    this.trace = trace;
  }

  /** A failure that is not a thrown JS error: a limit, a cancellation, an eviction ({@code errorName} "Error"). */
  public static WorkerException ended(Outcome outcome, String message) {
    return new WorkerException(outcome, "Error", message, "");
  }

  /** The same failure with the invocation's trace attached. */
  public WorkerException withTrace(TraceItem t) {
    return new WorkerException(outcome, errorName, errorMessage, errorStack, t);
  }

  /** {@code EXCEPTION} for a thrown error; else the limit or cancellation that ended the invocation. */
  public Outcome outcome() {
    return outcome;
  }

  /** The JS error's name ({@code TypeError} …); {@code Error} for failures that were not thrown by JS. */
  public String errorName() {
    return errorName;
  }

  public String errorMessage() {
    return errorMessage;
  }

  /** The JS stack ("    at fn (file:line:col)" lines), empty unless stacks are shared. */
  public String errorStack() {
    return errorStack;
  }

  /** The invocation's trace, when the failure was delivered with it (the {@code *Traced} calls); else null. */
  public TraceItem trace() {
    return trace;
  }
}
