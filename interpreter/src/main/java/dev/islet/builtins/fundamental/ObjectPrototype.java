package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinTemplate;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.LazyProperties;
import dev.islet.objects.PrimitiveObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** Properties of the Object Prototype Object — https://tc39.es/ecma262/#sec-properties-of-the-object-prototype-object */
public final class ObjectPrototype {
  private ObjectPrototype() {}

  public static JsObject create(Realm realm) {
    return new ImmutablePrototypeObject(realm, Shape.lazy(null, PROPERTIES.in(realm)));
  }

  /** The properties, created in a realm one by one on first use. */
  private static final LazyProperties PROPERTIES = BuiltinTemplate.create()
      .intrinsic("constructor", Intrinsic.OBJECT)
      .method("hasOwnProperty", 1, ObjectPrototype::hasOwnProperty)
      .method("isPrototypeOf", 1, ObjectPrototype::isPrototypeOf)
      .method("propertyIsEnumerable", 1, ObjectPrototype::propertyIsEnumerable)
      .method("toLocaleString", 0, ObjectPrototype::toLocaleString)
      .method("toString", 0, ObjectPrototype::toString)
      .method("valueOf", 0, ObjectPrototype::valueOf)
      .accessor("__proto__", ObjectPrototype::getProto, ObjectPrototype::setProto)
      // Annex B — https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__ and the three after it
      .method("__defineGetter__", 2, ObjectPrototype::defineGetter)
      .method("__defineSetter__", 2, ObjectPrototype::defineSetter)
      .method("__lookupGetter__", 1, ObjectPrototype::lookupGetter)
      .method("__lookupSetter__", 1, ObjectPrototype::lookupSetter)
      .build();

  /** Object.prototype.hasOwnProperty ( V ) */
  static Object hasOwnProperty(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 0));
    JsObject o = TypeConversion.toObject(realm, thisValue);
    return ObjectOperations.hasOwnProperty(realm, o, key);
  }

  /** Object.prototype.isPrototypeOf ( V ) */
  static Object isPrototypeOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(Args.get(args, 0) instanceof JsObject v)) {
      return false;
    }
    JsObject o = TypeConversion.toObject(realm, thisValue);
    for (JsObject p = v.getPrototypeOf(realm); p != null; p = p.getPrototypeOf(realm)) {
      if (p == o) {
        return true;
      }
      // A Proxy may answer with an endless chain: each step is charged.
      realm.agent.budget.charge(1);
    }
    return false;
  }

  /** Object.prototype.propertyIsEnumerable ( V ) */
  static Object propertyIsEnumerable(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 0));
    JsObject o = TypeConversion.toObject(realm, thisValue);
    PropertyDescriptor d = o.getOwnProperty(realm, key);
    return d != null && d.enumerable();
  }

  /** Object.prototype.toLocaleString ( ) */
  static Object toLocaleString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ObjectOperations.invoke(realm, thisValue, "toString");
  }

  /** Object.prototype.toString ( ) — https://tc39.es/ecma262/#sec-object.prototype.tostring */
  public static Object toString(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue == Undefined.INSTANCE) {
      return "[object Undefined]";
    }
    if (thisValue == Null.INSTANCE) {
      return "[object Null]";
    }
    JsObject o = TypeConversion.toObject(realm, thisValue);
    String builtinTag;
    if (ObjectOperations.isArray(realm, o)) {
      builtinTag = "Array";
    } else if (o.isCallable()) {
      builtinTag = "Function";
    } else if (o instanceof ErrorObject) {
      builtinTag = "Error";
    } else if (o instanceof PrimitiveObject p && !(p.primitive() instanceof Symbol) && !(p.primitive() instanceof java.math.BigInteger)) {
      builtinTag = p.className();
    } else {
      builtinTag = o.builtinTag();
    }
    Object tag = o.get(realm, Symbol.TO_STRING_TAG, o);
    if (JsStrings.isString(tag)) {
      return "[object " + JsStrings.flat(tag) + "]";
    }
    return "[object " + builtinTag + "]";
  }

  /** Object.prototype.valueOf ( ) */
  static Object valueOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return TypeConversion.toObject(realm, thisValue);
  }

  /** get Object.prototype.__proto__ */
  static Object getProto(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    JsObject p = o.getPrototypeOf(realm);
    return p == null ? Null.INSTANCE : p;
  }

  /** set Object.prototype.__proto__ */
  static Object setProto(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue == Undefined.INSTANCE || thisValue == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, thisValue);
    }
    Object proto = Args.get(args, 0);
    if (!(proto instanceof JsObject) && proto != Null.INSTANCE) {
      return Undefined.INSTANCE;
    }
    if (!(thisValue instanceof JsObject o)) {
      return Undefined.INSTANCE;
    }
    if (!o.setPrototypeOf(realm, proto instanceof JsObject p ? p : null)) {
      throw Errors.typeError(realm, Msg.SET_PROTOTYPE_FAILED, "object");
    }
    return Undefined.INSTANCE;
  }

  /** Object.prototype.__defineGetter__ ( P, getter ) */
  static Object defineGetter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return defineAccessor(realm, thisValue, args, true);
  }

  /** Object.prototype.__defineSetter__ ( P, setter ) */
  static Object defineSetter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return defineAccessor(realm, thisValue, args, false);
  }

  private static Object defineAccessor(Realm realm, Object thisValue, Object[] args, boolean getter) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    Object fn = Args.get(args, 1);
    if (!(fn instanceof JsObject f) || !f.isCallable()) {
      throw Errors.typeError(realm, getter ? Msg.GETTER_NOT_CALLABLE : Msg.SETTER_NOT_CALLABLE, Describe.value(fn));
    }
    PropertyDescriptor desc = new PropertyDescriptor().setEnumerable(true).setConfigurable(true);
    if (getter) {
      desc.setGetter(fn);
    } else {
      desc.setSetter(fn);
    }
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 0));
    ObjectOperations.definePropertyOrThrow(realm, o, key, desc);
    return Undefined.INSTANCE;
  }

  /** Object.prototype.__lookupGetter__ ( P ) */
  static Object lookupGetter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return lookupAccessor(realm, thisValue, args, true);
  }

  /** Object.prototype.__lookupSetter__ ( P ) */
  static Object lookupSetter(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return lookupAccessor(realm, thisValue, args, false);
  }

  private static Object lookupAccessor(Realm realm, Object thisValue, Object[] args, boolean getter) {
    JsObject o = TypeConversion.toObject(realm, thisValue);
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 0));
    while (o != null) {
      PropertyDescriptor desc = o.getOwnProperty(realm, key);
      if (desc != null) {
        if (desc.isAccessorDescriptor()) {
          return getter ? desc.getter() : desc.setter();
        }
        return Undefined.INSTANCE;
      }
      realm.agent.budget.charge(1);
      o = o.getPrototypeOf(realm);
    }
    return Undefined.INSTANCE;
  }
}
