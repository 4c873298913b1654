package dev.islet.runtime.isolate;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.errors.JsThrow;
import dev.islet.heap.Budget;
import dev.islet.heap.Termination;
import dev.islet.modules.ModuleRecord;
import dev.islet.modules.Modules;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.eventloop.EventLoop;
import dev.islet.runtime.eventloop.LoopScheduler;
import dev.islet.runtime.loader.Fetcher;
import dev.islet.runtime.loader.LoaderOptions;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.WorkerCode;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.runtime.loader.WorkerLimits;
import dev.islet.runtime.tail.TraceItem;
import dev.islet.values.Undefined;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * A loaded worker: one engine {@link Isolate} (its realm, heap account and CPU budget), its module
 * graph, its {@code env}, and its {@link EventLoop}. Invocations (fetches, RPC calls) arrive from any
 * thread and run as tasks on the loop, each under its {@link RequestContext}.
 *
 * <p>The modules are evaluated lazily, by the first task. When a run ends in a {@link Termination}
 * (CPU, memory, wall time, cancel), the isolate is condemned: the invocation that caused it fails with
 * that outcome, every other invocation in flight fails with {@code canceled}, and the isolate is never
 * used again (its loader drops it; the next {@code get} loads a fresh one). Nothing thrown by the
 * engine escapes a task.
 */
public final class WorkerIsolate {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** What a worker needs from the loader that owns it. */
  public interface Services {
    LoopScheduler scheduler();

    LoaderOptions options();

    /** An invocation is done: deliver its trace to the loader's and the code's tail consumers. */
    void traced(WorkerIsolate worker, TraceItem trace);

    /** The isolate failed to start, was terminated or closed: forget it. Called once. */
    void ended(WorkerIsolate worker);

    /** The JS object of a binding that is not data (a {@code Loader} becomes a {@code LOADER} binding), or null. */
    Object bindingObject(WorkerIsolate worker, Realm realm, Object value);

    /** A capability for this worker's own entrypoint {@code name} with {@code props} ({@code ctx.exports}). */
    dev.islet.runtime.bindings.Capability loopback(WorkerIsolate worker, String name, Object props);

    /** A console line of the worker (for a host that shows logs as they happen). */
    default void console(WorkerIsolate worker, dev.islet.runtime.webapi.console.Console.Level level, String text) {}
  }

  private enum State { NEW, STARTING, READY, FAILED, DEAD }

  final Services services;
  final LoaderOptions options;
  private final String id;
  final WorkerCode code;
  /** Where global fetch() goes; null when blocked. */
  final Fetcher outbound;
  final EventLoop loop;
  private final Set<RequestContext> inFlight = ConcurrentHashMap.newKeySet();
  private final List<Runnable> waitingForStart = new ArrayList<>();
  private volatile State state = State.NEW;
  private volatile long lastUsedNanos = System.nanoTime();
  private volatile WorkerException endedWith;
  private WorkerException startupError;
  private Isolate isolate;
  Realm realm;
  IsolateGlobals globals;
  /** The main module's namespace, once evaluated. */
  JsObject mainNamespace;
  /** The invocation whose task is running (loop thread only). */
  volatile RequestContext current;
  /** Date.now() while code runs: the time the running task started. */
  private volatile long ioTime = System.currentTimeMillis();
  private volatile boolean running;
  /** Completes when the modules are evaluated; fails with the startup error. */
  private final java.util.concurrent.CompletableFuture<Void> ready = new java.util.concurrent.CompletableFuture<>();

  public WorkerIsolate(Services services, String id, WorkerCode code, Fetcher outbound) {
    this.services = services;
    this.options = services.options();
    this.id = id;
    this.code = code;
    this.outbound = outbound;
    this.loop = new EventLoop(services.scheduler(), this::internalError);
  }

  /** The worker's id ({@code LOADER.get(id, …)}), or null for an anonymous worker. */
  public String id() {
    return id;
  }

  public WorkerCode code() {
    return code;
  }

  /** Heap bytes charged to this isolate (an estimate; 0 before it started). */
  public long heapUsed() {
    Isolate i = isolate;
    return i == null ? 0 : i.realm().heap.used();
  }

  /** Invocations started and not yet done. */
  public int inFlight() {
    return inFlight.size();
  }

  public long lastUsedNanos() {
    return lastUsedNanos;
  }

  /** Whether the isolate can still take invocations (not failed, terminated or closed). */
  public boolean isAlive() {
    State s = state;
    return s != State.DEAD && s != State.FAILED;
  }

  // ================================================================== invocations

  /** Starts a fetch of {@code request} at the entrypoint {@code entrypoint} ("default" or an export's name). */
  public RequestContext fetch(String entrypoint, Object props, WorkerLimits limits, Request request) {
    TraceItem.Event event = new TraceItem.FetchEvent(request.method(), request.url(), Redaction.headers(request.headers()), 0);
    return invoke(RequestContext.Kind.FETCH, entrypoint, props, limits, event,
        ctx -> Entrypoints.fetch(this, ctx, request));
  }

