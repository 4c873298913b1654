package dev.islet.builtins.structured;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.SameValue;
import dev.islet.values.Undefined;

/**
 * An ArrayBuffer or SharedArrayBuffer instance — https://tc39.es/ecma262/#sec-arraybuffer-objects:
 * [[ArrayBufferData]] (a Java byte array), [[ArrayBufferByteLength]], [[ArrayBufferMaxByteLength]]
 * and [[ArrayBufferDetachKey]]. A resizable buffer reallocates its bytes when it grows; a growable
 * shared buffer keeps its bytes in a {@link SharedBlock} that never moves. Every byte is charged to
 * the isolate's heap before it is allocated.
 */
public final class ArrayBufferObject extends JsObject {
  /** The largest byte length this engine allocates (a Java array bound); larger requests are RangeErrors. */
  public static final int MAX_BYTE_LENGTH = Integer.MAX_VALUE - 16;

  private byte[] data;
  private int byteLength;
  /** [[ArrayBufferMaxByteLength]] of a resizable or growable buffer; -1 for a fixed-length one. */
  private final int maxByteLength;
  private final SharedBlock block;
  private boolean detached;
  private Object detachKey = Undefined.INSTANCE;

  private ArrayBufferObject(Realm realm, Shape shape, byte[] data, int byteLength, int maxByteLength, SharedBlock block) {
    super(realm, shape);
    this.data = data;
    this.byteLength = byteLength;
    this.maxByteLength = maxByteLength;
    this.block = block;
  }

  @Override
  public String className() {
    return block != null ? "SharedArrayBuffer" : "ArrayBuffer";
  }

  // ------------------------------------------------------------------ slots

  /** The bytes ([[ArrayBufferData]]); null when detached. Only indices below {@link #byteLength()} are in the buffer. */
  public byte[] data() {
    return block != null ? block.data : data;
  }

  /** ArrayBufferByteLength ( arrayBuffer, order ): 0 when detached. */
  public int byteLength() {
    return block != null ? block.length() : byteLength;
  }

  /** IsDetachedBuffer ( arrayBuffer ) */
  public boolean isDetached() {
    return detached;
  }

  /** IsSharedArrayBuffer ( obj ) */
  public boolean isShared() {
    return block != null;
  }

  /** IsFixedLengthArrayBuffer ( arrayBuffer ) */
  public boolean isFixedLength() {
    return maxByteLength < 0;
  }

  /** [[ArrayBufferMaxByteLength]], or the byte length of a fixed-length buffer. */
  public int maxByteLength() {
    return maxByteLength < 0 ? byteLength() : maxByteLength;
  }

  public Object detachKey() {
    return detachKey;
  }

  /** The shared block of a SharedArrayBuffer (to share it with another agent), else null. */
  public SharedBlock sharedBlock() {
    return block;
  }

  /** True when both buffers view the same bytes (the same object, or one shared block). */
  public boolean sameBytes(ArrayBufferObject other) {
    return other == this || block != null && other.block == block;
  }

  @Override
  public long estimatedSize() {
    byte[] d = data();
    return super.estimatedSize() + (d == null ? 0 : SizeEstimates.ARRAY_HEADER + d.length);
  }

  // ------------------------------------------------------------------ abstract operations

  /** CreateByteDataBlock ( size ): zeroed bytes, charged to the heap before they exist. */
  static byte[] createByteDataBlock(Realm realm, long size) {
    if (size > MAX_BYTE_LENGTH) {
      throw Errors.rangeError(realm, Msg.ARRAY_BUFFER_ALLOCATION, Long.toString(size));
    }
    realm.heap.charge(SizeEstimates.ARRAY_HEADER + size);
    realm.agent.budget.charge(1 + (size >> 8));
    return new byte[(int) size];
  }

  /**
   * AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] ) — https://tc39.es/ecma262/#sec-allocatearraybuffer.
   * {@code maxByteLength} is -1 for a fixed-length buffer; {@code constructor} null means %ArrayBuffer%.
   */
  public static ArrayBufferObject allocate(Realm realm, JsObject constructor, long byteLength, long maxByteLength) {
    if (maxByteLength >= 0 && byteLength > maxByteLength) {
      throw Errors.rangeError(realm, Msg.ARRAY_BUFFER_LENGTH_EXCEEDS_MAX);
    }
    JsObject proto = constructor == null ? realm.intrinsic(Intrinsic.ARRAY_BUFFER_PROTOTYPE)
        : ObjectOperations.getPrototypeFromConstructor(realm, constructor, Intrinsic.ARRAY_BUFFER_PROTOTYPE);
    byte[] bytes = createByteDataBlock(realm, byteLength);
    if (maxByteLength > MAX_BYTE_LENGTH) {
      throw Errors.rangeError(realm, Msg.ARRAY_BUFFER_ALLOCATION, Long.toString(maxByteLength));
    }
    return new ArrayBufferObject(realm, JsObject.rootShape(realm, proto), bytes, (int) byteLength, (int) maxByteLength, null);
  }

