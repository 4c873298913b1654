package dev.islet.runtime.loader;

import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.bindings.CapabilitySource;
import dev.islet.runtime.bindings.JavaValues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One entrypoint of a worker (its default export or a named {@code WorkerEntrypoint}), with the props
 * and limits it was asked for: send it HTTP requests ({@link #fetch}) or call its methods ({@link #call}).
 * Every call is a new invocation; the futures complete on a runtime thread and fail only with
 * {@link WorkerException}. An entrypoint can be bound into another worker's {@code env} (it arrives as
 * a service binding) or be its {@code globalOutbound}.
 */
public final class Entrypoint implements CapabilitySource, Fetcher {
  private final EntrypointCapability capability;

  Entrypoint(EntrypointCapability capability) {
    this.capability = capability;
  }

  /** The entrypoint's name ("default" or the export's name). */
  public String name() {
    return capability.name;
  }

  /** Sends {@code request} to the entrypoint's {@code fetch} handler; completes with its response. */
  @Override
  public CompletableFuture<Response> fetch(Request request) {
    return Loader.settled(capability.fetch(request));
  }

  /** Calls the RPC method {@code method} with JSON-like arguments; completes with its (awaited) result. */
  public CompletableFuture<Object> call(String method, Object... args) {
    List<Object> cloned;
    try {
      cloned = clonedArgs(args);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new WorkerException(dev.islet.api.Outcome.EXCEPTION, "TypeError", e.getMessage(), ""));
    }
    return Loader.settled(capability.call(List.of(method), cloned).thenApply(JavaValues::toJava));
  }

  /** Like {@link #fetch}, completing once the invocation is completely done, with its trace. */
  public CompletableFuture<Invocation<Response>> fetchTraced(Request request) {
    return Loader.settled(EntrypointCapability.traced(
        capability.start(w -> w.fetch(capability.name, capability.props, capability.limits, request)), v -> (Response) v));
  }

  /** Like {@link #call}, completing once the invocation is completely done, with its trace. */
  public CompletableFuture<Invocation<Object>> callTraced(String method, Object... args) {
    List<Object> cloned;
    try {
      cloned = clonedArgs(args);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new WorkerException(dev.islet.api.Outcome.EXCEPTION, "TypeError", e.getMessage(), ""));
    }
    return Loader.settled(EntrypointCapability.traced(
        capability.start(w -> w.call(capability.name, capability.props, capability.limits, List.of(method), cloned)),
        JavaValues::toJava));
  }

  private static List<Object> clonedArgs(Object[] args) {
    List<Object> out = new ArrayList<>(args == null ? 0 : args.length);
    if (args != null) {
      for (Object a : args) {
        out.add(JavaValues.toCloned(a));
      }
    }
    return out;
  }

  @Override
  public Capability capability() {
    return capability;
  }

  @Override
  public String toString() {
    return "Entrypoint[" + capability.name + " of " + (capability.handle.id == null ? "an anonymous worker" : capability.handle.id) + "]";
  }
}
