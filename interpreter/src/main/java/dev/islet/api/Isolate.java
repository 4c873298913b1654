package dev.islet.api;

import dev.islet.bytecode.Code;
import dev.islet.errors.ErrorDescriptions;
import dev.islet.errors.JsThrow;
import dev.islet.heap.Budget;
import dev.islet.heap.Heap;
import dev.islet.heap.Termination;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.source.Source;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import dev.islet.vm.Agent;
import dev.islet.vm.FunctionInstance;

/**
 * An isolate: one realm with its own heap account, CPU budget and job queue. Runs untrusted
 * JavaScript; every run ends with one {@link Outcome}, and no Java exception, StackOverflowError or
 * OutOfMemoryError escapes to the caller. Not thread-safe, except {@link #terminate()}.
 */
public final class Isolate implements AutoCloseable {
  private final IsolateOptions options;
  private final Agent agent;
  private final Realm realm;
  private boolean closed;

  private Isolate(IsolateOptions options) {
    this.options = options;
    Heap heap = new Heap(options.memoryLimitBytes());
    Budget budget = new Budget();
    budget.setInstructionLimit(options.instructionLimit());
    budget.setCpuLimitNanos(options.cpuTimeLimitMillis() * 1_000_000L);
    this.agent = new Agent(heap, budget);
    agent.setMaxCallDepth(options.maxCallDepth());
    agent.jobs.setMaxPending(options.maxPendingJobs());
    this.realm = new Realm(agent);
  }

  public static Isolate create() {
    return new Isolate(IsolateOptions.defaults());
  }

  public static Isolate create(IsolateOptions options) {
    return new Isolate(options);
  }

  public IsolateOptions options() {
    return options;
  }

  /** The engine's realm, for code in this project that builds on the engine (runtime, conformance runners). */
  public Realm realm() {
    return realm;
  }

