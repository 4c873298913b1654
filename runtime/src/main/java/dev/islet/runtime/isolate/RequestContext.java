package dev.islet.runtime.isolate;

import dev.islet.api.Outcome;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.runtime.loader.WorkerLimits;
import dev.islet.runtime.tail.TraceCollector;
import dev.islet.runtime.tail.TraceItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * One invocation of a worker (a fetch, an RPC call, a tail delivery, or the startup of its modules),
 * like workerd's IoContext: the tasks it runs, the CPU they took, its limits, its trace, the promises
 * passed to {@code ctx.waitUntil}, and the two futures its caller waits on: {@link #result()} (the
 * response or return value) and {@link #finished()} (the trace, once the response is out and every
 * waitUntil promise has settled).
 *
 * <p>Touched only on its isolate's loop thread, except {@link #result()} and {@link #finished()}.
 */
public final class RequestContext {
  /** What started the invocation. */
  public enum Kind { STARTUP, FETCH, RPC, INTERNAL }

  final WorkerIsolate worker;
  final Kind kind;
  final String entrypoint;
  final WorkerLimits limits;
  final TraceCollector trace = new TraceCollector();
  /** Neutral props ({@code ctx.props}); {@code Cloned.UNDEFINED} when none. */
  final Object props;
  private final CompletableFuture<Object> result = new CompletableFuture<>();
  private final CompletableFuture<TraceItem> finished = new CompletableFuture<>();
  private final List<Runnable> cleanups = new ArrayList<>();
  private TraceItem.Event event;
  long cpuNanos;
  int subrequests;
  private int waitUntilPending;
  private boolean responded;
  private boolean done;
  private Outcome outcome = Outcome.OK;
  private ScheduledFuture<?> wallTimer;

  RequestContext(WorkerIsolate worker, Kind kind, String entrypoint, WorkerLimits limits, Object props, TraceItem.Event event) {
    this.worker = worker;
    this.kind = kind;
    this.entrypoint = entrypoint;
    this.limits = limits;
    this.props = props;
    this.event = event;
  }

  /** Completes with the response ({@code Response}) or the return value (a Cloned value), or fails with a WorkerException. */
  public CompletableFuture<Object> result() {
    return result;
  }

  /** Completes with the trace when the invocation is completely done (never fails). */
  public CompletableFuture<TraceItem> finished() {
    return finished;
  }

  public boolean isGlobalScope() {
    return kind == Kind.STARTUP;
  }

  public boolean isDone() {
    return done;
  }

  public TraceCollector trace() {
    return trace;
  }

  public WorkerLimits limits() {
    return limits;
  }

  /** Counts one subrequest (outbound fetch or RPC call); false once the invocation's limit is used up. */
  public boolean countSubrequest() {
    subrequests++;
    return limits.subRequests() == 0 || subrequests <= limits.subRequests();
  }

  /** CPU time this invocation may still use, in ns (Long.MAX_VALUE when unlimited). */
  long cpuRemainingNanos(long defaultCpuMs) {
    long ms = limits.cpuMs() > 0 ? limits.cpuMs() : defaultCpuMs;
    if (ms <= 0) {
      return Long.MAX_VALUE;
    }
    return Math.max(1, ms * 1_000_000L - cpuNanos);
  }

  void setEvent(TraceItem.Event e) {
    event = e;
  }

  void setWallTimer(ScheduledFuture<?> timer) {
    wallTimer = timer;
  }

  /** Runs {@code r} when the invocation is done (cancel its timers, dispose its stubs…). */
  public void onDone(Runnable r) {
    if (done) {
      r.run();
    } else {
      cleanups.add(r);
    }
  }

  /** Delivers the response or return value. */
  void respond(Object value) {
    if (responded) {
      return;
    }
    responded = true;
    result.complete(value);
    maybeFinish();
  }

  /** Ends the invocation with a failure (a thrown error, a limit, a cancellation). */
  void fail(WorkerException e) {
    if (outcome == Outcome.OK) {
      outcome = e.outcome();
    }
    if (!responded) {
      responded = true;
      result.completeExceptionally(e);
    }
    if (e.outcome() != Outcome.EXCEPTION) {
      // A limit or a cancellation ends the invocation now: its waitUntil work is abandoned.
      waitUntilPending = 0;
    }
    maybeFinish();
  }

  /** Records an uncaught exception of work after the response (a waitUntil promise, a timer): logged, not fatal. */
  void reportException(String name, String message, String stack) {
    trace.exception(name, message, stack);
  }

  void waitUntilStarted() {
    waitUntilPending++;
  }

  void waitUntilSettled() {
    if (waitUntilPending > 0) {
      waitUntilPending--;
    }
    maybeFinish();
  }

  /**
   * The running task of this invocation ended (after its microtask checkpoint): a finish that waited for
   * it happens now, so what the checkpoint reported (unhandled rejections) is in the trace.
   */
  void taskEnded() {
    if (finishWaiting) {
      finishWaiting = false;
      maybeFinish();
    }
  }

  private boolean finishWaiting;

  private void maybeFinish() {
    if (done || !responded || waitUntilPending > 0) {
      return;
    }
    if (worker.current == this) {
      finishWaiting = true;
      return;
    }
    done = true;
    if (wallTimer != null) {
      wallTimer.cancel(false);
    }
    for (Runnable r : cleanups) {
      try {
        r.run();
      } catch (RuntimeException e) { // one cleanup failing must not keep the others from running
        worker.internalError(e);
      }
    }
    cleanups.clear();
    TraceItem t = trace.finish(event, outcome.jsName(), cpuNanos / 1_000_000, entrypoint, worker.id());
    worker.contextDone(this, t);
    finished.complete(t);
  }

  Outcome outcome() {
    return outcome;
  }

  TraceItem.Event event() {
    return event;
  }
}
