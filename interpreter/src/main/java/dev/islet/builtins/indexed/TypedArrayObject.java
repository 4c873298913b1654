package dev.islet.builtins.indexed;

import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.BufferView;
import dev.islet.builtins.structured.ElementType;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * A TypedArray: an integer-indexed exotic object — https://tc39.es/ecma262/#sec-typedarray-exotic-objects.
 * Every key that is a CanonicalNumericIndexString is an element: valid indices read and write the
 * viewed buffer, and no numeric key ever reaches the prototype chain. Other keys are ordinary.
 */
public final class TypedArrayObject extends JsObject implements BufferView {
  /** [[ArrayLength]] auto: the array tracks the length of its resizable buffer. */
  static final int AUTO = -1;
  /** A non-numeric key (see {@link #numericIndex}). */
  private static final double NOT_NUMERIC = Double.NaN;

  final ElementType type;
  ArrayBufferObject buffer;
  int byteOffset;
  int arrayLength;

  TypedArrayObject(Realm realm, Shape shape, ElementType type) {
    super(realm, shape);
    this.type = type;
  }

  public ElementType type() {
    return type;
  }

  @Override
  public ArrayBufferObject viewedBuffer() {
    return buffer;
  }

  @Override
  public String className() {
    return type.typedArrayName;
  }

  @Override
  public boolean isOrdinaryForNamedKeys() {
    return false;
  }

  @Override
  protected boolean hasExoticElements() {
    return true;
  }

  /** [[ByteOffset]]. */
  public int byteOffset() {
    return byteOffset;
  }

  // ------------------------------------------------------------------ lengths

  /**
   * TypedArrayLength after IsTypedArrayOutOfBounds (https://tc39.es/ecma262/#sec-istypedarrayoutofbounds):
   * the current length, or -1 when the buffer is detached or the array is out of bounds.
   */
  public int lengthOrOutOfBounds() {
    ArrayBufferObject b = buffer;
    if (b.isDetached()) {
      return -1;
    }
    long bufferByteLength = b.byteLength();
    if (arrayLength == AUTO) {
      return byteOffset > bufferByteLength ? -1 : (int) ((bufferByteLength - byteOffset) / type.size);
    }
    long end = byteOffset + (long) arrayLength * type.size;
    return byteOffset > bufferByteLength || end > bufferByteLength ? -1 : arrayLength;
  }

  /** Whether the array tracks the length of its resizable buffer (created without a length). */
  public boolean isLengthTracking() {
    return arrayLength == AUTO;
  }

  /** The length, 0 when out of bounds (the length getter's answer). */
  public int length() {
    return Math.max(0, lengthOrOutOfBounds());
  }

  /** TypedArrayByteLength: 0 when out of bounds. */
  int byteLength() {
    return length() * type.size;
  }

  // ------------------------------------------------------------------ elements

  /**
   * CanonicalNumericIndexString ( key ) for a property key: the index as a double, or NaN when the
   * key is not numeric. (The key "NaN" is numeric; it is reported as -1, never a valid index.)
   */
  static double numericIndex(Object key) {
    if (key instanceof Integer) {
      return PropertyKey.index(key);
    }
    if (!(key instanceof String s) || s.isEmpty()) {
      return NOT_NUMERIC;
    }
    char c = s.charAt(0);
    // A canonical numeric string starts with a digit, '-', "Infinity" or "NaN": skip the parse otherwise.
    if (!(c >= '0' && c <= '9' || c == '-' || c == 'I' || c == 'N')) {
      return NOT_NUMERIC;
    }
    Double d = TypeConversion.canonicalNumericIndex(s);
    if (d == null) {
      return NOT_NUMERIC;
    }
    double v = d;
    // NaN, -0, fractions and negative numbers are numeric keys but never valid indices.
    if (v != v || v == 0 && 1 / v < 0) {
      return -1;
    }
    return v;
  }

  /** IsValidIntegerIndex ( O, index ): the element's byte index in the buffer, or -1. */
  int byteIndexOf(double index) {
    if (!(index >= 0) || index != Math.floor(index)) {
      return -1;
    }
    int len = lengthOrOutOfBounds();
    if (index >= len) {
      return -1;
    }
    return byteOffset + (int) index * type.size;
  }

