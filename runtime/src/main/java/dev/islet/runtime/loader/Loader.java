package dev.islet.runtime.loader;

import dev.islet.api.Outcome;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.bindings.HostBinding;
import dev.islet.runtime.isolate.LoaderBinding;
import dev.islet.runtime.eventloop.LoopScheduler;
import dev.islet.runtime.isolate.WorkerIsolate;
import dev.islet.runtime.tail.TailConsumer;
import dev.islet.runtime.tail.TraceItem;
import dev.islet.runtime.webapi.console.Console;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs workers: Cloudflare's Worker Loader (workerd's {@code WorkerLoader}) for Java.
 *
 * <pre>{@code
 * try (Loader loader = Loader.create()) {
 *   Worker w = loader.get("hello", () -> WorkerCode.builder()
 *       .compatibilityDate("2026-03-01")
 *       .mainModule("index.js")
 *       .module("index.js", "export default { fetch() { return new Response('Hello'); } }")
 *       .build());
 *   Response r = w.getEntrypoint().fetch(Request.get("http://example.com/")).join();
 * }
 * }</pre>
 *
 * <p>{@link #get} returns a stub at once; the code supplier runs only when no warm worker has that id,
 * on the first call through the stub, once however many callers race. {@link #load} makes a fresh
 * anonymous worker. A {@code Loader} bound into a worker's {@code env} is that worker's {@code LOADER}.
 */
public final class Loader implements AutoCloseable, HostBinding {
  private final LoaderOptions options;
  private final LoopScheduler scheduler;
  private final WarmCache cache;
  private final Services services = new Services();
  private final Fetcher outbound;
  private volatile boolean closed;
  /** Every isolate not yet ended (warm or anonymous): closing the loader ends them all. */
  private final java.util.Set<WorkerIsolate> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Loader(LoaderOptions options) {
    this.options = options;
    this.scheduler = new LoopScheduler(options.threads(), "islet-loop");
    this.cache = new WarmCache(this, options);
    this.outbound = options.outbound() instanceof Outbound.Via v ? v.fetcher() : null;
    scheduleSweep();
  }

  public static Loader create() {
    return new Loader(LoaderOptions.defaults());
  }

  public static Loader create(LoaderOptions options) {
    return new Loader(options == null ? LoaderOptions.defaults() : options);
  }

  public LoaderOptions options() {
    return options;
  }

  /**
   * A stub of the worker {@code id}: the warm one if there is one, else one loaded from
   * {@code code.get()} at the first call (a supplier failure fails that call). A null id is
   * {@link #load}.
   */
  public Worker get(String id, Supplier<WorkerCode> code) {
    return new Worker(handle(id, () -> {
      try {
        return CompletableFuture.completedFuture(code.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }, outbound));
  }

  /** A stub of a new anonymous worker running {@code code} (never cached). */
  public Worker load(WorkerCode code) {
    return new Worker(handle(null, () -> CompletableFuture.completedFuture(code), outbound));
  }

  /** A stub whose code comes asynchronously (the JS loader binding's getCode callback). */
  public Worker getAsync(String id, Supplier<CompletableFuture<WorkerCode>> code, Fetcher inherited) {
    return new Worker(handle(id, code, inherited));
  }

  private WorkerHandle handle(String id, Supplier<CompletableFuture<WorkerCode>> code, Fetcher inherited) {
    if (closed) {
      throw new IllegalStateException("the loader is closed");
    }
    return new WorkerHandle(this, id, code, inherited);
  }

  /** Warm workers now. */
  public int warmCount() {
    return cache.size();
  }

  /** Heap of the warm workers now (bytes, estimated). */
  public long warmHeapBytes() {
    return cache.heapBytes();
  }

  WarmCache cache() {
    return cache;
  }

  /** Loads the code of {@code handle} and makes its isolate (not started: it starts with its first call). */
  CompletableFuture<WorkerIsolate> start(WorkerHandle handle) {
    if (closed) {
      return CompletableFuture.failedFuture(WorkerException.ended(Outcome.CANCELED, "The loader was closed."));
    }
    CompletableFuture<WorkerCode> code;
    try {
      code = handle.code.get();
    } catch (RuntimeException e) {
      code = CompletableFuture.failedFuture(e);
    }
    return code.handle((c, e) -> {
      if (e != null) {
        throw new CompletionException(asWorkerException(e));
      }
      Fetcher out = c.globalOutbound() instanceof Outbound.Via v ? v.fetcher()
          : c.globalOutbound() instanceof Outbound.Blocked ? null : handle.inherited;
      WorkerIsolate w = new WorkerIsolate(services, handle.id, c, out);
      live.add(w);
      if (closed) {
        w.close();
      }
      return w;
    });
  }

  /** A future that fails only with {@link WorkerException}. */
  static <T> CompletableFuture<T> settled(CompletableFuture<T> f) {
    return f.handle((v, e) -> {
      if (e != null) {
        throw asWorkerException(e);
      }
      return v;
    });
  }

  static WorkerException asWorkerException(Throwable e) {
    Throwable c = e;
    while ((c instanceof CompletionException || c instanceof java.util.concurrent.ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof WorkerException w) {
      return w;
    }
    if (c instanceof WorkerCodeException w) {
      return new WorkerException(Outcome.EXCEPTION, "TypeError", w.getMessage(), "");
    }
    return new WorkerException(Outcome.EXCEPTION, "Error", c.getMessage() == null ? c.toString() : c.getMessage(), "");
  }

  private void scheduleSweep() {
    long every = Math.max(1_000, options.idleTimeout().toMillis() / 4);
    scheduler.delay(() -> {
      if (!closed) {
        cache.sweepIdle();
        scheduleSweep();
      }
    }, every);
  }

  /** Closes every worker (calls in flight fail with {@code canceled}) and stops the loader's threads. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    cache.closeAll();
    for (WorkerIsolate w : live) {
      w.terminate(Outcome.CANCELED, "The loader was closed.");
    }
    // Give the loops a moment to run the tasks that fail what was in flight, then stop the threads.
    scheduler.delay(scheduler::close, 200);
  }

  /** The runtime's side of every worker this loader runs. */
  private final class Services implements WorkerIsolate.Services {
    @Override
    public LoopScheduler scheduler() {
      return scheduler;
    }

    @Override
    public LoaderOptions options() {
      return options;
    }

    @Override
    public void traced(WorkerIsolate worker, TraceItem trace) {
      if (worker.id() != null) {
        cache.invocationDone();
      }
      deliver(options.tails(), trace);
      deliver(worker.code().tails(), trace);
    }

    private void deliver(List<TailConsumer> consumers, TraceItem trace) {
      for (TailConsumer c : consumers) {
        try {
          c.tail(List.of(trace));
        } catch (RuntimeException e) { // a tail never affects the worker it watches
          if (Boolean.getBoolean("islet.debug")) {
            e.printStackTrace();
          }
        }
      }
    }

    @Override
    public void ended(WorkerIsolate worker) {
      live.remove(worker);
      cache.ended(worker);
    }

    @Override
    public Object bindingObject(WorkerIsolate worker, Realm realm, Object value) {
      return value instanceof Loader l ? LoaderBinding.create(l, worker, realm) : null;
    }

    @Override
    public Capability loopback(WorkerIsolate worker, String name, Object props) {
      return new EntrypointCapability(new WorkerHandle(Loader.this, worker), name, props, WorkerLimits.NONE);
    }

    @Override
    public void console(WorkerIsolate worker, Console.Level level, String text) {
      options.consoleSink().write(worker.id(), level, text);
    }
  }
}
