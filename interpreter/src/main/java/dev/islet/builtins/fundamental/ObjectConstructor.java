package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.builtins.keyed.GroupBy;
import dev.islet.builtins.keyed.OrderedHashTable;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.SameValue;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/** The Object Constructor — https://tc39.es/ecma262/#sec-object-constructor */
public final class ObjectConstructor {
  private ObjectConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "Object", ObjectConstructor::construct, true, c -> install(realm, c));
  }

  static void install(Realm realm, JsObject c) {
    BuiltinInstaller.on(realm, c)
        .constructorBasics("Object", 1, realm.objectPrototype())
        .method("assign", 2, ObjectConstructor::assign)
        .method("create", 2, ObjectConstructor::create)
        .method("defineProperties", 2, ObjectConstructor::defineProperties)
        .method("defineProperty", 3, ObjectConstructor::defineProperty)
        .method("entries", 1, ObjectConstructor::entries)
        .method("freeze", 1, ObjectConstructor::freeze)
        .method("fromEntries", 1, ObjectConstructor::fromEntries)
        .method("getOwnPropertyDescriptor", 2, ObjectConstructor::getOwnPropertyDescriptor)
        .method("getOwnPropertyDescriptors", 1, ObjectConstructor::getOwnPropertyDescriptors)
        .method("getOwnPropertyNames", 1, ObjectConstructor::getOwnPropertyNames)
        .method("getOwnPropertySymbols", 1, ObjectConstructor::getOwnPropertySymbols)
        .method("getPrototypeOf", 1, ObjectConstructor::getPrototypeOf)
        .method("groupBy", 2, ObjectConstructor::groupBy)
        .method("hasOwn", 2, ObjectConstructor::hasOwn)
        .method("is", 2, ObjectConstructor::is)
        .method("isExtensible", 1, ObjectConstructor::isExtensible)
        .method("isFrozen", 1, ObjectConstructor::isFrozen)
        .method("isSealed", 1, ObjectConstructor::isSealed)
        .method("keys", 1, ObjectConstructor::keys)
        .method("preventExtensions", 1, ObjectConstructor::preventExtensions)
        .method("seal", 1, ObjectConstructor::seal)
        .method("setPrototypeOf", 2, ObjectConstructor::setPrototypeOf)
        .method("values", 1, ObjectConstructor::values);
  }

  /** Object ( [ value ] ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget != null && newTarget != realm.intrinsic(Intrinsic.OBJECT)) {
      return JsObject.ordinary(realm, ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.OBJECT_PROTOTYPE));
    }
    Object value = Args.get(args, 0);
    if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
      return JsObject.ordinary(realm, realm.objectPrototype());
    }
    return TypeConversion.toObject(realm, value);
  }

  /** Object.assign ( target, ...sources ) */
  static Object assign(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject to = TypeConversion.toObject(realm, Args.get(args, 0));
    for (int i = 1; i < args.length; i++) {
      Object src = args[i];
      if (src == Undefined.INSTANCE || src == Null.INSTANCE) {
        continue;
      }
      JsObject from = TypeConversion.toObject(realm, src);
      for (Object k : from.ownPropertyKeys(realm)) {
        PropertyDescriptor d = from.getOwnProperty(realm, k);
        if (d != null && d.enumerable()) {
          ObjectOperations.setOrThrow(realm, to, k, from.get(realm, k, from));
        }
      }
    }
    return to;
  }

  /** Object.create ( O, Properties ) */
  static Object create(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object proto = Args.get(args, 0);
    if (!(proto instanceof JsObject) && proto != Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Object prototype may only be an Object or null: " + Describe.value(proto));
    }
    JsObject o = JsObject.ordinary(realm, proto instanceof JsObject p ? p : null);
    Object props = Args.get(args, 1);
    if (props != Undefined.INSTANCE) {
      objectDefineProperties(realm, o, props);
    }
    return o;
  }

  /** ObjectDefineProperties ( O, Properties ) */
  static JsObject objectDefineProperties(Realm realm, JsObject o, Object properties) {
    JsObject props = TypeConversion.toObject(realm, properties);
    List<Object> keys = props.ownPropertyKeys(realm);
    List<Object[]> descriptors = new ArrayList<>();
    for (Object k : keys) {
      PropertyDescriptor pd = props.getOwnProperty(realm, k);
      if (pd != null && pd.enumerable()) {
        descriptors.add(new Object[] {k, PropertyDescriptors.toPropertyDescriptor(realm, props.get(realm, k, props))});
      }
    }
    for (Object[] e : descriptors) {
      ObjectOperations.definePropertyOrThrow(realm, o, e[0], (PropertyDescriptor) e[1]);
    }
    return o;
  }

  /** Object.defineProperties ( O, Properties ) */
  static Object defineProperties(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(Args.get(args, 0) instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Object.defineProperties called on non-object");
    }
    return objectDefineProperties(realm, o, Args.get(args, 1));
  }

  /** Object.defineProperty ( O, P, Attributes ) */
  static Object defineProperty(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(Args.get(args, 0) instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Object.defineProperty called on non-object");
    }
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    PropertyDescriptor d = PropertyDescriptors.toPropertyDescriptor(realm, Args.get(args, 2));
    ObjectOperations.definePropertyOrThrow(realm, o, key, d);
    return o;
  }

  /** Object.entries ( O ) */
  static Object entries(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, Args.get(args, 0));
    List<Object> out = new ArrayList<>();
    for (Object k : o.ownPropertyKeys(realm)) {
      if (k instanceof Symbol) {
        continue;
      }
      PropertyDescriptor d = o.getOwnProperty(realm, k);
      if (d != null && d.enumerable()) {
        Object v = o.get(realm, k, o);
        out.add(ObjectOperations.createArrayFromList(realm, new Object[] {PropertyKey.toValue(k), v}));
      }
    }
    return ObjectOperations.createArrayFromList(realm, out.toArray());
  }

  /** Object.freeze ( O ) */
  static Object freeze(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object o = Args.get(args, 0);
    if (o instanceof JsObject obj && !setIntegrityLevel(realm, obj, true)) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Cannot freeze");
    }
    return o;
  }

  /** Object.seal ( O ) */
  static Object seal(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object o = Args.get(args, 0);
    if (o instanceof JsObject obj && !setIntegrityLevel(realm, obj, false)) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Cannot seal");
    }
    return o;
  }

  /** SetIntegrityLevel ( O, level ) — https://tc39.es/ecma262/#sec-setintegritylevel */
  public static boolean setIntegrityLevel(Realm realm, JsObject o, boolean frozen) {
    if (!o.preventExtensions(realm)) {
      return false;
    }
    List<Object> keys = o.ownPropertyKeys(realm);
    for (Object k : keys) {
      PropertyDescriptor d;
      if (!frozen) {
        d = new PropertyDescriptor().setConfigurable(false);
      } else {
        PropertyDescriptor current = o.getOwnProperty(realm, k);
        if (current == null) {
          continue;
        }
        d = current.isAccessorDescriptor()
            ? new PropertyDescriptor().setConfigurable(false)
            : new PropertyDescriptor().setConfigurable(false).setWritable(false);
      }
      ObjectOperations.definePropertyOrThrow(realm, o, k, d);
    }
    return true;
  }

  /** TestIntegrityLevel ( O, level ) */
  public static boolean testIntegrityLevel(Realm realm, JsObject o, boolean frozen) {
    if (o.isExtensible(realm)) {
      return false;
    }
    for (Object k : o.ownPropertyKeys(realm)) {
      PropertyDescriptor d = o.getOwnProperty(realm, k);
      if (d != null) {
        if (d.configurable()) {
          return false;
        }
        if (frozen && d.isDataDescriptor() && d.writable()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Object.fromEntries ( iterable ) */
  static Object fromEntries(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object iterable = Args.get(args, 0);
    if (iterable == Undefined.INSTANCE || iterable == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.NOT_ITERABLE, Describe.value(iterable));
    }
    JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
    dev.islet.ops.IteratorOperations.forEach(realm, iterable, entry -> {
      if (!(entry instanceof JsObject e)) {
        throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Iterator value " + Describe.value(entry) + " is not an entry object");
      }
      Object k = e.get(realm, PropertyKey.ofIndex(0), e);
      Object v = e.get(realm, PropertyKey.ofIndex(1), e);
      ObjectOperations.createDataPropertyOrThrow(realm, o, TypeConversion.toPropertyKey(realm, k), v);
    });
    return o;
  }

  /** Object.getOwnPropertyDescriptor ( O, P ) */
  static Object getOwnPropertyDescriptor(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, Args.get(args, 0));
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    return PropertyDescriptors.fromPropertyDescriptor(realm, o.getOwnProperty(realm, key));
  }

  /** Object.getOwnPropertyDescriptors ( O ) */
  static Object getOwnPropertyDescriptors(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, Args.get(args, 0));
    JsObject out = JsObject.ordinary(realm, realm.objectPrototype());
    for (Object k : o.ownPropertyKeys(realm)) {
      Object d = PropertyDescriptors.fromPropertyDescriptor(realm, o.getOwnProperty(realm, k));
      if (d != Undefined.INSTANCE) {
        ObjectOperations.createDataPropertyOrThrow(realm, out, k, d);
      }
    }
    return out;
  }

  /** GetOwnPropertyKeys ( O, type ) */
  private static Object ownKeys(Realm realm, Object v, boolean symbols) {
    JsObject o = TypeConversion.toObject(realm, v);
    List<Object> out = new ArrayList<>();
    for (Object k : o.ownPropertyKeys(realm)) {
      if ((k instanceof Symbol) == symbols) {
        out.add(PropertyKey.toValue(k));
      }
    }
    return ObjectOperations.createArrayFromList(realm, out.toArray());
  }

  static Object getOwnPropertyNames(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ownKeys(realm, Args.get(args, 0), false);
  }

  static Object getOwnPropertySymbols(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ownKeys(realm, Args.get(args, 0), true);
  }

  /** Object.getPrototypeOf ( O ) */
  static Object getPrototypeOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject p = TypeConversion.toObject(realm, Args.get(args, 0)).getPrototypeOf(realm);
    return p == null ? Null.INSTANCE : p;
  }

  /** Object.groupBy ( items, callback ) — https://tc39.es/ecma262/#sec-object.groupby */
  static Object groupBy(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    OrderedHashTable groups = GroupBy.groupBy(realm, Args.get(args, 0), Args.get(args, 1), true);
    JsObject obj = JsObject.ordinary(realm, null);
    for (int i = 0; i < groups.usedSlots(); i++) {
      Object key = groups.keyAt(i);
      if (key != null) {
        List<?> elements = (List<?>) groups.valueAt(i);
        ObjectOperations.createDataPropertyOrThrow(realm, obj, key, ObjectOperations.createArrayFromList(realm, elements.toArray()));
      }
    }
    return obj;
  }

  /** Object.hasOwn ( O, P ) */
  static Object hasOwn(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, Args.get(args, 0));
    Object key = TypeConversion.toPropertyKey(realm, Args.get(args, 1));
    return ObjectOperations.hasOwnProperty(realm, o, key);
  }

  /** Object.is ( value1, value2 ) */
  static Object is(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return SameValue.sameValue(Args.get(args, 0), Args.get(args, 1));
  }

  static Object isExtensible(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Args.get(args, 0) instanceof JsObject o && o.isExtensible(realm);
  }

  static Object isFrozen(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return !(Args.get(args, 0) instanceof JsObject o) || testIntegrityLevel(realm, o, true);
  }

  static Object isSealed(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return !(Args.get(args, 0) instanceof JsObject o) || testIntegrityLevel(realm, o, false);
  }

  /** Object.keys ( O ) */
  static Object keys(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, Args.get(args, 0));
    List<Object> keys = ObjectOperations.enumerableOwnKeys(realm, o);
    Object[] out = new Object[keys.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = PropertyKey.toValue(keys.get(i));
    }
    return ArrayObject.fromList(realm, out, out.length);
  }

  static Object preventExtensions(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object o = Args.get(args, 0);
    if (o instanceof JsObject obj && !obj.preventExtensions(realm)) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Cannot prevent extensions");
    }
    return o;
  }

  /** Object.setPrototypeOf ( O, proto ) */
  static Object setPrototypeOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object o = Args.get(args, 0);
    if (o == Undefined.INSTANCE || o == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_CONVERT_TO_OBJECT, o);
    }
    Object proto = Args.get(args, 1);
    if (!(proto instanceof JsObject) && proto != Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Object prototype may only be an Object or null: " + Describe.value(proto));
    }
    if (o instanceof JsObject obj && !obj.setPrototypeOf(realm, proto instanceof JsObject p ? p : null)) {
      throw Errors.typeError(realm, Msg.SET_PROTOTYPE_FAILED, Describe.value(obj));
    }
    return o;
  }

  /** Object.values ( O ) */
  static Object values(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    JsObject o = TypeConversion.toObject(realm, Args.get(args, 0));
    List<Object> out = new ArrayList<>();
    for (Object k : o.ownPropertyKeys(realm)) {
      if (k instanceof Symbol) {
        continue;
      }
      PropertyDescriptor d = o.getOwnProperty(realm, k);
      if (d != null && d.enumerable()) {
        out.add(o.get(realm, k, o));
      }
    }
    return ObjectOperations.createArrayFromList(realm, out.toArray());
  }
}