  /** Makes {@code fn} a global function named {@code name}. */
  public void defineGlobalFunction(String name, HostFunction fn) {
    JsObject g = realm.globalObject();
    NativeFunction f = new NativeFunction(realm, name, 0, (r, t, args, nt) -> {
      Object[] javaArgs = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        javaArgs[i] = toJava(args[i]);
      }
      return fromJava(fn.call(javaArgs));
    }, false);
    g.materialize();
    g.defineOwnProperty(realm, name, dev.islet.objects.PropertyDescriptor.data(f, Attributes.HIDDEN));
  }

  /** Evaluates a script, then runs pending jobs (microtasks). */
  public RunResult evaluate(String name, String source) {
    if (closed) {
      throw new IllegalStateException("isolate is closed");
    }
    agent.budget.start();
    return guard(() -> {
      Code code;
      try {
        code = ScriptCache.compile(new Source(name, source));
      } catch (SyntaxErrorException e) {
        return new RunResult(Outcome.EXCEPTION, null,
            new JsError("SyntaxError", e.rawMessage(), "    at " + name + ":" + e.line() + ":" + e.column()), e.getMessage());
      }
      Object v = agent.interpreter.runTopLevel(realm, code, new FunctionInstance(code.template), realm.globalObject(), null, null);
      agent.jobs.drain();
      return new RunResult(Outcome.OK, toJava(v), null, null);
    });
  }

  /**
   * Loads, links and evaluates a module graph rooted at {@code source} (named {@code name}), with
   * imports served by {@code host}, then runs pending jobs. A rejected evaluation (including top-level
   * await failures) is an EXCEPTION outcome.
   */
  public RunResult evaluateModule(String name, String source, dev.islet.modules.ModuleHost host) {
    if (closed) {
      throw new IllegalStateException("isolate is closed");
    }
    agent.budget.start();
    return guard(() -> {
      dev.islet.modules.Modules.setHost(realm, host);
      dev.islet.modules.ModuleRecord m;
      try {
        m = dev.islet.modules.Modules.parse(realm, name, source);
      } catch (SyntaxErrorException e) {
        return new RunResult(Outcome.EXCEPTION, null,
            new JsError("SyntaxError", e.rawMessage(), "    at " + name + ":" + e.line() + ":" + e.column()), e.getMessage());
      }
      dev.islet.modules.Modules.link(realm, m);
      dev.islet.builtins.control.PromiseObject p = dev.islet.modules.Modules.evaluate(realm, m);
      agent.jobs.drain();
      if (p.state() == dev.islet.builtins.control.PromiseObject.REJECTED) {
        throw new JsThrow(p.result());
      }
      return new RunResult(Outcome.OK, null, null, null);
    });
  }

  /** Calls the global function {@code name} with Java-valued arguments, then runs pending jobs. */
  public RunResult callGlobal(String name, Object... args) {
    if (closed) {
      throw new IllegalStateException("isolate is closed");
    }
    agent.budget.start();
    return guard(() -> {
      JsObject g = realm.globalObject();
      Object f = g.get(realm, name, g);
      if (!(f instanceof JsObject fn) || !fn.isCallable()) {
        return new RunResult(Outcome.EXCEPTION, null, new JsError("TypeError", name + " is not a function", ""), name + " is not a function");
      }
      Object[] jsArgs = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        jsArgs[i] = fromJava(args[i]);
      }
      Object v = fn.call(Undefined.INSTANCE, jsArgs);
      agent.jobs.drain();
      return new RunResult(Outcome.OK, toJava(v), null, null);
    });
  }

  /**
   * Runs host work that may call into JS (a timer callback, an event dispatched from an event loop),
   * then pending jobs, with the same guarantees as {@link #evaluate}: every way it can end becomes the
   * RunResult's outcome; nothing escapes to the caller.
   */
  public RunResult runTask(Runnable task) {
    if (closed) {
      throw new IllegalStateException("isolate is closed");
    }
    agent.budget.start();
    return guard(() -> {
      task.run();
      agent.jobs.drain();
      return new RunResult(Outcome.OK, null, null, null);
    });
  }

  /** Runs {@code body}, turning every way a run can end into a RunResult: nothing escapes to the host. */
  private RunResult guard(java.util.function.Supplier<RunResult> body) {
    try {
      return body.get();
    } catch (JsThrow t) {
      agent.jobs.clear();
      return new RunResult(Outcome.EXCEPTION, null, describe(t.value()), ErrorDescriptions.describe(t.value()));
    } catch (Termination t) {
      agent.jobs.clear();
      return new RunResult(switch (t.kind()) {
        case CPU -> Outcome.EXCEEDED_CPU;
        case MEMORY -> Outcome.EXCEEDED_MEMORY;
        case CANCELED -> Outcome.CANCELED;
        case WALL_TIME -> Outcome.EXCEEDED_WALL_TIME;
      }, null, null, t.getMessage());
    } catch (StackOverflowError e) {
      agent.jobs.clear();
      return new RunResult(Outcome.EXCEPTION, null, new JsError("RangeError", "Maximum call stack size exceeded", ""), "stack overflow");
    } catch (OutOfMemoryError e) {
      agent.jobs.clear();
      return new RunResult(Outcome.EXCEEDED_MEMORY, null, null, "the JVM ran out of memory");
    } catch (RuntimeException e) {
      agent.jobs.clear();
      if (Boolean.getBoolean("islet.debug")) {
        e.printStackTrace();
      }
      return new RunResult(Outcome.EXCEPTION, null, new JsError("InternalError", String.valueOf(e), ""), "engine error: " + e);
    }
  }

  /** Sets the local time zone of Date (DefaultTimeZone); UTC unless set. */
  public void setTimeZone(java.time.ZoneId zone) {
    agent.setTimeZone(zone);
  }

  /**
   * Sets the clock of Date.now() and new Date(): milliseconds since the epoch (the system clock
   * unless set). A host may freeze or coarsen it so scripts cannot time their surroundings.
   */
  public void setClock(java.util.function.LongSupplier epochMillis) {
    agent.setTimeSource(epochMillis == null ? null : epochMillis::getAsLong);
  }

  /** Stops the running code at its next check; safe to call from any thread. */
  public void terminate() {
    agent.budget.cancel();
  }

  @Override
  public void close() {
    closed = true;
    agent.jobs.clear();
  }

  private static JsError describe(Object thrown) {
    if (thrown instanceof JsObject o) {
      String name = ErrorDescriptions.dataString(o, "name");
      String message = ErrorDescriptions.dataString(o, "message");
      String stack = o instanceof ErrorObject e ? e.stackFrames() : "";
      return new JsError(name == null ? "Error" : name, message == null ? "" : message, stack);
    }
    return new JsError("Uncaught", ErrorDescriptions.describe(thrown), "");
  }

  static Object toJava(Object v) {
    if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
      return null;
    }
    if (JsStrings.isString(v)) {
      return JsStrings.flat(v);
    }
    if (v instanceof Integer i) {
      return i.doubleValue();
    }
    if (v instanceof Double || v instanceof Boolean) {
      return v;
    }
    if (v instanceof JsObject o) {
      return ErrorDescriptions.describe(o);
    }
    return String.valueOf(v);
  }

  static Object fromJava(Object v) {
    if (v == null) {
      return Undefined.INSTANCE;
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Double || v instanceof Integer) {
      return v;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return String.valueOf(v);
  }
}
