package dev.islet.objects;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.PropertyCell;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Array exotic object — https://tc39.es/ecma262/#sec-array-exotic-objects. The {@code length}
 * is a field, not a slot; elements are dense (holes are Java nulls) until they need to be sparse.
 */
public final class ArrayObject extends JsObject {
  private long length;
  private boolean lengthWritable = true;

  /** The length and its writability: 48 bytes where an ordinary object has 32. */
  private static final int OWN_FIELDS = 16;

  public ArrayObject(Realm realm, Shape shape) {
    super(realm, shape);
    realm.heap.charge(OWN_FIELDS);
  }

  /** ArrayCreate ( 0 ) with the realm's %Array.prototype%. */
  public static ArrayObject create(Realm realm) {
    return new ArrayObject(realm, realm.arrayShape());
  }

  /** An array holding {@code values[0..n)} (holes must not be passed: they are Java nulls here). */
  public static ArrayObject fromList(Realm realm, Object[] values, int n) {
    ArrayObject a = create(realm);
    if (n > 0) {
      realm.heap.charge(SizeEstimates.refArray(n));
      a.dense = values.length == n ? values : java.util.Arrays.copyOf(values, n);
      a.length = n;
    }
    return a;
  }

  @Override
  public String className() {
    return "Array";
  }

  /** "length" is the one exotic named key, and inline caches never see it (it has no slot). */
  @Override
  public boolean isOrdinaryForNamedKeys() {
    return true;
  }

  public long length() {
    return length;
  }

  public boolean isLengthWritable() {
    return lengthWritable;
  }

  /** True when elements are plain dense storage and the length can grow: push and literals take the fast path. */
  public boolean isDenseAndExtensible() {
    return sparse == null && lengthWritable && shape.isExtensible();
  }

  // ------------------------------------------------------------------ fast paths for the VM

  /** The element at {@code i} when it is a present dense element, else NOT_FOUND (caller takes the slow path). */
  public Object getDenseOrNotFound(int i) {
    Object[] d = dense;
    if (d != null && i >= 0 && i < d.length) {
      Object v = d[i];
      if (v != null) {
        return v;
      }
    }
    return NOT_FOUND;
  }

  /**
   * Stores {@code v} at index {@code i} if that is a plain dense write (an existing element, or an
   * append within reach of the dense storage); returns false otherwise (take the slow path).
   */
  public boolean setDense(Realm realm, int i, Object v) {
    if (sparse != null || i < 0) {
      return false;
    }
    Object[] d = dense;
    if (d != null && i < d.length && d[i] != null) {
      d[i] = v;
      return true;
    }
    if (i > length || !lengthWritable || !shape.isExtensible() || shape.lazyInit() != null) {
      return false;
    }
    // A new element: only if no prototype could intercept it (no setters or read-only indices).
    if (!protoChainHasNoElements(this)) {
      return false;
    }
    if (!ensureDense(realm, i)) {
      return false;
    }
    dense[i] = v;
    if (i >= length) {
      length = i + 1L;
    }
    return true;
  }

  /** Appends {@code v} (Array.prototype.push fast path and array literals). */
  public void append(Realm realm, Object v) {
    long i = length;
    if (i < Integer.MAX_VALUE - 8 && sparse == null && ensureDense(realm, (int) i)) {
      dense[(int) i] = v;
      length = i + 1;
      return;
    }
    defineOwnProperty(realm, PropertyKey.ofLong(i), PropertyDescriptor.data(v, Attributes.DEFAULT));
  }

  /** Appends a hole (array literal elisions). */
  public void appendHole() {
    length++;
  }

  // ------------------------------------------------------------------ internal methods