  /**
   * Starts an RPC call: the method at the end of {@code path} with {@code args} (Cloned values), or, when
   * {@code args} is null, a read of the property at {@code path}.
   */
  public RequestContext call(String entrypoint, Object props, WorkerLimits limits, List<String> path, List<Object> args) {
    String method = path.isEmpty() ? "" : String.join(".", path);
    return invoke(RequestContext.Kind.RPC, entrypoint, props, limits, new TraceItem.RpcEvent(method),
        ctx -> Entrypoints.call(this, ctx, path, args));
  }

  /** Starts a call on an object this isolate exported (a function or RpcTarget someone holds a stub of). */
  RequestContext callExported(int handle, List<String> path, List<Object> args) {
    String method = path.isEmpty() ? "(function)" : String.join(".", path);
    return invoke(RequestContext.Kind.RPC, "(stub)", dev.islet.runtime.bindings.Cloned.UNDEFINED, WorkerLimits.NONE,
        new TraceItem.RpcEvent(method), ctx -> Entrypoints.callExported(this, ctx, globals.bindings.exported(handle), path, args));
  }

  /** Work an invocation runs in the isolate, on the loop thread. */
  @FunctionalInterface
  interface Work {
    void run(RequestContext ctx);
  }

  private RequestContext invoke(RequestContext.Kind kind, String entrypoint, Object props, WorkerLimits limits,
      TraceItem.Event event, Work work) {
    WorkerLimits effective = (limits == null ? WorkerLimits.NONE : limits).lower(code.limits());
    RequestContext ctx = new RequestContext(this, kind, entrypoint, effective, props, event);
    lastUsedNanos = System.nanoTime();
    WorkerException dead = endedWith;
    if (dead != null) {
      ctx.fail(dead);
      return ctx;
    }
    inFlight.add(ctx);
    if (endedWith != null) { // ended between the check and the add: make sure this one is not left hanging
      ctx.worker.loop.post(() -> ctx.fail(endedWith));
    }
    long wall = effective.wallTimeMs() > 0 ? effective.wallTimeMs() : options.wallTimeMs();
    if (wall > 0) {
      ctx.setWallTimer(services.scheduler().delay(() -> wallTimeExpired(ctx, wall), wall));
    }
    startOnce();
    loop.post(() -> {
      if (state == State.STARTING) {
        waitingForStart.add(() -> begin(ctx, work));
      } else {
        begin(ctx, work);
      }
    });
    return ctx;
  }

  private void startOnce() {
    if (state == State.NEW) {
      synchronized (this) {
        if (state == State.NEW) {
          state = State.STARTING;
          loop.post(this::startup);
        }
      }
    }
  }

  /**
   * Evaluates the modules now, if no invocation did yet: the future completes once they are, or fails
   * with the startup error (a SyntaxError, a throw in global scope, a limit) as the first call would.
   */
  public java.util.concurrent.CompletableFuture<Void> start() {
    WorkerException dead = endedWith;
    if (dead != null && state != State.READY) {
      return java.util.concurrent.CompletableFuture.failedFuture(dead);
    }
    startOnce();
    return ready;
  }

  private void begin(RequestContext ctx, Work work) {
    if (ctx.isDone()) {
      return;
    }
    RequestContext startup = pendingStartupLogs;
    if (startup != null) {
      pendingStartupLogs = null;
      ctx.trace.prepend(startup.trace);
    }
    if (state == State.FAILED) {
      ctx.fail(startupError);
      return;
    }
    if (state == State.DEAD) {
      ctx.fail(endedWith);
      return;
    }
    runTask(ctx, () -> work.run(ctx));
  }

  /** Posts JS work to the loop, to run under {@code ctx} (dropped if ctx is done or the isolate is dead). */
  public void post(RequestContext ctx, Runnable js) {
    loop.post(() -> {
      if (state != State.READY && state != State.STARTING || ctx != null && ctx.isDone() && ctx.kind != RequestContext.Kind.INTERNAL) {
        return;
      }
      runTask(ctx, js);
    });
  }

  /** Whether the calling thread runs this isolate's loop now. */
  public boolean inLoop() {
    return loop.inLoop();
  }

  // ================================================================== startup

