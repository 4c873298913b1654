package dev.islet.runtime.tail;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the trace of one invocation while it runs: console lines (up to {@link #LOG_CAP} bytes, then
 * {@code truncated}) and uncaught exceptions, each with its timestamp. Every line is kept as it is
 * logged, so a trace ends with everything logged up to a termination.
 */
public final class TraceCollector {
  /** Log bytes kept per invocation, as workerd keeps for tail workers. */
  public static final int LOG_CAP = 128 * 1024;

  private final long startMillis = System.currentTimeMillis();
  private final long startNanos = System.nanoTime();
  private final List<TraceItem.Log> logs = new ArrayList<>();
  private final List<TraceItem.ExceptionInfo> exceptions = new ArrayList<>();
  private long logBytes;
  private boolean truncated;

  public long startMillis() {
    return startMillis;
  }

  /** Wall time since the invocation started, in ms. */
  public long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * Adds a console line of {@code size} bytes (the caller's measure of its text); dropped, and the trace
   * marked truncated, once the invocation has logged {@link #LOG_CAP} bytes.
   */
  public synchronized void log(String level, List<Object> message, long size) {
    if (truncated || logBytes + size > LOG_CAP) {
      truncated = true;
      return;
    }
    logBytes += size;
    logs.add(new TraceItem.Log(System.currentTimeMillis(), level, java.util.Collections.unmodifiableList(new ArrayList<>(message))));
  }

  /** Puts {@code earlier}'s logs and exceptions before this trace's own (startup logs join the first invocation). */
  public void prepend(TraceCollector earlier) {
    List<TraceItem.Log> l;
    List<TraceItem.ExceptionInfo> x;
    long bytes;
    boolean cut;
    synchronized (earlier) {
      l = new ArrayList<>(earlier.logs);
      x = new ArrayList<>(earlier.exceptions);
      bytes = earlier.logBytes;
      cut = earlier.truncated;
    }
    synchronized (this) {
      logs.addAll(0, l);
      exceptions.addAll(0, x);
      logBytes += bytes;
      truncated |= cut;
    }
  }

  public synchronized void exception(String name, String message, String stack) {
    exceptions.add(new TraceItem.ExceptionInfo(System.currentTimeMillis(), name, message, stack == null ? "" : stack));
  }

  public synchronized boolean truncated() {
    return truncated;
  }

  public synchronized List<TraceItem.Log> logs() {
    return List.copyOf(logs);
  }

  /** The finished trace. */
  public synchronized TraceItem finish(TraceItem.Event event, String outcome, long cpuMillis, String entrypoint, String scriptName) {
    return new TraceItem(event, startMillis, List.copyOf(logs), List.copyOf(exceptions), outcome, cpuMillis,
        elapsedMillis(), entrypoint, scriptName, truncated);
  }
}
