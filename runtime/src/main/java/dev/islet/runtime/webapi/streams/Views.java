package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.BufferSources;
import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.DataViewObject;
import dev.islet.objects.JsObject;

/** ArrayBufferView slots read from Java: [[ViewedArrayBuffer]], [[ByteOffset]], [[ByteLength]]. */
final class Views {
  private Views() {}

  static ArrayBufferObject buffer(JsObject view) {
    return BufferSources.bufferOf(view);
  }

  static int byteOffset(JsObject view) {
    if (view instanceof TypedArrayObject t) {
      return t.lengthOrOutOfBounds() < 0 ? 0 : t.byteOffset();
    }
    return ((DataViewObject) view).byteOffset();
  }

  static int byteLength(JsObject view) {
    if (view instanceof TypedArrayObject t) {
      int len = t.lengthOrOutOfBounds();
      return len < 0 ? 0 : len * t.type().size;
    }
    int len = ((DataViewObject) view).byteLengthOrOutOfBounds();
    return Math.max(len, 0);
  }

  static int elementSize(JsObject view) {
    return BufferSources.elementSize(view);
  }
}
