package dev.islet.builtins.memory;

import dev.islet.errors.JsThrow;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * A FinalizationRegistry instance: [[Realm]], [[CleanupCallback]] and [[Cells]] —
 * https://tc39.es/ecma262/#sec-properties-of-finalization-registry-instances.
 *
 * <p>Each cell is a JVM weak reference to its target, registered with the agent's
 * {@link MemoryCheckpoint} queue; the registry holds its cells strongly (a reference object must be
 * reachable to be enqueued). The unregister token is held weakly, the held value strongly.
 */
public final class FinalizationRegistryObject extends JsObject {
  final Realm realm;
  final JsObject cleanupCallback;
  /** Registered cells whose target may still be alive. */
  final ArrayList<Cell> cells = new ArrayList<>();
  /** Cells whose target was collected, waiting for the cleanup job. */
  final ArrayDeque<Cell> collected = new ArrayDeque<>();
  private boolean cleanupScheduled;

  FinalizationRegistryObject(Realm realm, Shape shape, JsObject cleanupCallback) {
    super(realm, shape);
    this.realm = realm;
    this.cleanupCallback = cleanupCallback;
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(cleanupCallback);
    for (Cell c : cells) {
      v.visit(c.heldValue);
    }
    for (Cell c : collected) {
      v.visit(c.heldValue);
    }
  }

  @Override
  public long estimatedSize() {
    return super.estimatedSize() + 2L * SizeEstimates.OBJECT * (cells.size() + collected.size());
  }

  @Override
  public String className() {
    return "FinalizationRegistry";
  }

  /** A Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] }. */
  static final class Cell extends WeakReference<Object> {
    final FinalizationRegistryObject registry;
    final Object heldValue;
    /** The unregister token, or null for ~empty~. */
    final WeakReference<Object> token;
    /** Position in {@code registry.cells}, or -1 once removed (unregistered or collected). */
    int index;

    Cell(FinalizationRegistryObject registry, Object target, Object heldValue, Object token, MemoryCheckpoint checkpoint) {
      super(target, checkpoint.queue);
      this.registry = registry;
      this.heldValue = heldValue;
      this.token = token == null ? null : new WeakReference<>(token);
    }

    /** The JVM collected the target: queue the held value for the registry's cleanup job. */
    boolean targetCollected() {
      if (index < 0) {
        return false;
      }
      registry.remove(this);
      registry.collected.add(this);
      return registry.scheduleCleanup();
    }
  }

  void register(Realm realm, Object target, Object heldValue, Object token) {
    realm.heap.charge(SizeEstimates.OBJECT * 2L);
    Cell c = new Cell(this, target, heldValue, token, MemoryCheckpoint.of(realm));
    c.index = cells.size();
    cells.add(c);
  }

  /** Removes every cell registered with {@code token}; true if there was one. */
  boolean unregister(Realm realm, Object token) {
    boolean removed = false;
    for (int i = cells.size() - 1; i >= 0; i--) {
      Cell c = cells.get(i);
      if (c.token != null && c.token.get() == token) {
        remove(c);
        removed = true;
      }
    }
    realm.agent.budget.charge(1 + cells.size() / 16);
    // Cells whose target is gone but whose callback has not run yet are still in [[Cells]].
    return collected.removeIf(c -> c.token != null && c.token.get() == token) || removed;
  }

  private void remove(Cell c) {
    int i = c.index;
    Cell last = cells.remove(cells.size() - 1);
    if (last != c) {
      cells.set(i, last);
      last.index = i;
    }
    c.index = -1;
    c.clear();
  }

  /** HostEnqueueFinalizationRegistryCleanupJob ( finalizationRegistry ); false if one is already pending. */
  private boolean scheduleCleanup() {
    if (cleanupScheduled) {
      return false;
    }
    cleanupScheduled = true;
    realm.agent.jobs.enqueue(this::cleanup);
    return true;
  }

  /** CleanupFinalizationRegistry ( finalizationRegistry ) — https://tc39.es/ecma262/#sec-cleanup-finalization-registry */
  private void cleanup() {
    cleanupScheduled = false;
    Cell c;
    while ((c = collected.pollFirst()) != null) {
      try {
        cleanupCallback.call(Undefined.INSTANCE, new Object[] {c.heldValue});
      } catch (JsThrow t) {
        // Reported like any job's uncaught exception; the remaining cells get a job of their own.
        if (!collected.isEmpty()) {
          scheduleCleanup();
        }
        throw t;
      }
    }
  }
}
