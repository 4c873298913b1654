package dev.islet.runtime.bindings;

import dev.islet.api.Outcome;
import dev.islet.runtime.loader.WorkerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Promise pipelining: a capability for "whatever {@code result} will be, at {@code prefix}". A call through
 * it waits for the result, walks the path through its data, and forwards the call to the stub found
 * there (or reads the data), so {@code stub.getCounter().increment()} needs no await in between.
 */
final class PipelineCapability implements Capability {
  private final CompletableFuture<Object> result;
  private final List<String> prefix;

  PipelineCapability(CompletableFuture<Object> result, List<String> prefix) {
    this.result = result;
    this.prefix = prefix;
  }

  @Override
  public CompletableFuture<Object> call(List<String> path, List<Object> args) {
    List<String> full = concat(prefix, path);
    return result.thenCompose(v -> walk(v, full, 0, args));
  }

  @Override
  public CompletableFuture<Object> get(List<String> path) {
    List<String> full = concat(prefix, path);
    return result.thenCompose(v -> walk(v, full, 0, null));
  }

  /** Follows {@code path} from {@code v}; hands the rest to the first capability on the way. */
  private static CompletableFuture<Object> walk(Object v, List<String> path, int i, List<Object> args) {
    Object cur = v;
    for (; i < path.size(); i++) {
      if (cur instanceof Capability c) {
        List<String> rest = path.subList(i, path.size());
        return args == null ? c.get(rest) : c.call(rest, args);
      }
      if (args != null && i == path.size() - 1) {
        return fail("TypeError", "\"" + path.get(i) + "\" is not a function on the RPC result.");
      }
      if (cur instanceof Map<?, ?> m) {
        cur = m.containsKey(path.get(i)) ? m.get(path.get(i)) : Cloned.UNDEFINED;
      } else if (cur instanceof List<?> l && isIndex(path.get(i), l.size())) {
        cur = l.get(Integer.parseInt(path.get(i)));
      } else if (cur == Cloned.UNDEFINED || cur == null) {
        return fail("TypeError", "Cannot read properties of " + cur + " (reading '" + path.get(i) + "')");
      } else {
        cur = Cloned.UNDEFINED;
      }
    }
    if (cur instanceof Capability c && args != null) {
      return c.call(List.of(), args);
    }
    if (args != null) {
      return fail("TypeError", "The RPC result is not a function.");
    }
    return CompletableFuture.completedFuture(cur);
  }

  private static boolean isIndex(String s, int size) {
    try {
      int n = Integer.parseInt(s);
      return n >= 0 && n < size;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static CompletableFuture<Object> fail(String name, String message) {
    return CompletableFuture.failedFuture(new WorkerException(Outcome.EXCEPTION, name, message, ""));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  @Override
  public void dispose() {
    result.thenAccept(v -> {
      if (v instanceof Capability c) {
        c.dispose();
      }
    });
  }
}