  /** AllocateSharedArrayBuffer ( constructor, byteLength [ , maxByteLength ] ): a growable block is allocated at its maximum. */
  public static ArrayBufferObject allocateShared(Realm realm, JsObject constructor, long byteLength, long maxByteLength) {
    if (maxByteLength >= 0 && byteLength > maxByteLength) {
      throw Errors.rangeError(realm, Msg.ARRAY_BUFFER_LENGTH_EXCEEDS_MAX);
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, constructor, Intrinsic.SHARED_ARRAY_BUFFER_PROTOTYPE);
    byte[] bytes = createByteDataBlock(realm, maxByteLength >= 0 ? maxByteLength : byteLength);
    SharedBlock b = new SharedBlock(bytes, (int) byteLength, (int) maxByteLength);
    return new ArrayBufferObject(realm, JsObject.rootShape(realm, proto), null, 0, (int) maxByteLength, b);
  }

  /**
   * A SharedArrayBuffer of {@code realm} over an existing shared block: how another agent (e.g. a
   * test262 {@code $262.agent} worker) receives a buffer that was broadcast to it.
   */
  public static ArrayBufferObject sharedFromBlock(Realm realm, SharedBlock block) {
    JsObject proto = realm.intrinsic(Intrinsic.SHARED_ARRAY_BUFFER_PROTOTYPE);
    block.addHolder();
    return new ArrayBufferObject(realm, JsObject.rootShape(realm, proto), null, 0, block.maxLength, block);
  }

  /**
   * DetachArrayBuffer ( arrayBuffer [ , key ] ) — https://tc39.es/ecma262/#sec-detacharraybuffer.
   * Also the host operation behind test262's {@code $262.detachArrayBuffer(buffer)} (key undefined).
   * Throws a TypeError for anything but a non-shared ArrayBuffer or for a wrong key.
   */
  public static void detachArrayBuffer(Realm realm, Object buffer, Object key) {
    if (!(buffer instanceof ArrayBufferObject b) || b.isShared()) {
      throw Errors.typeError(realm, Msg.NOT_AN_ARRAY_BUFFER, Describe.value(buffer));
    }
    if (!SameValue.sameValue(b.detachKey, key)) {
      throw Errors.typeError(realm, Msg.ARRAY_BUFFER_DETACH_KEY);
    }
    b.detach();
  }

  void detach() {
    data = null;
    byteLength = 0;
    detached = true;
  }

  void setDetachKey(Object key) {
    detachKey = key;
  }

  /** Resizes a resizable buffer in place (the caller checked the bounds): new bytes are zero. */
  void resize(Realm realm, int newByteLength) {
    byte[] d = data;
    if (newByteLength > d.length) {
      realm.heap.charge(newByteLength - (long) d.length);
      realm.agent.budget.charge(1 + (newByteLength >> 8));
      data = java.util.Arrays.copyOf(d, newByteLength);
    } else if (newByteLength < byteLength) {
      // Shrinking keeps the storage; the bytes past the new length must read as zero if it grows again.
      java.util.Arrays.fill(d, newByteLength, byteLength, (byte) 0);
    }
    byteLength = newByteLength;
  }

  /** Takes this buffer's bytes for a transfer of the same length: no copy; this buffer is detached. */
  byte[] takeBytes() {
    byte[] d = data;
    detach();
    return d;
  }

  /**
   * The host operation TransferArrayBuffer of the Streams and HTML specs: a new ArrayBuffer of
   * %ArrayBuffer% holding this buffer's bytes (not copied), this buffer detached. The caller checks
   * that it is neither detached nor shared and has no detach key.
   */
  public ArrayBufferObject transfer(Realm realm) {
    int len = byteLength;
    int max = maxByteLength;
    return adopt(realm, takeBytes(), len, max);
  }

  /** A new, fixed-length or resizable ArrayBuffer of %ArrayBuffer% that adopts {@code bytes}. */
  static ArrayBufferObject adopt(Realm realm, byte[] bytes, int byteLength, int maxByteLength) {
    JsObject proto = realm.intrinsic(Intrinsic.ARRAY_BUFFER_PROTOTYPE);
    return new ArrayBufferObject(realm, JsObject.rootShape(realm, proto), bytes, byteLength, maxByteLength, null);
  }
}
