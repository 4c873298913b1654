package dev.islet.builtins.structured;

import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * A DataView instance — https://tc39.es/ecma262/#sec-properties-of-dataview-instances:
 * [[ViewedArrayBuffer]], [[ByteLength]] (or auto, tracking a resizable buffer) and [[ByteOffset]].
 */
public final class DataViewObject extends JsObject implements BufferView {
  /** [[ByteLength]] auto: the view tracks the length of its resizable buffer. */
  static final int AUTO = -1;

  final ArrayBufferObject buffer;
  final int byteOffset;
  final int byteLength;

  DataViewObject(Realm realm, Shape shape, ArrayBufferObject buffer, int byteOffset, int byteLength) {
    super(realm, shape);
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.byteLength = byteLength;
  }

  @Override
  public ArrayBufferObject viewedBuffer() {
    return buffer;
  }

  @Override
  public String className() {
    return "DataView";
  }

  /** IsViewOutOfBounds ( viewRecord ) — https://tc39.es/ecma262/#sec-isviewoutofbounds */
  boolean isOutOfBounds() {
    if (buffer.isDetached()) {
      return true;
    }
    long bufferByteLength = buffer.byteLength();
    long end = byteLength == AUTO ? bufferByteLength : (long) byteOffset + byteLength;
    return byteOffset > bufferByteLength || end > bufferByteLength;
  }

  /** GetViewByteLength ( viewRecord ), for a view that is not out of bounds. */
  int viewByteLength() {
    return byteLength == AUTO ? buffer.byteLength() - byteOffset : byteLength;
  }

  /** [[ByteOffset]] (for hosts reading the viewed bytes). */
  /** Whether the view tracks the length of its resizable buffer (created without a length). */
  public boolean isLengthTracking() {
    return byteLength == AUTO;
  }

  public int byteOffset() {
    return byteOffset;
  }

  /** The current byte length, or -1 when the view is out of bounds or its buffer detached (for hosts). */
  public int byteLengthOrOutOfBounds() {
    return isOutOfBounds() ? -1 : viewByteLength();
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(buffer);
  }
}
