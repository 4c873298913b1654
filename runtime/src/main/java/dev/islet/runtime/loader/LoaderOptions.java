package dev.islet.runtime.loader;

import dev.islet.runtime.tail.TailConsumer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link Loader} runs workers: the warm cache's bounds, each isolate's limits, the outbound of
 * workers that inherit it, tail consumers that see every invocation, and which Workers rules apply.
 * Immutable; {@link #builder()} starts from the defaults.
 *
 * <p>Workers rules, each on by default as in workerd and each a switch here: no {@code eval} or
 * {@code new Function} once the modules have been evaluated ({@link Builder#allowEval}); {@code Date.now()}
 * frozen while code runs ({@link Builder#freezeClock}); no timers, outbound I/O or random values in
 * global scope ({@link Builder#allowGlobalScopeIo}).
 */
public final class LoaderOptions {
  final int maxWarmWorkers;
  final long maxWarmMemoryBytes;
  final Duration idleTimeout;
  final long memoryLimitBytes;
  final long cpuMs;
  final long startupCpuMs;
  final long wallTimeMs;
  final int threads;
  final Outbound outbound;
  final List<TailConsumer> tails;
  final boolean allowEval;
  final boolean freezeClock;
  final boolean allowGlobalScopeIo;
  final boolean shareErrorStacks;
  final EvictionListener evictionListener;
  final ConsoleSink consoleSink;

  /** Sees every console line of every worker as it is logged (traces get them too). */
  @FunctionalInterface
  public interface ConsoleSink {
    void write(String workerId, dev.islet.runtime.webapi.console.Console.Level level, String text);
  }

  private LoaderOptions(Builder b) {
    this.maxWarmWorkers = b.maxWarmWorkers;
    this.maxWarmMemoryBytes = b.maxWarmMemoryBytes;
    this.idleTimeout = b.idleTimeout;
    this.memoryLimitBytes = b.memoryLimitBytes;
    this.cpuMs = b.cpuMs;
    this.startupCpuMs = b.startupCpuMs;
    this.wallTimeMs = b.wallTimeMs;
    this.threads = b.threads;
    this.outbound = b.outbound;
    this.tails = List.copyOf(b.tails);
    this.allowEval = b.allowEval;
    this.freezeClock = b.freezeClock;
    this.allowGlobalScopeIo = b.allowGlobalScopeIo;
    this.shareErrorStacks = b.shareErrorStacks;
    this.evictionListener = b.evictionListener;
    this.consoleSink = b.consoleSink;
  }

  public static LoaderOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxWarmWorkers() {
    return maxWarmWorkers;
  }

  public long maxWarmMemoryBytes() {
    return maxWarmMemoryBytes;
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }

  public long memoryLimitBytes() {
    return memoryLimitBytes;
  }

  public long cpuMs() {
    return cpuMs;
  }

  public long startupCpuMs() {
    return startupCpuMs;
  }

  public long wallTimeMs() {
    return wallTimeMs;
  }

  public int threads() {
    return threads;
  }

  public Outbound outbound() {
    return outbound;
  }

  public List<TailConsumer> tails() {
    return tails;
  }

  public boolean allowEval() {
    return allowEval;
  }

  public boolean freezeClock() {
    return freezeClock;
  }

  public boolean allowGlobalScopeIo() {
    return allowGlobalScopeIo;
  }

  public boolean shareErrorStacks() {
    return shareErrorStacks;
  }

  public EvictionListener evictionListener() {
    return evictionListener;
  }

  public ConsoleSink consoleSink() {
    return consoleSink;
  }

  /** Builds {@link LoaderOptions}. */
  public static final class Builder {
    private int maxWarmWorkers = 1_000;
    private long maxWarmMemoryBytes = 1L << 30;
    private Duration idleTimeout = Duration.ofMinutes(5);
    private long memoryLimitBytes = 128L << 20;
    private long cpuMs = 30_000;
    private long startupCpuMs = 1_000;
    private long wallTimeMs;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Outbound outbound = Outbound.BLOCKED;
    private final List<TailConsumer> tails = new ArrayList<>();
    private boolean allowEval;
    private boolean freezeClock = true;
    private boolean allowGlobalScopeIo;
    private boolean shareErrorStacks;
    private EvictionListener evictionListener = (id, reason) -> {};
    private ConsoleSink consoleSink = (id, level, text) -> {};

    private Builder() {}

    /** Warm workers kept by id (default 1,000); past it the least recently used idle ones are evicted. */
    public Builder maxWarmWorkers(int n) {
      this.maxWarmWorkers = Math.max(1, n);
      return this;
    }

    /** Heap of all warm workers together (default 1 GiB); past it the least recently used idle ones are evicted. */
    public Builder maxWarmMemory(long bytes) {
      this.maxWarmMemoryBytes = Math.max(1, bytes);
      return this;
    }

    /** Warm workers unused this long are evicted (default 5 minutes; zero keeps them). */
    public Builder idleTimeout(Duration d) {
      this.idleTimeout = d == null ? Duration.ZERO : d;
      return this;
    }

    /** Heap limit of each isolate (default 128 MiB); past it the isolate ends with {@code exceededMemory}. */
    public Builder memoryLimit(long bytes) {
      this.memoryLimitBytes = bytes;
      return this;
    }

    /** CPU time of an invocation when its code sets no {@code cpuMs} (default 30,000 ms). */
    public Builder cpuMs(long ms) {
      this.cpuMs = ms;
      return this;
    }

    /** CPU time for evaluating a worker's modules (default 1,000 ms). */
    public Builder startupCpuMs(long ms) {
      this.startupCpuMs = ms;
      return this;
    }

    /** Wall-clock time of an invocation when its code sets none (default: no limit); outcome {@code exceededWallTime}. */
    public Builder wallTimeMs(long ms) {
      this.wallTimeMs = ms;
      return this;
    }

    /** Threads that run isolates (default: one per processor). */
    public Builder threads(int n) {
      this.threads = Math.max(1, n);
      return this;
    }

    /** The outbound of workers whose code inherits it (default {@link Outbound#BLOCKED}). */
    public Builder outbound(Outbound o) {
      this.outbound = o == null ? Outbound.BLOCKED : o;
      return this;
    }

    /** A consumer of every invocation's trace, of every worker this loader runs. */
    public Builder tail(TailConsumer consumer) {
      tails.add(consumer);
      return this;
    }

    /** Allows {@code eval} and {@code new Function} while handling requests (workerd allows them only at startup). */
    public Builder allowEval(boolean on) {
      this.allowEval = on;
      return this;
    }

    /** Whether {@code Date.now()} stays still while code runs and advances only across I/O (default true). */
    public Builder freezeClock(boolean on) {
      this.freezeClock = on;
      return this;
    }

    /** Allows timers, outbound fetches and random values in global scope (workerd refuses them). */
    public Builder allowGlobalScopeIo(boolean on) {
      this.allowGlobalScopeIo = on;
      return this;
    }

    /** Whether errors crossing out of a worker carry their JS stack (default false, as workerd). */
    public Builder shareErrorStacks(boolean on) {
      this.shareErrorStacks = on;
      return this;
    }

    /** Told whenever a warm worker leaves the cache (and why). */
    public Builder onEviction(EvictionListener listener) {
      this.evictionListener = listener == null ? (id, reason) -> {} : listener;
      return this;
    }

    /** Sees every console line of every worker as it is logged (islet serve prints them). */
    public Builder consoleSink(ConsoleSink sink) {
      this.consoleSink = sink == null ? (id, level, text) -> {} : sink;
      return this;
    }

    public LoaderOptions build() {
      return new LoaderOptions(this);
    }
  }
}
