package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostErrors;
import dev.islet.objects.HeapVisitor;
import dev.islet.realm.Realm;
import java.util.ArrayDeque;

/**
 * A queue of values with sizes — https://streams.spec.whatwg.org/#queue-with-sizes: the
 * [[queue]] and [[queueTotalSize]] slots of a controller.
 */
final class QueueWithSizes {
  private record Entry(Object value, double size) {}

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  double totalSize;

  /** EnqueueValueWithSize: the size must be a finite, non-negative number. */
  void enqueue(Realm realm, Object value, double size) {
    if (Double.isNaN(size) || size < 0 || Double.isInfinite(size)) {
      throw HostErrors.rangeError(realm, "The size of a chunk must be a finite, non-negative number");
    }
    entries.addLast(new Entry(value, size));
    totalSize += size;
  }

  /** DequeueValue */
  Object dequeue() {
    Entry e = entries.removeFirst();
    totalSize -= e.size;
    if (totalSize < 0) {
      totalSize = 0; // rounding errors
    }
    return e.value;
  }

  /** PeekQueueValue */
  Object peek() {
    return entries.peekFirst().value;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  /** ResetQueue */
  void reset() {
    entries.clear();
    totalSize = 0;
  }

  void trace(HeapVisitor v) {
    for (Entry e : entries) {
      v.visit(e.value);
    }
  }
}