  @Override
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    if ("length".equals(key)) {
      return PropertyDescriptor.data(lengthValue(), lengthWritable ? Attributes.WRITABLE : 0);
    }
    return super.getOwnProperty(realm, key);
  }

  private Object lengthValue() {
    return length <= Integer.MAX_VALUE ? (Object) (int) length : (Object) (double) length;
  }

  @Override
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    if ("length".equals(key)) {
      return lengthValue();
    }
    return super.getOwnForGet(realm, key, receiver);
  }

  @Override
  protected int hasOwnForHas(Realm realm, Object key) {
    if ("length".equals(key)) {
      return 1;
    }
    return super.hasOwnForHas(realm, key);
  }

  @Override
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    if (receiver == this && key instanceof Integer && sparse == null) {
      int i = (Integer) key;
      Object[] d = dense;
      if (d != null && i >= 0 && i < d.length && d[i] != null) {
        d[i] = value;
        return SET_TRUE;
      }
    }
    return super.setOwnStep(realm, key, value, receiver);
  }

  /** [[DefineOwnProperty]] — https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc */
  @Override
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    materializeKey(key);
    if ("length".equals(key)) {
      return arraySetLength(realm, desc);
    }
    if (key instanceof Integer) {
      long index = PropertyKey.index(key);
      if (index >= length && !lengthWritable) {
        return false;
      }
      if (!ordinaryDefineOwnProperty(realm, key, desc)) {
        return false;
      }
      if (index >= length) {
        length = index + 1;
      }
      return true;
    }
    return ordinaryDefineOwnProperty(realm, key, desc);
  }

  /** ArraySetLength ( A, Desc ) — https://tc39.es/ecma262/#sec-arraysetlength */
  public boolean arraySetLength(Realm realm, PropertyDescriptor desc) {
    if (!desc.hasValue()) {
      // OrdinaryDefineOwnProperty(A, "length", Desc): may still make the length read-only.
      if (!validateLengthAttributes(desc)) {
        return false;
      }
      applyLengthWritable(desc);
      return true;
    }
    long newLen = toArrayLength(realm, desc.value());
    if (!validateLengthAttributes(desc)) {
      return false;
    }
    if (newLen >= length) {
      if (newLen > length && !lengthWritable) {
        return false;
      }
      length = newLen;
      applyLengthWritable(desc);
      return true;
    }
    if (!lengthWritable) {
      return false;
    }
    boolean ok = truncate(newLen);
    applyLengthWritable(desc);
    return ok;
  }

  /** Steps 3–4 of ArraySetLength: ToUint32 and ToNumber must agree, else a RangeError. */
  public static long toArrayLength(Realm realm, Object v) {
    if (v instanceof Integer i && i >= 0) {
      return i;
    }
    long newLen = TypeConversion.toUint32(realm, v);
    double numberLen = TypeConversion.toNumber(realm, v);
    if (newLen != numberLen) {
      throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
    }
    return newLen;
  }

  private boolean validateLengthAttributes(PropertyDescriptor desc) {
    // The length property is non-configurable, non-enumerable, data.
    if (desc.hasConfigurable() && desc.configurable()) {
      return false;
    }
    if (desc.hasEnumerable() && desc.enumerable()) {
      return false;
    }
    if (desc.isAccessorDescriptor()) {
      return false;
    }
    if (!lengthWritable && desc.hasWritable() && desc.writable()) {
      return false;
    }
    return true;
  }

  private void applyLengthWritable(PropertyDescriptor desc) {
    if (desc.hasWritable() && !desc.writable()) {
      lengthWritable = false;
    }
  }

  /** Deletes elements at and above {@code newLen}, from the highest; stops at a non-configurable one. */
  private boolean truncate(long newLen) {
    if (sparse == null) {
      Object[] d = dense;
      if (d != null && newLen < d.length) {
        // Storage at and above the old length is already empty: clear only the dropped elements.
        java.util.Arrays.fill(d, (int) newLen, (int) Math.min(d.length, length), null);
        if (newLen < d.length / 4) {
          dense = java.util.Arrays.copyOf(d, (int) newLen);
        }
      }
      length = newLen;
      return true;
    }
    for (Map.Entry<Long, PropertyCell> e : new ArrayList<>(sparse.tailDescending(newLen).entrySet())) {
      if (!Attributes.isConfigurable(e.getValue().attributes)) {
        length = e.getKey() + 1;
        return false;
      }
      sparse.remove(e.getKey());
      e.getValue().kill();
    }
    length = newLen;
    return true;
  }

  /** Sets the length directly (callers guarantee the spec's checks, e.g. Array.prototype methods on plain arrays). */
  public void setLengthUnchecked(long newLen) {
    if (newLen < length) {
      truncate(newLen);
    } else {
      length = newLen;
    }
  }

  @Override
  public boolean delete(Realm realm, Object key) {
    if ("length".equals(key)) {
      return false;
    }
    return super.delete(realm, key);
  }

  @Override
  public List<Object> ownPropertyKeys(Realm realm) {
    materialize();
    chargeKeys(realm, 1);
    List<Object> keys = new ArrayList<>();
    addIndexKeys(keys);
    keys.add("length");
    addNamedKeys(keys);
    return keys;
  }

  @Override
  public long estimatedSize() {
    return super.estimatedSize() + OWN_FIELDS;
  }
}
