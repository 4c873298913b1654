package dev.islet.builtins.structured;

/** An object with a [[ViewedArrayBuffer]] internal slot: a typed array or a DataView (ArrayBuffer.isView). */
public interface BufferView {
  ArrayBufferObject viewedBuffer();
}
