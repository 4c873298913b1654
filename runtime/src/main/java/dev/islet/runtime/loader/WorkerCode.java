package dev.islet.runtime.loader;

import dev.islet.runtime.tail.TailConsumer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code of a worker and what it may touch, as workerd's {@code WorkerCode}: compatibility date and
 * flags, the main module and the module map, the {@code env} bindings, the {@code globalOutbound}, the
 * tail consumers and the limits. Immutable; {@link #builder()} validates with workerd's messages.
 *
 * <p>{@code env} values may be JSON-like Java values ({@code null}, Boolean, Number, String, byte[] as an
 * ArrayBuffer, List, Map with String keys), another worker's {@link Entrypoint}, a {@link Fetcher}, a
 * {@link Loader} (a {@code LOADER} binding), or a Java object whose methods marked
 * {@link dev.islet.runtime.bindings.Exposed @Exposed} become callable (nothing else of it is reachable).
 */
public final class WorkerCode {
  private final String compatibilityDate;
  private final List<String> compatibilityFlags;
  private final String mainModule;
  private final Map<String, ModuleSource> modules;
  private final Map<String, Object> env;
  private final Outbound globalOutbound;
  private final List<TailConsumer> tails;
  private final WorkerLimits limits;

  private WorkerCode(Builder b) {
    this.compatibilityDate = b.compatibilityDate;
    this.compatibilityFlags = List.copyOf(b.compatibilityFlags);
    this.mainModule = b.mainModule;
    this.modules = Collections.unmodifiableMap(new LinkedHashMap<>(b.modules));
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
    this.globalOutbound = b.globalOutbound;
    this.tails = List.copyOf(b.tails);
    this.limits = b.limits;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String compatibilityDate() {
    return compatibilityDate;
  }

  public List<String> compatibilityFlags() {
    return compatibilityFlags;
  }

  public String mainModule() {
    return mainModule;
  }

  /** The modules by name, in the order given. */
  public Map<String, ModuleSource> modules() {
    return modules;
  }

  /** The env bindings by name (values as given to the builder; unmodifiable map). */
  public Map<String, Object> env() {
    return env;
  }

  public Outbound globalOutbound() {
    return globalOutbound;
  }

  public List<TailConsumer> tails() {
    return tails;
  }

  public WorkerLimits limits() {
    return limits;
  }

  /** Builds a {@link WorkerCode}; {@link #build()} validates it. */
  public static final class Builder {
    private String compatibilityDate;
    private final List<String> compatibilityFlags = new ArrayList<>();
    private String mainModule;
    private final LinkedHashMap<String, ModuleSource> modules = new LinkedHashMap<>();
    /** Modules given as plain strings: their names must end in .js (workerd's rule). */
    private final Set<String> plainModules = new LinkedHashSet<>();
    private final LinkedHashMap<String, Object> env = new LinkedHashMap<>();
    private Outbound globalOutbound = Outbound.INHERIT;
    private final List<TailConsumer> tails = new ArrayList<>();
    private WorkerLimits limits = WorkerLimits.NONE;

    private Builder() {}

    /** The date whose behaviour the code expects ({@code YYYY-MM-DD}); later than the runtime knows is refused. */
    public Builder compatibilityDate(String date) {
      this.compatibilityDate = date;
      return this;
    }

    public Builder compatibilityFlags(String... flags) {
      compatibilityFlags.addAll(List.of(flags));
      return this;
    }

    public Builder mainModule(String name) {
      this.mainModule = name;
      return this;
    }

    /** An ES module given as a string: its name must end in {@code .js} (as in workerd). */
    public Builder module(String name, String source) {
      modules.put(name, ModuleSource.js(source));
      plainModules.add(name);
      return this;
    }

    /** A module of an explicit kind: {@link ModuleSource#js}, {@code cjs}, {@code text}, {@code data}, {@code json}. */
    public Builder module(String name, ModuleSource source) {
      modules.put(name, source);
      plainModules.remove(name);
      return this;
    }

    /** One {@code env} binding (see the class comment for the values allowed). */
    public Builder env(String name, Object value) {
      env.put(name, value);
      return this;
    }

    public Builder env(Map<String, ?> bindings) {
      env.putAll(bindings);
      return this;
    }

    /** {@link Outbound#INHERIT} (the default), {@link Outbound#BLOCKED}, or {@link Outbound#via}. */
    public Builder globalOutbound(Outbound outbound) {
      this.globalOutbound = outbound == null ? Outbound.BLOCKED : outbound;
      return this;
    }

    /** Every outbound request of the worker goes to {@code fetcher}. */
    public Builder globalOutbound(Fetcher fetcher) {
      return globalOutbound(fetcher == null ? Outbound.BLOCKED : Outbound.via(fetcher));
    }

    public Builder tail(TailConsumer consumer) {
      tails.add(consumer);
      return this;
    }

    public Builder limits(WorkerLimits limits) {
      this.limits = limits == null ? WorkerLimits.NONE : limits;
      return this;
    }

    /** Validates and builds; throws {@link WorkerCodeException} with workerd's message when the code is refused. */
    public WorkerCode build() {
      CodeValidation.validate(compatibilityDate, compatibilityFlags, mainModule, modules, plainModules);
      WorkerCode code = new WorkerCode(this);
      CodeValidation.checkEnvSize(code.env);
      return code;
    }
  }
}
