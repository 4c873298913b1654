package dev.islet.runtime.loader;

import dev.islet.api.Outcome;
import dev.islet.runtime.isolate.WorkerIsolate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The warm workers of a {@link Loader}, by id: at most {@code maxWarmWorkers} of them and about
 * {@code maxWarmMemory} bytes of heap, in least-recently-used order. Concurrent gets of an id share one
 * load (its code supplier runs once). Past the count bound the least recently used worker goes (idle
 * ones first); past the memory bound, idle ones go; workers unused for {@code idleTimeout} go too.
 * An evicted worker's isolate ends: calls still in flight on it fail with {@code canceled}, never hang.
 */
final class WarmCache {
  private static final class Entry {
    final String id;
    final CompletableFuture<WorkerIsolate> future = new CompletableFuture<>();
    volatile WorkerIsolate isolate;

    Entry(String id) {
      this.id = id;
    }
  }

  private final Loader loader;
  private final LoaderOptions options;
  /** Access-ordered: iteration starts at the least recently used. Guarded by {@code this}. */
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  WarmCache(Loader loader, LoaderOptions options) {
    this.loader = loader;
    this.options = options;
  }

  /** The isolate of {@code handle}'s id, warm or loaded now (once, however many callers ask). */
  CompletableFuture<WorkerIsolate> acquire(WorkerHandle handle) {
    Entry e;
    boolean load = false;
    synchronized (this) {
      e = entries.get(handle.id);
      if (e != null && e.isolate != null && !e.isolate.isAlive()) {
        entries.remove(handle.id);
        e = null;
      }
      if (e == null) {
        e = new Entry(handle.id);
        load = true;
      }
    }
    if (load) {
      makeRoom();
      synchronized (this) {
        Entry raced = entries.get(handle.id);
        if (raced != null) {
          return raced.future; // another caller made the entry while room was being made
        }
        entries.put(handle.id, e);
      }
    }
    if (load) {
      Entry entry = e;
      loader.start(handle).whenComplete((w, err) -> {
        if (err != null) {
          remove(entry);
          entry.future.completeExceptionally(err);
          return;
        }
        entry.isolate = w;
        entry.future.complete(w);
      });
    }
    return e.future;
  }

  private synchronized void remove(Entry e) {
    if (entries.get(e.id) == e) {
      entries.remove(e.id);
    }
  }

  /** The isolate ended by itself (a limit, a failed start): forget it. */
  void ended(WorkerIsolate w) {
    if (w.id() == null) {
      return;
    }
    boolean removed = false;
    synchronized (this) {
      Entry e = entries.get(w.id());
      if (e != null && e.isolate == w) {
        entries.remove(w.id());
        removed = true;
      }
    }
    if (removed) {
      notify(w.id(), EvictionListener.Reason.TERMINATED);
    }
  }

  /** Closes the warm worker {@code id} (Worker.close()). */
  void close(String id) {
    Entry e;
    synchronized (this) {
      e = entries.remove(id);
    }
    if (e != null) {
      e.future.thenAccept(WorkerIsolate::close);
    }
  }

  /** Evicts so that one more worker fits under the count bound (idle ones first). */
  private void makeRoom() {
    List<Entry> evicted = new ArrayList<>();
    synchronized (this) {
      while (entries.size() >= options.maxWarmWorkers() && !entries.isEmpty()) {
        Entry victim = lru(true);
        if (victim == null) {
          victim = lru(false);
        }
        entries.remove(victim.id);
        evicted.add(victim);
      }
    }
    for (Entry e : evicted) {
      evict(e, EvictionListener.Reason.CAPACITY);
    }
  }

  private volatile long lastMemoryCheck;

  /** After an invocation: checks the memory bound, at most every 20 ms (heaps grow while workers run). */
  void invocationDone() {
    long now = System.nanoTime();
    if (now - lastMemoryCheck > 20_000_000L) {
      lastMemoryCheck = now;
      enforceBounds();
    }
  }

  /** Evicts idle workers past the memory bound, least recently used first. */
  void enforceBounds() {
    List<Map.Entry<Entry, EvictionListener.Reason>> evicted = new ArrayList<>();
    synchronized (this) {
      long memory = memory();
      while (memory > options.maxWarmMemoryBytes()) {
        Entry victim = lru(true);
        if (victim == null) {
          break; // every warm worker is busy: memory is over its bound until one goes idle
        }
        entries.remove(victim.id);
        memory -= victim.isolate == null ? 0 : victim.isolate.heapUsed();
        evicted.add(Map.entry(victim, EvictionListener.Reason.MEMORY));
      }
    }
    for (Map.Entry<Entry, EvictionListener.Reason> v : evicted) {
      evict(v.getKey(), v.getValue());
    }
  }

  /** Evicts workers idle for longer than the idle timeout. */
  void sweepIdle() {
    long timeout = options.idleTimeout().toNanos();
    if (timeout <= 0) {
      return;
    }
    long now = System.nanoTime();
    List<Entry> evicted = new ArrayList<>();
    synchronized (this) {
      for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
        Entry e = it.next();
        WorkerIsolate w = e.isolate;
        if (w != null && w.inFlight() == 0 && now - w.lastUsedNanos() > timeout) {
          it.remove();
          evicted.add(e);
        }
      }
    }
    for (Entry e : evicted) {
      evict(e, EvictionListener.Reason.IDLE);
    }
    enforceBounds(); // heaps grow while workers run: the memory bound is checked again here
  }

  /** The least recently used loaded entry (only idle ones if {@code idleOnly}), or null. */
  private Entry lru(boolean idleOnly) {
    for (Entry e : entries.values()) {
      WorkerIsolate w = e.isolate;
      if (w == null) {
        continue; // still loading
      }
      if (!idleOnly || w.inFlight() == 0) {
        return e;
      }
    }
    if (!idleOnly) {
      return entries.values().iterator().next();
    }
    return null;
  }

  private long memory() {
    long sum = 0;
    for (Entry e : entries.values()) {
      WorkerIsolate w = e.isolate;
      if (w != null) {
        sum += w.heapUsed();
      }
    }
    return sum;
  }

  private void evict(Entry e, EvictionListener.Reason reason) {
    String message = switch (reason) {
      case CAPACITY, MEMORY, IDLE -> "The worker was evicted from the loader's warm cache.";
      case CLOSED -> "The loader was closed.";
      case TERMINATED -> "The worker was terminated.";
    };
    e.future.thenAccept(w -> w.terminate(Outcome.CANCELED, message));
    notify(e.id, reason);
  }

  private void notify(String id, EvictionListener.Reason reason) {
    try {
      options.evictionListener().evicted(id, reason);
    } catch (RuntimeException ex) { // a listener's failure must not break the cache
      if (Boolean.getBoolean("islet.debug")) {
        ex.printStackTrace();
      }
    }
  }

  /** Ends every warm worker (the loader is closing). */
  void closeAll() {
    List<Entry> all;
    synchronized (this) {
      all = new ArrayList<>(entries.values());
      entries.clear();
    }
    for (Entry e : all) {
      evict(e, EvictionListener.Reason.CLOSED);
      e.future.completeExceptionally(WorkerException.ended(Outcome.CANCELED, "The loader was closed."));
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long heapBytes() {
    return memory();
  }
}
