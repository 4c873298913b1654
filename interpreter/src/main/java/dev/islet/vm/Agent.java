package dev.islet.vm;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.Budget;
import dev.islet.heap.Heap;
import dev.islet.heap.SizeEstimates;
import dev.islet.jobs.JobQueue;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeCode;
import dev.islet.objects.NativeFunction;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Symbol;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.SplittableRandom;

/**
 * One isolate's engine state (the spec's "agent"): heap account, CPU budget, interpreter, job
 * queue, symbol registry. Nothing here is shared with another agent. Single-threaded: an agent runs
 * on one thread at a time; only {@link Budget#cancel()} may be called from another thread.
 */
public final class Agent {
  /** Default maximum JS call depth; deeper recursion is a RangeError the script can catch. */
  public static final int DEFAULT_MAX_CALL_DEPTH = 20_000;
  /** Maximum nesting of Java re-entries (built-ins calling back into JS), so the Java stack cannot overflow. */
  public static final int DEFAULT_MAX_NATIVE_DEPTH = 400;

  public final Heap heap;
  public final Budget budget;
  public final Interpreter interpreter;
  public final JobQueue jobs;
  private final HashMap<String, Symbol> symbolRegistry = new HashMap<>();
  private final IdentityHashMap<JsObject, Boolean> joinStack = new IdentityHashMap<>();
  private HostHooks hostHooks = HostHooks.NONE;
  /**
   * Nesting of Proxy internal methods that forward to their target (builtins.reflection.ProxyObject):
   * a deep chain of proxies recurses in Java, so it is counted and bounded like JS re-entry.
   */
  public int proxyDepth;
  private final java.util.List<Realm> realms = new java.util.ArrayList<>(1);
  int maxCallDepth = DEFAULT_MAX_CALL_DEPTH;
  int maxNativeDepth = DEFAULT_MAX_NATIVE_DEPTH;
  private TimeSource timeSource = TimeSource.SYSTEM;
  private ZoneId timeZone = ZoneOffset.UTC;
  private SplittableRandom random;

  public Agent(Heap heap, Budget budget) {
    this.heap = heap;
    this.budget = budget;
    this.interpreter = new Interpreter(this);
    this.jobs = new JobQueue(this);
    heap.setMeter(new HeapMeter(this));
  }

  /** Called by each new Realm of this agent (its roots are traced for the heap limit). */
  public void registerRealm(Realm realm) {
    realms.add(realm);
  }

  public java.util.List<Realm> realms() {
    return realms;
  }

  public void setMaxCallDepth(int depth) {
    maxCallDepth = depth;
  }

  public void setMaxNativeDepth(int depth) {
    maxNativeDepth = depth;
  }

  /** The clock of Date.now() and new Date(). */
  public TimeSource timeSource() {
    return timeSource;
  }

  public void setTimeSource(TimeSource source) {
    timeSource = source == null ? TimeSource.SYSTEM : source;
  }

  /** The local time zone of Date (DefaultTimeZone): UTC unless the host sets one. */
  public ZoneId timeZone() {
    return timeZone;
  }

  public void setTimeZone(ZoneId zone) {
    timeZone = zone == null ? ZoneOffset.UTC : zone;
  }

  /** The generator behind Math.random: this agent's own, never shared with another isolate. */
  public SplittableRandom random() {
    SplittableRandom r = random;
    if (r == null) {
      r = random = new SplittableRandom();
    }
    return r;
  }

  /** Makes Math.random deterministic (tests, replays). */
  public void setRandomSeed(long seed) {
    random = new SplittableRandom(seed);
  }

  public HostHooks hostHooks() {
    return hostHooks;
  }

  public void setHostHooks(HostHooks hooks) {
    hostHooks = hooks == null ? HostHooks.NONE : hooks;
  }

  /**
   * The realm of the running JS code (the current Realm Record as far as script code goes), or
   * {@code fallback} when no JS frame is running. For exotic [[Call]] / [[Construct]] (Proxy), whose
   * errors belong to the caller's realm.
   */
  public Realm currentRealm(Realm fallback) {
    Frame f = interpreter.currentFrame();
    return f == null ? fallback : f.realm;
  }

  /** Runs a built-in function. */
  public Object callNative(NativeFunction f, NativeCode code, Object thisValue, Object[] args, JsObject newTarget) {
    return code.call(f.realm, thisValue, args, newTarget);
  }

  /** The [[Description]]-keyed registry of Symbol.for — per agent, never shared. */
  public Symbol symbolFor(String key) {
    Symbol s = symbolRegistry.get(key);
    if (s == null) {
      heap.charge(SizeEstimates.OBJECT + SizeEstimates.string(key.length()));
      s = new Symbol(key);
      symbolRegistry.put(key, s);
    }
    return s;
  }

  /** The registry's keys and symbols, for the live-set meter: registered symbols live as long as the agent. */
  void traceSymbolRegistry(dev.islet.objects.HeapVisitor v) {
    for (var e : symbolRegistry.entrySet()) {
      v.visit(e.getKey());
      v.visit(e.getValue());
    }
  }

  /** Symbol.keyFor: the registry key of {@code s}, or null. */
  public String keyFor(Symbol s) {
    String d = s.description();
    return d != null && symbolRegistry.get(d) == s ? d : null;
  }

  /** Records the current JS stack on a new Error object. */
  public void captureStack(ErrorObject e) {
    e.setStackFrames(interpreter.stackTrace(16));
  }

  /** Source text of a function for Function.prototype.toString, or null for built-ins. */
  public String sourceTextOf(JsObject f) {
    if (f instanceof ScriptFunction sf) {
      return sf.template.sourceText();
    }
    return null;
  }

  /** CreateDynamicFunction: the Function-family constructors compile source at run time. */
  public JsObject createDynamicFunction(Realm realm, JsObject newTarget, FunctionKind kind, Object[] args) {
    return hostHooks.dynamicFunctionsAllowed(realm)
        ? DynamicCode.createDynamicFunction(realm, newTarget, kind, args)
        : throwCodeGenerationDisallowed(realm);
  }

  private static JsObject throwCodeGenerationDisallowed(Realm realm) {
    throw Errors.error(realm, Msg.CODE_GENERATION_DISALLOWED);
  }

  /** Array.prototype.join cycle guard: false when {@code o} is already being joined. */
  public boolean enterJoin(Realm realm, JsObject o) {
    if (joinStack.containsKey(o)) {
      return false;
    }
    if (joinStack.size() > maxNativeDepth) {
      throw Errors.rangeError(realm, Msg.STACK_OVERFLOW);
    }
    joinStack.put(o, Boolean.TRUE);
    return true;
  }

  public void exitJoin(JsObject o) {
    joinStack.remove(o);
  }

  /**
   * A built-in appended {@code added} chars to a string it is building, now {@code newLength} long:
   * checks the length limit (RangeError) and charges the heap and the budget for the work.
   */
  public void chargeAppend(Realm realm, long newLength, long added) {
    if (newLength > JsStrings.MAX_LENGTH) {
      throw Errors.rangeError(realm, Msg.STRING_TOO_LONG);
    }
    heap.chargeGrowth(2 * added, 2 * newLength);
    budget.charge(1 + (added >> 4));
  }
}
