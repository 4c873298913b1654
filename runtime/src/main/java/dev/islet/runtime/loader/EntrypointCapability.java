package dev.islet.runtime.loader;

import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.isolate.RequestContext;
import dev.islet.runtime.isolate.WorkerIsolate;
import dev.islet.runtime.tail.TraceItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A worker's entrypoint as a capability: HTTP ({@code fetch}) and RPC calls, each a new invocation of
 * the worker with this entrypoint's props and limits. The worker's isolate is looked up (and loaded if
 * needed) on every call.
 */
final class EntrypointCapability implements Capability {
  final WorkerHandle handle;
  final String name;
  final Object props;
  final WorkerLimits limits;

  EntrypointCapability(WorkerHandle handle, String name, Object props, WorkerLimits limits) {
    this.handle = handle;
    this.name = name;
    this.props = props;
    this.limits = limits;
  }

  @Override
  public boolean isFetcher() {
    return true;
  }

  @Override
  public CompletableFuture<Object> call(List<String> path, List<Object> args) {
    return start(w -> w.call(name, props, limits, path, args)).thenCompose(RequestContext::result);
  }

  @Override
  public CompletableFuture<Object> get(List<String> path) {
    return call(path, null);
  }

  @Override
  public CompletableFuture<Response> fetch(Request request) {
    return start(w -> w.fetch(name, props, limits, request)).thenCompose(ctx -> ctx.result().thenApply(v -> (Response) v));
  }

  /** Starts an invocation; the context gives both the result and the finished trace. */
  CompletableFuture<RequestContext> start(Function<WorkerIsolate, RequestContext> invocation) {
    return handle.isolate().thenApply(invocation);
  }

  /** The result and trace of an invocation, once it is completely done. */
  static <T> CompletableFuture<Invocation<T>> traced(CompletableFuture<RequestContext> started, Function<Object, T> convert) {
    return started.thenCompose(ctx -> ctx.finished().thenCompose(trace -> ctx.result().handle((v, e) -> {
      if (e != null) {
        Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        throw c instanceof WorkerException w ? w.withTrace(trace) : new java.util.concurrent.CompletionException(c);
      }
      return new Invocation<>(convert.apply(v), trace);
    })));
  }

}