  /** TypedArrayGetElement ( O, index ): undefined when the index is not valid. */
  public Object getElement(double index) {
    int bi = byteIndexOf(index);
    return bi < 0 ? Undefined.INSTANCE : type.get(buffer.data(), bi, true);
  }

  /** The element at a valid index {@code i} (the caller checked the length). */
  Object getValid(int i) {
    return type.get(buffer.data(), byteOffset + i * type.size, true);
  }

  /** Stores an already converted numeric value at a valid index {@code i}. */
  void setValid(int i, Object numeric) {
    type.set(buffer.data(), byteOffset + i * type.size, numeric, true);
  }

  /** TypedArraySetElement ( O, index, value ): converts first (which may detach), then stores if still valid. */
  public void setElement(Realm realm, double index, Object value) {
    Object numeric = type.toNumeric(realm, value);
    int bi = byteIndexOf(index);
    if (bi >= 0) {
      type.set(buffer.data(), bi, numeric, true);
    }
  }

  // ------------------------------------------------------------------ internal methods

  @Override
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    double idx = numericIndex(key);
    if (idx == idx) {
      int bi = byteIndexOf(idx);
      return bi < 0 ? null : PropertyDescriptor.data(type.get(buffer.data(), bi, true), Attributes.DEFAULT);
    }
    return super.getOwnProperty(realm, key);
  }

  @Override
  protected int hasOwnForHas(Realm realm, Object key) {
    double idx = numericIndex(key);
    if (idx == idx) {
      return byteIndexOf(idx) >= 0 ? 1 : -1;
    }
    return super.hasOwnForHas(realm, key);
  }

  @Override
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    double idx = numericIndex(key);
    if (idx == idx) {
      if (byteIndexOf(idx) < 0) {
        return false;
      }
      if (desc.hasConfigurable() && !desc.configurable() || desc.hasEnumerable() && !desc.enumerable()
          || desc.isAccessorDescriptor() || desc.hasWritable() && !desc.writable()) {
        return false;
      }
      if (desc.hasValue()) {
        setElement(realm, idx, desc.value());
      }
      return true;
    }
    return super.defineOwnProperty(realm, key, desc);
  }

  @Override
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    if (key instanceof Integer i) {
      int v = i;
      if (v >= 0) {
        return getElement(v);
      }
    }
    double idx = numericIndex(key);
    if (idx == idx) {
      return getElement(idx);
    }
    return super.getOwnForGet(realm, key, receiver);
  }

  /** [[Set]] ( P, V, Receiver ) — https://tc39.es/ecma262/#sec-typedarray-set */
  @Override
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    double idx = numericIndex(key);
    if (idx == idx) {
      if (receiver == this) {
        setElement(realm, idx, value);
        return SET_TRUE;
      }
      if (byteIndexOf(idx) < 0) {
        return SET_TRUE;
      }
    }
    return super.setOwnStep(realm, key, value, receiver);
  }

  /**
   * [[PreventExtensions]] — https://tc39.es/ecma262/#sec-typedarray-preventextensions: an array whose
   * length can change with its buffer could gain index properties, so it stays extensible.
   */
  @Override
  public boolean preventExtensions(Realm realm) {
    if (!isFixedLength()) {
      return false;
    }
    return super.preventExtensions(realm);
  }

  /** IsTypedArrayFixedLength ( O ) */
  boolean isFixedLength() {
    if (arrayLength == AUTO) {
      return false;
    }
    return buffer.isFixedLength() || buffer.isShared();
  }

  @Override
  public boolean delete(Realm realm, Object key) {
    double idx = numericIndex(key);
    if (idx == idx) {
      return byteIndexOf(idx) < 0;
    }
    return super.delete(realm, key);
  }

  @Override
  public List<Object> ownPropertyKeys(Realm realm) {
    materialize();
    int len = lengthOrOutOfBounds();
    // The key list is as long as the array: charge it (boxed indices and the list) before it exists.
    realm.heap.charge(SizeEstimates.refArray(Math.max(0, len)) + 16L * Math.max(0, len));
    realm.agent.budget.charge(1 + (Math.max(0, len) >> 4));
    List<Object> keys = new ArrayList<>(Math.max(0, len) + 4);
    for (int i = 0; i < len; i++) {
      keys.add(PropertyKey.ofIndex(i));
    }
    addNamedKeys(keys);
    return keys;
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(buffer);
  }
}
