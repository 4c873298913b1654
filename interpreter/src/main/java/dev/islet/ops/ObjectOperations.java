package dev.islet.ops;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;

/** Operations on Objects — https://tc39.es/ecma262/#sec-operations-on-objects. */
public final class ObjectOperations {
  private ObjectOperations() {}

  /** GetV ( V, P ): [[Get]] on a value, using the primitive's prototype without boxing it. */
  public static Object getV(Realm realm, Object v, Object key) {
    if (v instanceof JsObject o) {
      return o.get(realm, key, o);
    }
    if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_READ_PROPERTY, v, PropertyKey.describe(key));
    }
    if (v instanceof CharSequence s) {
      if (key instanceof Integer) {
        long i = PropertyKey.index(key);
        if (i < s.length()) {
          return String.valueOf(s.charAt((int) i));
        }
      } else if ("length".equals(key)) {
        return s.length();
      }
    }
    return realm.intrinsic(TypeConversion.prototypeOfPrimitive(v)).get(realm, key, v);
  }

  /** GetMethod ( V, P ): undefined or a callable — https://tc39.es/ecma262/#sec-getmethod */
  public static Object getMethod(Realm realm, Object v, Object key) {
    Object f = getV(realm, v, key);
    if (f == Undefined.INSTANCE || f == Null.INSTANCE) {
      return Undefined.INSTANCE;
    }
    if (!(f instanceof JsObject o) || !o.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(f));
    }
    return f;
  }

  /** Set ( O, P, V, true ): throws a TypeError when the assignment fails. */
  public static void setOrThrow(Realm realm, JsObject o, Object key, Object value) {
    if (!o.set(realm, key, value, o)) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, PropertyKey.describe(key), Describe.value(o));
    }
  }

  /** CreateDataProperty ( O, P, V ) — https://tc39.es/ecma262/#sec-createdataproperty */
  public static boolean createDataProperty(Realm realm, JsObject o, Object key, Object value) {
    return o.defineOwnProperty(realm, key, PropertyDescriptor.data(value, Attributes.DEFAULT));
  }

  /** CreateDataPropertyOrThrow ( O, P, V ) */
  public static void createDataPropertyOrThrow(Realm realm, JsObject o, Object key, Object value) {
    if (!createDataProperty(realm, o, key, value)) {
      throw Errors.typeError(realm, Msg.CANNOT_DEFINE_PROPERTY, PropertyKey.describe(key));
    }
  }

  /** CreateMethodProperty ( O, P, V ): writable, configurable, not enumerable. */
  public static void createMethodProperty(Realm realm, JsObject o, Object key, Object value) {
    o.defineOwnProperty(realm, key, PropertyDescriptor.data(value, Attributes.HIDDEN));
  }

  /** DefinePropertyOrThrow ( O, P, desc ) */
  public static void definePropertyOrThrow(Realm realm, JsObject o, Object key, PropertyDescriptor desc) {
    if (!o.defineOwnProperty(realm, key, desc)) {
      throw Errors.typeError(realm, Msg.CANNOT_DEFINE_PROPERTY, PropertyKey.describe(key));
    }
  }

  /** DeletePropertyOrThrow ( O, P ) */
  public static void deletePropertyOrThrow(Realm realm, JsObject o, Object key) {
    if (!o.delete(realm, key)) {
      throw Errors.typeError(realm, Msg.CANNOT_DELETE, PropertyKey.describe(key), Describe.value(o));
    }
  }

  /** HasOwnProperty ( O, P ) */
  public static boolean hasOwnProperty(Realm realm, JsObject o, Object key) {
    return o.getOwnProperty(realm, key) != null;
  }

  /** Call ( F, V, argumentsList ): throws a TypeError when F is not callable. */
  public static Object call(Realm realm, Object f, Object thisValue, Object... args) {
    if (!(f instanceof JsObject o) || !o.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(f));
    }
    return o.call(thisValue, args);
  }

  /** Construct ( F, argumentsList, newTarget ) */
  public static JsObject construct(Realm realm, Object f, Object[] args, JsObject newTarget) {
    if (!(f instanceof JsObject o) || !o.isConstructor()) {
      throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(f));
    }
    return (JsObject) o.construct(args, newTarget == null ? o : newTarget);
  }

  /** Invoke ( V, P, argumentsList ) */
  public static Object invoke(Realm realm, Object v, Object key, Object... args) {
    Object f = getV(realm, v, key);
    return call(realm, f, v, args);
  }

  /** LengthOfArrayLike ( obj ) */
  public static long lengthOfArrayLike(Realm realm, JsObject o) {
    if (o instanceof ArrayObject a) {
      return a.length();
    }
    return TypeConversion.toLength(realm, o.get(realm, "length", o));
  }

  /** CreateListFromArrayLike ( obj ) */
  public static Object[] createListFromArrayLike(Realm realm, Object v) {
    if (!(v instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(v));
    }
    long len = lengthOfArrayLike(realm, o);
    if (len > 10_000_000) {
      throw Errors.rangeError(realm, Msg.STACK_OVERFLOW);
    }
    realm.heap.charge(dev.islet.heap.SizeEstimates.refArray(len));
    Object[] list = new Object[(int) len];
    for (int i = 0; i < len; i++) {
      list[i] = o.get(realm, PropertyKey.ofIndex(i), o);
    }
    return list;
  }

  /** IsArray ( argument ) — https://tc39.es/ecma262/#sec-isarray */
  public static boolean isArray(Realm realm, Object v) {
    if (v instanceof ArrayObject) {
      return true;
    }
    if (v instanceof dev.islet.objects.ProxyLike p) {
      return p.isArrayTarget(realm);
    }
    return false;
  }

  /** OrdinaryHasInstance ( C, O ) — https://tc39.es/ecma262/#sec-ordinaryhasinstance */
  public static boolean ordinaryHasInstance(Realm realm, Object c, Object o) {
    if (!(c instanceof JsObject cf) || !cf.isCallable()) {
      return false;
    }
    if (cf instanceof dev.islet.objects.BoundFunction b) {
      return Operators.instanceOf(realm, o, b.target());
    }
    if (!(o instanceof JsObject obj)) {
      return false;
    }
    Object p = cf.get(realm, "prototype", cf);
    if (!(p instanceof JsObject proto)) {
      throw Errors.typeError(realm, Msg.PROTOTYPE_NOT_OBJECT, Describe.value(p));
    }
    int guard = 0;
    for (JsObject x = obj.getPrototypeOf(realm); x != null; x = x.getPrototypeOf(realm)) {
      if (x == proto) {
        return true;
      }
      if (++guard > 1_000_000) {
        realm.agent.budget.charge(guard);
        guard = 0;
      }
    }
    return false;
  }

  /** SpeciesConstructor ( O, defaultConstructor ) */
  public static JsObject speciesConstructor(Realm realm, JsObject o, JsObject defaultConstructor) {
    Object c = o.get(realm, "constructor", o);
    if (c == Undefined.INSTANCE) {
      return defaultConstructor;
    }
    if (!(c instanceof JsObject co)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(c));
    }
    Object s = co.get(realm, Symbol.SPECIES, co);
    if (s == Undefined.INSTANCE || s == Null.INSTANCE) {
      return defaultConstructor;
    }
    if (s instanceof JsObject so && so.isConstructor()) {
      return so;
    }
    throw Errors.typeError(realm, Msg.NOT_CONSTRUCTOR, Describe.value(s));
  }

  /** GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto ) */
  public static JsObject getPrototypeFromConstructor(Realm realm, JsObject constructor, Intrinsic intrinsicDefaultProto) {
    Object proto = constructor.get(realm, "prototype", constructor);
    if (proto instanceof JsObject p) {
      return p;
    }
    Realm r = getFunctionRealm(realm, constructor);
    return r.intrinsic(intrinsicDefaultProto);
  }

  /** GetFunctionRealm ( obj ) */
  public static Realm getFunctionRealm(Realm realm, JsObject obj) {
    if (obj instanceof dev.islet.objects.JsFunction f) {
      if (f instanceof dev.islet.objects.BoundFunction b) {
        return getFunctionRealm(realm, b.target());
      }
      return f.realm;
    }
    if (obj instanceof dev.islet.objects.ProxyLike p) {
      return p.functionRealm(realm);
    }
    return realm;
  }

  /** EnumerableOwnProperties ( O, key ) for keys: the enumerable own string keys. */
  public static List<Object> enumerableOwnKeys(Realm realm, JsObject o) {
    List<Object> keys = o.ownPropertyKeys(realm);
    List<Object> out = new ArrayList<>(keys.size());
    for (Object k : keys) {
      if (k instanceof Symbol) {
        continue;
      }
      PropertyDescriptor d = o.getOwnProperty(realm, k);
      if (d != null && d.enumerable()) {
        out.add(k);
      }
    }
    return out;
  }

  /** CreateArrayFromList ( elements ) */
  public static ArrayObject createArrayFromList(Realm realm, Object[] elements) {
    return ArrayObject.fromList(realm, elements, elements.length);
  }

  /** CopyDataProperties ( target, source, excludedItems ) */
  public static void copyDataProperties(Realm realm, JsObject target, Object source, java.util.Collection<Object> excluded) {
    if (source == Undefined.INSTANCE || source == Null.INSTANCE) {
      return;
    }
    JsObject from = TypeConversion.toObject(realm, source);
    for (Object k : from.ownPropertyKeys(realm)) {
      if (excluded != null && excluded.contains(k)) {
        continue;
      }
      PropertyDescriptor d = from.getOwnProperty(realm, k);
      if (d != null && d.enumerable()) {
        createDataPropertyOrThrow(realm, target, k, from.get(realm, k, from));
      }
    }
  }
}
