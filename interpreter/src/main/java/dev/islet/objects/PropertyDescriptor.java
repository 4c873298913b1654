package dev.islet.objects;

import dev.islet.objects.shape.Attributes;
import dev.islet.values.Undefined;

/**
 * The Property Descriptor specification type — https://tc39.es/ecma262/#sec-property-descriptor-specification-type.
 * Fields may be absent; used on the slow paths (defineProperty, getOwnPropertyDescriptor, exotics).
 */
public final class PropertyDescriptor {
  private static final int HAS_VALUE = 1;
  private static final int HAS_WRITABLE = 2;
  private static final int HAS_GET = 4;
  private static final int HAS_SET = 8;
  private static final int HAS_ENUMERABLE = 16;
  private static final int HAS_CONFIGURABLE = 32;

  private int present;
  private Object value = Undefined.INSTANCE;
  private Object getter = Undefined.INSTANCE;
  private Object setter = Undefined.INSTANCE;
  private boolean writable;
  private boolean enumerable;
  private boolean configurable;

  public PropertyDescriptor() {}

  /** A complete data descriptor. */
  public static PropertyDescriptor data(Object value, int attributes) {
    PropertyDescriptor d = new PropertyDescriptor();
    d.setValue(value);
    d.setWritable(Attributes.isWritable(attributes));
    d.setEnumerable(Attributes.isEnumerable(attributes));
    d.setConfigurable(Attributes.isConfigurable(attributes));
    return d;
  }

  /** A complete accessor descriptor. */
  public static PropertyDescriptor accessor(Object getter, Object setter, int attributes) {
    PropertyDescriptor d = new PropertyDescriptor();
    d.setGetter(getter);
    d.setSetter(setter);
    d.setEnumerable(Attributes.isEnumerable(attributes));
    d.setConfigurable(Attributes.isConfigurable(attributes));
    return d;
  }

  /** The complete descriptor of a stored property (value or {@link Accessor} plus attributes). */
  public static PropertyDescriptor fromStored(Object stored, int attributes) {
    if (Attributes.isAccessor(attributes)) {
      Accessor a = (Accessor) stored;
      return accessor(a.getter(), a.setter(), attributes);
    }
    return data(stored, attributes);
  }

  public boolean hasValue() { return (present & HAS_VALUE) != 0; }
  public boolean hasWritable() { return (present & HAS_WRITABLE) != 0; }
  public boolean hasGet() { return (present & HAS_GET) != 0; }
  public boolean hasSet() { return (present & HAS_SET) != 0; }
  public boolean hasEnumerable() { return (present & HAS_ENUMERABLE) != 0; }
  public boolean hasConfigurable() { return (present & HAS_CONFIGURABLE) != 0; }

  public Object value() { return value; }
  public Object getter() { return getter; }
  public Object setter() { return setter; }
  public boolean writable() { return writable; }
  public boolean enumerable() { return enumerable; }
  public boolean configurable() { return configurable; }

  public PropertyDescriptor setValue(Object v) { value = v; present |= HAS_VALUE; return this; }
  public PropertyDescriptor setGetter(Object g) { getter = g; present |= HAS_GET; return this; }
  public PropertyDescriptor setSetter(Object s) { setter = s; present |= HAS_SET; return this; }
  public PropertyDescriptor setWritable(boolean w) { writable = w; present |= HAS_WRITABLE; return this; }
  public PropertyDescriptor setEnumerable(boolean e) { enumerable = e; present |= HAS_ENUMERABLE; return this; }
  public PropertyDescriptor setConfigurable(boolean c) { configurable = c; present |= HAS_CONFIGURABLE; return this; }

  /** IsAccessorDescriptor — https://tc39.es/ecma262/#sec-isaccessordescriptor */
  public boolean isAccessorDescriptor() {
    return (present & (HAS_GET | HAS_SET)) != 0;
  }

  /** IsDataDescriptor — https://tc39.es/ecma262/#sec-isdatadescriptor */
  public boolean isDataDescriptor() {
    return (present & (HAS_VALUE | HAS_WRITABLE)) != 0;
  }

  /** IsGenericDescriptor — https://tc39.es/ecma262/#sec-isgenericdescriptor */
  public boolean isGenericDescriptor() {
    return !isAccessorDescriptor() && !isDataDescriptor();
  }

  /** The attribute bits this descriptor sets on a new property (absent fields default to false). */
  public int attributesForNew() {
    int a = 0;
    if (enumerable) a |= Attributes.ENUMERABLE;
    if (configurable) a |= Attributes.CONFIGURABLE;
    if (isAccessorDescriptor()) {
      a |= Attributes.ACCESSOR;
    } else if (writable) {
      a |= Attributes.WRITABLE;
    }
    return a;
  }

  /** The value to store for a new property: the data value or an {@link Accessor}. */
  public Object storedForNew() {
    return isAccessorDescriptor() ? new Accessor(getter, setter) : value;
  }
}
