package dev.islet.runtime.tail;

import java.util.List;

/**
 * What one invocation of a worker did, as workerd's tail workers see it: the event that started it,
 * its console lines and uncaught exceptions (in order, until the moment it ended, even when it was
 * terminated), its outcome and its CPU and wall time.
 *
 * @param event the event: {@link FetchEvent} or {@link RpcEvent}
 * @param eventTimestamp when the invocation started (epoch ms)
 * @param logs console lines, at most 128 KB of them (then {@code truncated})
 * @param exceptions uncaught exceptions and unhandled promise rejections
 * @param outcome {@code ok}, {@code exception}, {@code exceededCpu}, {@code exceededMemory},
 *     {@code exceededWallTime} or {@code canceled}
 * @param cpuTime CPU time in ms
 * @param wallTime wall-clock time in ms, until the response (and every waitUntil) was done
 * @param entrypoint the entrypoint's name ({@code default} or the export's name)
 * @param scriptName the worker's id, or null for an anonymous worker
 * @param truncated whether log lines were dropped past the 128 KB cap
 */
public record TraceItem(Event event, long eventTimestamp, List<Log> logs, List<ExceptionInfo> exceptions, String outcome,
    long cpuTime, long wallTime, String entrypoint, String scriptName, boolean truncated) {

  /** What started an invocation. */
  public sealed interface Event permits FetchEvent, RpcEvent {}

  /**
   * A fetch: the request (headers whose names suggest secrets are redacted) and the response status (0 when
   * there was no response).
   */
  public record FetchEvent(String method, String url, List<String[]> headers, int responseStatus) implements Event {}

  /** An RPC call of a method. */
  public record RpcEvent(String method) implements Event {}

  /**
   * One console line: its level ({@code debug}, {@code log}, {@code info}, {@code warn}, {@code error}) and its
   * arguments as JSON-like Java values (strings, numbers, booleans, null, lists and maps; values that are not
   * data are described as strings).
   */
  public record Log(long timestamp, String level, List<Object> message) {}

  /** An uncaught exception: the error's name, message and JS stack. */
  public record ExceptionInfo(long timestamp, String name, String message, String stack) {}
}
