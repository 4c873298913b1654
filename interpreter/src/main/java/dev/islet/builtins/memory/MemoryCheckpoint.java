package dev.islet.builtins.memory;

import dev.islet.jobs.JobQueue;
import dev.islet.realm.Realm;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.IdentityHashMap;

/**
 * The per-agent state of WeakRef and FinalizationRegistry, run at every microtask checkpoint (a
 * {@link JobQueue.CheckpointHook}, created the first time a script uses either):
 * <ul>
 *   <li>[[KeptAlive]] — AddToKeptObjects / ClearKeptObjects
 *       (https://tc39.es/ecma262/#sec-addtokeptobjects): a WeakRef target that was just created or
 *       dereferenced stays alive until the current checkpoint ends, as HTML hosts do;
 *   <li>the {@link ReferenceQueue} every finalization cell is registered with: the JVM puts a cell
 *       there once its target is collected; the checkpoint moves such cells to their registry and
 *       enqueues one cleanup job per registry (HostEnqueueFinalizationRegistryCleanupJob).
 * </ul>
 * Cleanup callbacks therefore run in the checkpoint that follows a JVM collection of the target;
 * nothing runs on the JVM's own reference-handler thread.
 */
public final class MemoryCheckpoint implements JobQueue.CheckpointHook {
  final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final IdentityHashMap<Object, Boolean> keptAlive = new IdentityHashMap<>();

  private MemoryCheckpoint() {}

  /** The agent's instance, registered on first use. */
  static MemoryCheckpoint of(Realm realm) {
    return realm.agent.jobs.hook(MemoryCheckpoint.class, MemoryCheckpoint::new);
  }

  /** AddToKeptObjects ( value ) */
  void keep(Realm realm, Object target) {
    if (keptAlive.put(target, Boolean.TRUE) == null) {
      realm.heap.charge(dev.islet.heap.SizeEstimates.CELL);
    }
  }

  /** Kept objects are live until the checkpoint ends, whatever else refers to them. */
  @Override
  public void traceRoots(dev.islet.objects.HeapVisitor v) {
    for (Object target : keptAlive.keySet()) {
      v.visit(target);
    }
  }

  @Override
  public boolean checkpoint() {
    keptAlive.clear();
    boolean enqueued = false;
    Reference<?> r;
    while ((r = queue.poll()) != null) {
      enqueued |= ((FinalizationRegistryObject.Cell) r).targetCollected();
    }
    return enqueued;
  }
}