  private void startup() {
    RequestContext ctx = new RequestContext(this, RequestContext.Kind.STARTUP, "startup",
        WorkerLimits.cpu(options.startupCpuMs()), dev.islet.runtime.bindings.Cloned.UNDEFINED, new TraceItem.RpcEvent("startup"));
    try {
      isolate = Isolate.create(IsolateOptions.defaults().withMemoryLimit(options.memoryLimitBytes())
          .withCpuTimeLimit(options.startupCpuMs()));
      realm = isolate.realm();
      if (options.freezeClock()) {
        isolate.setClock(() -> ioTime);
      }
      globals = IsolateGlobals.install(this);
    } catch (RuntimeException | Error e) {
      internalError(e);
      startFailed(WorkerException.ended(Outcome.EXCEPTION, "The worker could not be created: " + e));
      return;
    }
    runTask(ctx, () -> {
      ModuleRecord main = Modules.loadByName(realm, code.mainModule());
      Modules.link(realm, main);
      PromiseObject evaluated = Modules.evaluate(realm, main);
      PromiseOperations.then(realm, evaluated, v -> {
        mainNamespace = Modules.namespace(main);
        started(ctx);
        return Undefined.INSTANCE;
      }, e -> {
        startFailed(Errs.fromJs(realm, e, options.shareErrorStacks()));
        return Undefined.INSTANCE;
      });
    });
    if (state == State.STARTING && endedWith != null) {
      startFailed(endedWith);
    }
  }

  private void started(RequestContext startup) {
    state = State.READY;
    ready.complete(null);
    startup.respond(Undefined.INSTANCE);
    pendingStartupLogs = startup;
    List<Runnable> waiting = new ArrayList<>(waitingForStart);
    waitingForStart.clear();
    for (Runnable r : waiting) {
      r.run();
    }
  }

  /** The startup's trace: its logs go to the first invocation's trace, as workerd reports them. */
  private RequestContext pendingStartupLogs;

  private void startFailed(WorkerException e) {
    if (state == State.FAILED || state == State.DEAD) {
      return;
    }
    state = State.FAILED;
    startupError = e;
    ready.completeExceptionally(e);
    endedWith = e;
    List<Runnable> waiting = new ArrayList<>(waitingForStart);
    waitingForStart.clear();
    for (Runnable r : waiting) {
      r.run();
    }
    failAll(e, e);
    services.ended(this);
  }

  // ================================================================== running tasks

  /**
   * Runs JS work under {@code ctx} on the loop thread, then a microtask checkpoint, with the budget set
   * to what ctx may still use. JS errors become the invocation's exception; a termination condemns the
   * isolate; nothing escapes.
   */
  void runTask(RequestContext ctx, Runnable js) {
    if (state == State.DEAD || realm == null) {
      return;
    }
    RequestContext previous = current;
    current = ctx;
    running = true;
    ioTime = System.currentTimeMillis();
    Budget budget = realm.agent.budget;
    budget.setCpuLimitNanos(ctx == null ? options.cpuMs() * 1_000_000L : ctx.cpuRemainingNanos(options.cpuMs()));
    budget.start();
    long t0 = THREADS.getCurrentThreadCpuTime();
    try {
      try {
        js.run();
      } catch (JsThrow t) {
        uncaught(ctx, t.value());
      }
      realm.agent.jobs.drain();
      globals.reportUnhandledRejections();
      realm.agent.jobs.drain();
    } catch (JsThrow t) {
      // A job let a JS error escape (queueMicrotask callbacks do): an uncaught exception of this task.
      uncaught(ctx, t.value());
      drainAfterError(ctx);
    } catch (Termination t) {
      condemn(ctx, outcomeOf(t), Errs.terminationMessage(t));
    } catch (StackOverflowError e) {
      condemn(ctx, Outcome.EXCEPTION, "The worker overflowed the Java stack.");
    } catch (OutOfMemoryError e) {
      condemn(ctx, Outcome.EXCEEDED_MEMORY, Errs.MEMORY_MESSAGE);
    } catch (RuntimeException | Error e) {
      // An engine or runtime bug (or a broken class path): the isolate cannot be trusted, and the
      // invocations waiting on it must fail rather than hang.
      internalError(e);
      condemn(ctx, Outcome.EXCEPTION, "Internal error in the worker runtime.");
    } finally {
      long used = THREADS.getCurrentThreadCpuTime() - t0;
      if (ctx != null) {
        ctx.cpuNanos += used;
      }
      current = previous;
      running = false;
      lastUsedNanos = System.nanoTime();
    }
    if (ctx != null) {
      ctx.taskEnded();
    }
  }

  private void drainAfterError(RequestContext ctx) {
    try {
      realm.agent.jobs.drain();
    } catch (JsThrow t) {
      uncaught(ctx, t.value());
      realm.agent.jobs.clear();
    }
  }

  /** An error thrown out of a task: the invocation fails with it (or, after its response, it is logged). */
  void uncaught(RequestContext ctx, Object thrown) {
    WorkerException e = Errs.fromJs(realm, thrown, true);
    if (ctx == null) {
      return;
    }
    ctx.reportException(e.errorName(), e.errorMessage(), e.errorStack());
    if (ctx.kind == RequestContext.Kind.STARTUP) {
      startFailed(options.shareErrorStacks() ? e : Errs.withoutStack(e));
      return;
    }
    ctx.fail(options.shareErrorStacks() ? e : Errs.withoutStack(e));
  }

