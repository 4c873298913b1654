package dev.islet.api.host;

import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.BufferView;
import dev.islet.builtins.structured.DataViewObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;

/**
 * BufferSource arguments (ArrayBuffer, SharedArrayBuffer, typed arrays, DataView) and byte results:
 * reading the bytes a JS value views, and making ArrayBuffers and Uint8Arrays from Java bytes, every
 * byte charged to the isolate before it is copied.
 */
public final class BufferSources {
  private BufferSources() {}

  /** A window on bytes: {@code data[offset .. offset + length)}. Valid until JS runs again. */
  public record Bytes(byte[] data, int offset, int length) {
    public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

    /** A copy of the window. */
    public byte[] copy() {
      return java.util.Arrays.copyOfRange(data, offset, offset + length);
    }
  }

  /** True for an ArrayBuffer (shared or not), a typed array or a DataView. */
  public static boolean isBufferSource(Object v) {
    return v instanceof ArrayBufferObject || v instanceof BufferView;
  }

  /** True for an ArrayBuffer or SharedArrayBuffer. */
  public static boolean isArrayBuffer(Object v) {
    return v instanceof ArrayBufferObject;
  }

  /** True for a typed array or DataView (an ArrayBufferView). */
  public static boolean isView(Object v) {
    return v instanceof BufferView;
  }

  /** True if {@code v} is a buffer source whose buffer is detached. */
  public static boolean isDetached(Object v) {
    ArrayBufferObject b = v instanceof ArrayBufferObject a ? a : v instanceof BufferView bv ? bv.viewedBuffer() : null;
    return b != null && b.isDetached();
  }

  /**
   * The bytes {@code v} views, without copying (an empty window for a detached buffer), or null if
   * {@code v} is not a buffer source.
   */
  public static Bytes view(Object v) {
    if (v instanceof ArrayBufferObject b) {
      byte[] d = b.data();
      return d == null ? Bytes.EMPTY : new Bytes(d, 0, b.byteLength());
    }
    if (v instanceof TypedArrayObject t) {
      ArrayBufferObject b = t.viewedBuffer();
      if (b.isDetached() || t.lengthOrOutOfBounds() < 0) {
        return Bytes.EMPTY;
      }
      return new Bytes(b.data(), t.byteOffset(), t.length() * t.type().size);
    }
    if (v instanceof DataViewObject dv) {
      int len = dv.byteLengthOrOutOfBounds();
      return len < 0 ? Bytes.EMPTY : new Bytes(dv.viewedBuffer().data(), dv.byteOffset(), len);
    }
    return null;
  }

  /** A copy of the bytes {@code v} views (charged to the heap), or null if it is not a buffer source. */
  public static byte[] copy(Realm realm, Object v) {
    Bytes b = view(v);
    if (b == null) {
      return null;
    }
    realm.heap.charge(dev.islet.heap.SizeEstimates.ARRAY_HEADER + b.length());
    realm.agent.budget.charge(1 + (b.length() >> 8));
    return b.copy();
  }

  /** A new ArrayBuffer holding a copy of {@code data[offset .. offset+length)}. */
  public static ArrayBufferObject newArrayBuffer(Realm realm, byte[] data, int offset, int length) {
    ArrayBufferObject ab = ArrayBufferObject.allocate(realm, null, length, -1);
    System.arraycopy(data, offset, ab.data(), 0, length);
    return ab;
  }

  public static ArrayBufferObject newArrayBuffer(Realm realm, byte[] data) {
    return newArrayBuffer(realm, data, 0, data.length);
  }

  /** A new Uint8Array over a new ArrayBuffer holding a copy of {@code data[offset .. offset+length)}. */
  public static JsObject newUint8Array(Realm realm, byte[] data, int offset, int length) {
    ArrayBufferObject ab = newArrayBuffer(realm, data, offset, length);
    return ObjectOperations.construct(realm, realm.intrinsic(Intrinsic.UINT8_ARRAY), new Object[] {ab}, null);
  }

  public static JsObject newUint8Array(Realm realm, byte[] data) {
    return newUint8Array(realm, data, 0, data.length);
  }

  /** A new view of {@code buffer} of the same kind as {@code like} (a typed array's type, or a DataView). */
  public static JsObject newViewLike(Realm realm, Object like, ArrayBufferObject buffer, int byteOffset, int elementLength) {
    Intrinsic ctor = like instanceof TypedArrayObject t ? constructorOf(t) : Intrinsic.DATA_VIEW;
    return ObjectOperations.construct(realm, realm.intrinsic(ctor), new Object[] {buffer, byteOffset, elementLength}, null);
  }

  /** The element size of a typed array, 1 for a DataView. */
  public static int elementSize(Object view) {
    return view instanceof TypedArrayObject t ? t.type().size : 1;
  }

  /** The viewed buffer of a typed array or DataView, else null. */
  public static ArrayBufferObject bufferOf(Object view) {
    return view instanceof BufferView bv ? bv.viewedBuffer() : null;
  }

  private static Intrinsic constructorOf(TypedArrayObject t) {
    return switch (t.type().typedArrayName) {
      case "Int8Array" -> Intrinsic.INT8_ARRAY;
      case "Uint8Array" -> Intrinsic.UINT8_ARRAY;
      case "Uint8ClampedArray" -> Intrinsic.UINT8_CLAMPED_ARRAY;
      case "Int16Array" -> Intrinsic.INT16_ARRAY;
      case "Uint16Array" -> Intrinsic.UINT16_ARRAY;
      case "Int32Array" -> Intrinsic.INT32_ARRAY;
      case "Uint32Array" -> Intrinsic.UINT32_ARRAY;
      case "Float16Array" -> Intrinsic.FLOAT16_ARRAY;
      case "Float32Array" -> Intrinsic.FLOAT32_ARRAY;
      case "Float64Array" -> Intrinsic.FLOAT64_ARRAY;
      case "BigInt64Array" -> Intrinsic.BIGINT64_ARRAY;
      case "BigUint64Array" -> Intrinsic.BIGUINT64_ARRAY;
      default -> throw new IllegalStateException(t.type().typedArrayName);
    };
  }
}
