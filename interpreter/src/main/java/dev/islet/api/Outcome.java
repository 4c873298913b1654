package dev.islet.api;

/** How a run of an isolate ended. */
public enum Outcome {
  /** Completed normally. */
  OK("ok"),
  /** A JS exception was not caught (or the code had a SyntaxError). */
  EXCEPTION("exception"),
  /** The CPU-time or instruction budget ran out. */
  EXCEEDED_CPU("exceededCpu"),
  /** The memory limit was exceeded. */
  EXCEEDED_MEMORY("exceededMemory"),
  /** The host called {@link Isolate#terminate()}. */
  CANCELED("canceled"),
  /** The wall-clock limit of an invocation ran out. */
  EXCEEDED_WALL_TIME("exceededWallTime");

  private final String jsName;

  Outcome(String jsName) {
    this.jsName = jsName;
  }

  /** The name used in traces and by the CLI ({@code exceededCpu} …). */
  public String jsName() {
    return jsName;
  }
}
