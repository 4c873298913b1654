package dev.islet.objects;

/**
 * An engine-internal holder of JS values that is not itself a JsObject (e.g. the per-key entry
 * table of WeakMap and WeakSet): the live-set meter counts its size and follows its references.
 */
public interface HeapTraceable {
  long estimatedSize();

  void traceReferences(HeapVisitor v);
}
