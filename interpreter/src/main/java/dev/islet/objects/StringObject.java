package dev.islet.objects;

import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import java.util.ArrayList;
import java.util.List;

/**
 * A String exotic object — https://tc39.es/ecma262/#sec-string-exotic-objects: its [[StringData]]
 * shows as read-only index properties and a {@code length}.
 */
public final class StringObject extends PrimitiveObject {
  public StringObject(Realm realm, Shape shape, String value) {
    super(realm, shape, value);
  }

  public String value() {
    return (String) primitive();
  }

  @Override
  public String className() {
    return "String";
  }

  @Override
  protected boolean hasExoticElements() {
    return true;
  }

  @Override
  public boolean isOrdinaryForNamedKeys() {
    return false;
  }

  /** StringGetOwnProperty ( S, P ) — https://tc39.es/ecma262/#sec-stringgetownproperty */
  private PropertyDescriptor stringOwn(Object key) {
    String s = value();
    if (key instanceof Integer) {
      long i = PropertyKey.index(key);
      if (i < s.length()) {
        return PropertyDescriptor.data(String.valueOf(s.charAt((int) i)), Attributes.ENUMERABLE);
      }
    } else if ("length".equals(key)) {
      return PropertyDescriptor.data(s.length(), Attributes.FROZEN);
    }
    return null;
  }

  @Override
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    PropertyDescriptor d = stringOwn(key);
    return d != null ? d : super.getOwnProperty(realm, key);
  }

  @Override
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    PropertyDescriptor current = stringOwn(key);
    if (current != null) {
      // IsCompatiblePropertyDescriptor against the fixed string property: nothing may change.
      JsObject probe = new JsObject(realm, JsObject.rootShape(realm, null));
      probe.defineDirect(realm, "p", current.value(), current.enumerable() ? Attributes.ENUMERABLE : 0);
      return probe.defineOwnProperty(realm, "p", desc);
    }
    return super.defineOwnProperty(realm, key, desc);
  }

  @Override
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    PropertyDescriptor d = stringOwn(key);
    return d != null ? d.value() : super.getOwnForGet(realm, key, receiver);
  }

  @Override
  protected int hasOwnForHas(Realm realm, Object key) {
    return stringOwn(key) != null ? 1 : super.hasOwnForHas(realm, key);
  }

  @Override
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    return stringOwn(key) != null ? SET_FALSE : super.setOwnStep(realm, key, value, receiver);
  }

  @Override
  public boolean delete(Realm realm, Object key) {
    return stringOwn(key) == null && super.delete(realm, key);
  }

  @Override
  public List<Object> ownPropertyKeys(Realm realm) {
    materialize();
    int len = value().length();
    chargeKeys(realm, len);
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < len; i++) {
      keys.add(PropertyKey.ofIndex(i));
    }
    List<Object> rest = new ArrayList<>();
    addIndexKeys(rest);
    for (Object k : rest) {
      if (PropertyKey.index(k) >= len) {
        keys.add(k);
      }
    }
    keys.add("length");
    addNamedKeys(keys);
    return keys;
  }
}
