package dev.islet.heap;

/**
 * Ends a run of an isolate: a limit was exceeded or the host canceled it. It is a Java
 * {@link Error}, not a JS exception: the interpreter's handlers only catch JS throws, so no JS
 * {@code catch} or {@code finally} runs while it unwinds, and library code that (wrongly) catches
 * {@code RuntimeException} cannot swallow it either. The embedding API turns it into an outcome.
 */
public final class Termination extends Error {
  private static final long serialVersionUID = 1L;

  /** Why the run ended. */
  public enum Kind {
    /** The CPU-time or instruction budget ran out. */
    CPU,
    /** The heap limit was exceeded even after measuring the live set. */
    MEMORY,
    /** The host called terminate(). */
    CANCELED,
    /** The wall-clock limit of an invocation ran out. */
    WALL_TIME
  }

  private final Kind kind;

  public Termination(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
