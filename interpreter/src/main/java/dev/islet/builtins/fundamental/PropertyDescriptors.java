package dev.islet.builtins.fundamental;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** Conversions between Property Descriptors and objects — https://tc39.es/ecma262/#sec-property-descriptor-specification-type */
public final class PropertyDescriptors {
  private PropertyDescriptors() {}

  /** ToPropertyDescriptor ( Obj ) — https://tc39.es/ecma262/#sec-topropertydescriptor */
  public static PropertyDescriptor toPropertyDescriptor(Realm realm, Object v) {
    if (!(v instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.PROPERTY_DESCRIPTOR_NOT_OBJECT, Describe.value(v));
    }
    PropertyDescriptor d = new PropertyDescriptor();
    if (o.hasProperty(realm, "enumerable")) {
      d.setEnumerable(TypeConversion.toBoolean(o.get(realm, "enumerable", o)));
    }
    if (o.hasProperty(realm, "configurable")) {
      d.setConfigurable(TypeConversion.toBoolean(o.get(realm, "configurable", o)));
    }
    if (o.hasProperty(realm, "value")) {
      d.setValue(o.get(realm, "value", o));
    }
    if (o.hasProperty(realm, "writable")) {
      d.setWritable(TypeConversion.toBoolean(o.get(realm, "writable", o)));
    }
    if (o.hasProperty(realm, "get")) {
      Object g = o.get(realm, "get", o);
      if (g != Undefined.INSTANCE && !(g instanceof JsObject gf && gf.isCallable())) {
        throw Errors.typeError(realm, Msg.GETTER_NOT_CALLABLE, Describe.value(g));
      }
      d.setGetter(g);
    }
    if (o.hasProperty(realm, "set")) {
      Object s = o.get(realm, "set", o);
      if (s != Undefined.INSTANCE && !(s instanceof JsObject sf && sf.isCallable())) {
        throw Errors.typeError(realm, Msg.SETTER_NOT_CALLABLE, Describe.value(s));
      }
      d.setSetter(s);
    }
    if ((d.hasGet() || d.hasSet()) && (d.hasValue() || d.hasWritable())) {
      throw Errors.typeError(realm, Msg.ACCESSOR_AND_VALUE);
    }
    return d;
  }

  /** FromPropertyDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-frompropertydescriptor */
  public static Object fromPropertyDescriptor(Realm realm, PropertyDescriptor d) {
    if (d == null) {
      return Undefined.INSTANCE;
    }
    JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
    if (d.hasValue()) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, "value", d.value());
    }
    if (d.hasWritable()) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, "writable", d.writable());
    }
    if (d.hasGet()) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, "get", d.getter());
    }
    if (d.hasSet()) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, "set", d.setter());
    }
    if (d.hasEnumerable()) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, "enumerable", d.enumerable());
    }
    if (d.hasConfigurable()) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, "configurable", d.configurable());
    }
    return o;
  }
}
