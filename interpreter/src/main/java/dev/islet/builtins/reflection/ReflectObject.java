package dev.islet.builtins.reflection;

import dev.islet.builtins.fundamental.PropertyDescriptors;
import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import java.util.List;

/** The Reflect Object — https://tc39.es/ecma262/#sec-reflect-object */
public final class ReflectObject {
  private ReflectObject() {}

  public static JsObject create(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), o -> BuiltinInstaller.on(realm, o)
        .method("apply", 3, ReflectObject::apply)
        .method("construct", 2, ReflectObject::construct)
        .method("defineProperty", 3, ReflectObject::defineProperty)
        .method("deleteProperty", 2, ReflectObject::deleteProperty)
        .method("get", 2, ReflectObject::get)
        .method("getOwnPropertyDescriptor", 2, ReflectObject::getOwnPropertyDescriptor)
        .method("getPrototypeOf", 1, ReflectObject::getPrototypeOf)
        .method("has", 2, ReflectObject::has)
        .method("isExtensible", 1, ReflectObject::isExtensible)
        .method("ownKeys", 1, ReflectObject::ownKeys)
        .method("preventExtensions", 1, ReflectObject::preventExtensions)
        .method("set", 3, ReflectObject::set)
        .method("setPrototypeOf", 2, ReflectObject::setPrototypeOf)
        .toStringTag("Reflect")));
  }

  private static JsObject target(Realm realm, Object[] args, String method) {
    if (!(Args.get(args, 0) instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.REFLECT_NOT_OBJECT, method, Describe.value(Args.get(args, 0)));
    }
    return o;
  }

  /** Reflect.apply ( target, thisArgument, argumentsList ) */
  static Object apply(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object target = Args.get(args, 0);
    if (!(target instanceof JsObject f) || !f.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(target));
    }
    Object[] list = ObjectOperations.createListFromArrayLike(realm, Args.get(args, 2));
    return f.call(Args.get(args, 1), list);
  }

  /** Reflect.construct ( target, argumentsList [ , newTarget ] ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object target = Args.get(args, 0);
    if (!(target instanceof JsObject c) || !c.isConstructor()) {
      throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(target));
    }
    JsObject newTarget = c;
    if (args.length > 2) {
      if (!(args[2] instanceof JsObject n) || !n.isConstructor()) {
        throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(args[2]));
      }
      newTarget = n;
    }
    Object[] list = ObjectOperations.createListFromArrayLike(realm, Args.get(args, 1));
    return c.construct(list, newTarget);
  }

  /** Reflect.defineProperty ( target, propertyKey, attributes ) */
  static Object defineProperty(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "defineProperty");
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    return o.defineOwnProperty(realm, key, PropertyDescriptors.toPropertyDescriptor(realm, Args.get(args, 2)));
  }

  /** Reflect.deleteProperty ( target, propertyKey ) */
  static Object deleteProperty(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "deleteProperty");
    return o.delete(realm, TypeConversion.toPropertyKey(realm, Args.get(args, 1)));
  }

  /** Reflect.get ( target, propertyKey [ , receiver ] ) */
  static Object get(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "get");
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    return o.get(realm, key, args.length > 2 ? args[2] : o);
  }

  /** Reflect.getOwnPropertyDescriptor ( target, propertyKey ) */
  static Object getOwnPropertyDescriptor(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "getOwnPropertyDescriptor");
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    return PropertyDescriptors.fromPropertyDescriptor(realm, o.getOwnProperty(realm, key));
  }

  /** Reflect.getPrototypeOf ( target ) */
  static Object getPrototypeOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject p = target(realm, args, "getPrototypeOf").getPrototypeOf(realm);
    return p == null ? Null.INSTANCE : p;
  }

  /** Reflect.has ( target, propertyKey ) */
  static Object has(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "has");
    return o.hasProperty(realm, TypeConversion.toPropertyKey(realm, Args.get(args, 1)));
  }

  /** Reflect.isExtensible ( target ) */
  static Object isExtensible(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return target(realm, args, "isExtensible").isExtensible(realm);
  }

  /** Reflect.ownKeys ( target ) */
  static Object ownKeys(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    List<Object> keys = target(realm, args, "ownKeys").ownPropertyKeys(realm);
    Object[] values = new Object[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = PropertyKey.toValue(keys.get(i));
    }
    return ObjectOperations.createArrayFromList(realm, values);
  }

  /** Reflect.preventExtensions ( target ) */
  static Object preventExtensions(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return target(realm, args, "preventExtensions").preventExtensions(realm);
  }

  /** Reflect.set ( target, propertyKey, V [ , receiver ] ) */
  static Object set(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "set");
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    return o.set(realm, key, Args.get(args, 2), args.length > 3 ? args[3] : o);
  }

  /** Reflect.setPrototypeOf ( target, proto ) */
  static Object setPrototypeOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = target(realm, args, "setPrototypeOf");
    Object proto = Args.get(args, 1);
    if (!(proto instanceof JsObject) && proto != Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.OBJECT_PROTO_INVALID, Describe.value(proto));
    }
    return o.setPrototypeOf(realm, proto instanceof JsObject p ? p : null);
  }
}
