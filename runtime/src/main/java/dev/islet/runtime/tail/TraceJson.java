package dev.islet.runtime.tail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Traces as JSON-like values: what a JS tail worker's {@code tail(events)} receives (workerd's
 * TraceItem shape: {@code event.request}/{@code event.response} for fetches, {@code event.rpcMethod}
 * for RPC), and what {@code islet serve} prints.
 */
public final class TraceJson {
  private TraceJson() {}

  public static Map<String, Object> of(TraceItem t) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> event = new LinkedHashMap<>();
    if (t.event() instanceof TraceItem.FetchEvent f) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("method", f.method());
      request.put("url", f.url());
      Map<String, Object> headers = new LinkedHashMap<>();
      for (String[] h : f.headers()) {
        headers.merge(h[0], h[1], (a, b) -> a + ", " + b);
      }
      request.put("headers", headers);
      event.put("request", request);
      if (f.responseStatus() != 0) {
        event.put("response", Map.of("status", (double) f.responseStatus()));
      }
    } else if (t.event() instanceof TraceItem.RpcEvent r) {
      event.put("rpcMethod", r.method());
    }
    out.put("event", event);
    out.put("eventTimestamp", (double) t.eventTimestamp());
    List<Object> logs = new ArrayList<>();
    for (TraceItem.Log l : t.logs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("timestamp", (double) l.timestamp());
      m.put("level", l.level());
      m.put("message", new ArrayList<>(l.message()));
      logs.add(m);
    }
    out.put("logs", logs);
    List<Object> exceptions = new ArrayList<>();
    for (TraceItem.ExceptionInfo e : t.exceptions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("timestamp", (double) e.timestamp());
      m.put("name", e.name());
      m.put("message", e.message());
      m.put("stack", e.stack());
      exceptions.add(m);
    }
    out.put("exceptions", exceptions);
    out.put("outcome", t.outcome());
    out.put("cpuTime", (double) t.cpuTime());
    out.put("wallTime", (double) t.wallTime());
    out.put("entrypoint", t.entrypoint());
    out.put("scriptName", t.scriptName());
    out.put("truncated", t.truncated());
    return out;
  }

  /** A list of traces as JSON-like values. */
  public static List<Object> of(List<TraceItem> items) {
    List<Object> out = new ArrayList<>(items.size());
    for (TraceItem t : items) {
      out.add(of(t));
    }
    return out;
  }
}