  private static Outcome outcomeOf(Termination t) {
    return switch (t.kind()) {
      case CPU -> Outcome.EXCEEDED_CPU;
      case MEMORY -> Outcome.EXCEEDED_MEMORY;
      case CANCELED -> Outcome.CANCELED;
      case WALL_TIME -> Outcome.EXCEEDED_WALL_TIME;
    };
  }

  // ================================================================== ending

  /** The culprit fails with {@code outcome}, every other invocation with {@code canceled}; the isolate is dead. */
  private void condemn(RequestContext culprit, Outcome outcome, String message) {
    WorkerException e = WorkerException.ended(outcome, message);
    if (culprit != null) {
      culprit.trace.exception("Error", message, "");
      if (culprit.kind == RequestContext.Kind.STARTUP) {
        startFailed(e);
        die(e);
        return;
      }
      culprit.fail(e);
    }
    die(WorkerException.ended(Outcome.CANCELED,
        "The worker was terminated because another invocation ended it (" + outcome.jsName() + ")."));
  }

  private void die(WorkerException forOthers) {
    if (state == State.DEAD) {
      return;
    }
    boolean wasFailed = state == State.FAILED;
    state = State.DEAD;
    ready.completeExceptionally(forOthers); // a no-op once the modules were evaluated
    if (endedWith == null) {
      endedWith = forOthers;
    }
    failAll(forOthers, forOthers);
    if (globals != null) {
      globals.shutdown();
    }
    if (realm != null) {
      realm.agent.jobs.clear();
    }
    if (!wasFailed) {
      services.ended(this);
    }
  }

  private void failAll(WorkerException e, WorkerException startupFailure) {
    for (RequestContext ctx : new ArrayList<>(inFlight)) {
      ctx.fail(ctx.kind == RequestContext.Kind.STARTUP ? startupFailure : e);
    }
  }

  /**
   * Ends the isolate from any thread: running code stops at its next budget check, and every
   * invocation in flight fails with {@code outcome} and {@code message}.
   */
  public void terminate(Outcome outcome, String message) {
    WorkerException e = WorkerException.ended(outcome, message);
    if (endedWith == null) {
      endedWith = e;
    }
    if (running && realm != null) {
      realm.agent.budget.cancel();
    }
    loop.post(() -> {
      if (state == State.STARTING) {
        startFailed(e);
      }
      die(e);
    });
  }

  private volatile boolean closeWhenIdle;

  /** Closes the worker once no invocation is in flight (those running now finish normally). */
  public void closeWhenIdle() {
    closeWhenIdle = true;
    loop.post(() -> {
      if (inFlight.isEmpty()) {
        close();
      }
    });
  }

  /** Closes the worker: in-flight invocations fail with {@code canceled} ("The worker was closed."). */
  public void close() {
    terminate(Outcome.CANCELED, "The worker was closed.");
  }

  private void wallTimeExpired(RequestContext ctx, long wallMs) {
    String message = Errs.wallTimeMessage(wallMs);
    loop.post(() -> {
      if (ctx.isDone()) {
        return;
      }
      ctx.trace.exception("Error", message, "");
      ctx.fail(WorkerException.ended(Outcome.EXCEEDED_WALL_TIME, message));
    });
    // If the invocation's own code is running now, stop it: the isolate cannot be trusted afterwards.
    if (running && current == ctx && realm != null) {
      realm.agent.budget.expireWallTime();
    }
  }

  /** Called by a context when it is done, on the loop thread. */
  void contextDone(RequestContext ctx, TraceItem trace) {
    inFlight.remove(ctx);
    lastUsedNanos = System.nanoTime();
    if (closeWhenIdle && inFlight.isEmpty()) {
      loop.post(this::close);
    }
    if (ctx.kind == RequestContext.Kind.STARTUP || ctx.kind == RequestContext.Kind.INTERNAL) {
      return;
    }
    services.traced(this, trace);
  }

  /** A bug of the runtime (not of the worker's code): printed when -Dislet.debug=true. */
  void internalError(Throwable t) {
    if (Boolean.getBoolean("islet.debug")) {
      t.printStackTrace();
    }
  }

  /** Schedules {@code task} on the loop after {@code delayMillis} (for timers). */
  ScheduledFuture<?> delay(long delayMillis, Runnable task) {
    return services.scheduler().delay(() -> loop.post(task), delayMillis);
  }

  @Override
  public String toString() {
    return "Worker[" + (id == null ? "anonymous" : id) + " " + state + "]";
  }
}
