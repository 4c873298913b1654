package dev.islet.objects;

/**
 * Receives the references an object holds, for measuring an isolate's live set (see
 * {@code vm.HeapMeter}). {@link #visit} accepts any value; only engine-owned objects are followed.
 */
@FunctionalInterface
public interface HeapVisitor {
  void visit(Object reference);
}
