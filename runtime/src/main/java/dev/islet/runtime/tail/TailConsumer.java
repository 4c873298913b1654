package dev.islet.runtime.tail;

import java.util.List;

/**
 * Receives the traces of finished invocations (a tail worker, in workerd's terms). Called on a runtime
 * thread after each invocation completes; it must not block for long. An exception it throws is
 * ignored (a tail never affects the worker it watches).
 */
@FunctionalInterface
public interface TailConsumer {
  void tail(List<TraceItem> events);
}
