package dev.islet.builtins.reflection;

import dev.islet.builtins.fundamental.PropertyDescriptors;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.ProxyLike;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.SameValue;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import dev.islet.vm.Agent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A Proxy exotic object — https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots.
 * Every internal method looks up its trap on the handler, calls it, and checks the result against
 * the target's invariants; without a trap it forwards to the target.
 *
 * <p>Forwarding recurses in Java (a proxy whose target is a proxy, or whose target's prototype is
 * one), so every internal method counts its nesting on the agent and a chain deeper than
 * {@link #MAX_DEPTH} is a RangeError rather than a StackOverflowError.
 */
public final class ProxyObject extends JsObject implements ProxyLike {
  /** Nesting limit of proxy internal methods (each level is a few Java frames). */
  static final int MAX_DEPTH = 2_000;

  /** The realm the proxy was created in: [[Call]] and [[Construct]] use it when no JS code is running. */
  private final Realm home;
  private final boolean callable;
  private final boolean constructor;
  /** [[ProxyTarget]] and [[ProxyHandler]]: both null once revoked. */
  private JsObject target;
  private JsObject handler;

  private ProxyObject(Realm realm, JsObject target, JsObject handler) {
    // A shape of its own: inline caches key on shapes, and no ordinary object may share a proxy's.
    super(realm, Shape.root(null));
    this.home = realm;
    this.target = target;
    this.handler = handler;
    this.callable = target.isCallable();
    this.constructor = target.isConstructor();
  }

  /** ProxyCreate ( target, handler ) — https://tc39.es/ecma262/#sec-proxycreate */
  public static ProxyObject create(Realm realm, Object target, Object handler) {
    if (!(target instanceof JsObject t) || !(handler instanceof JsObject h)) {
      throw Errors.typeError(realm, Msg.PROXY_ARGS_NOT_OBJECTS);
    }
    return new ProxyObject(realm, t, h);
  }

  /** Revokes the proxy (the revocation function of Proxy.revocable). */
  void revoke() {
    target = null;
    handler = null;
  }

  public boolean isRevoked() {
    return handler == null;
  }

  /** [[ProxyTarget]], or null once revoked. */
  public JsObject proxyTarget() {
    return target;
  }

  // ------------------------------------------------------------------ helpers

  /** ValidateNonRevokedProxy, then the entry into a nested internal method. */
  private JsObject enter(Realm realm, String trapName) {
    JsObject t = target;
    if (t == null) {
      throw Errors.typeError(realm, Msg.PROXY_REVOKED, trapName);
    }
    Agent agent = realm.agent;
    if (agent.proxyDepth >= MAX_DEPTH) {
      throw Errors.rangeError(realm, Msg.PROXY_TOO_DEEP);
    }
    agent.proxyDepth++;
    return t;
  }

  private static void exit(Realm realm) {
    realm.agent.proxyDepth--;
  }

  /** GetMethod ( handler, trapName ): undefined or a callable. */
  private static Object trap(Realm realm, JsObject handler, String name) {
    return ObjectOperations.getMethod(realm, handler, name);
  }

  /** The TypeError for a broken invariant of {@code trap}. */
  private static JsThrow invariant(Realm realm, String trap, String what) {
    return Errors.typeError(realm, Msg.PROXY_INVARIANT, trap, what);
  }

  // ------------------------------------------------------------------ [[GetPrototypeOf]] / [[SetPrototypeOf]]

  @Override
  public JsObject getPrototypeOf(Realm realm) {
    JsObject t = enter(realm, "getPrototypeOf");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "getPrototypeOf");
      if (trap == Undefined.INSTANCE) {
        return t.getPrototypeOf(realm);
      }
      Object handlerProto = ((JsObject) trap).call(h, new Object[] {t});
      if (!(handlerProto instanceof JsObject) && handlerProto != Null.INSTANCE) {
        throw invariant(realm, "getPrototypeOf", "trap returned neither object nor null");
      }
      JsObject hp = handlerProto instanceof JsObject o ? o : null;
      if (t.isExtensible(realm)) {
        return hp;
      }
      if (hp != t.getPrototypeOf(realm)) {
        throw invariant(realm, "getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype");
      }
      return hp;
    } finally {
      exit(realm);
    }
  }

  @Override
  public boolean setPrototypeOf(Realm realm, JsObject v) {
    JsObject t = enter(realm, "setPrototypeOf");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "setPrototypeOf");
      if (trap == Undefined.INSTANCE) {
        return t.setPrototypeOf(realm, v);
      }
      Object proto = v == null ? Null.INSTANCE : v;
      if (!TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t, proto}))) {
        return false;
      }
      if (t.isExtensible(realm)) {
        return true;
      }
      if (v != t.getPrototypeOf(realm)) {
        throw invariant(realm, "setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target");
      }
      return true;
    } finally {
      exit(realm);
    }
  }

  @Override
  protected boolean hasExoticGetPrototypeOf() {
    return true;
  }

  // ------------------------------------------------------------------ [[IsExtensible]] / [[PreventExtensions]]

  @Override
  public boolean isExtensible(Realm realm) {
    JsObject t = enter(realm, "isExtensible");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "isExtensible");
      if (trap == Undefined.INSTANCE) {
        return t.isExtensible(realm);
      }
      boolean result = TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t}));
      if (result != t.isExtensible(realm)) {
        throw invariant(realm, "isExtensible", "trap result does not reflect extensibility of proxy target (which is '" + !result + "')");
      }
      return result;
    } finally {
      exit(realm);
    }
  }

  @Override
  public boolean preventExtensions(Realm realm) {
    JsObject t = enter(realm, "preventExtensions");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "preventExtensions");
      if (trap == Undefined.INSTANCE) {
        return t.preventExtensions(realm);
      }
      boolean result = TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t}));
      if (result && t.isExtensible(realm)) {
        throw invariant(realm, "preventExtensions", "trap returned truish but the proxy target is extensible");
      }
      return result;
    } finally {
      exit(realm);
    }
  }

  // ------------------------------------------------------------------ [[GetOwnProperty]] / [[DefineOwnProperty]]

  @Override
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    JsObject t = enter(realm, "getOwnPropertyDescriptor");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "getOwnPropertyDescriptor");
      if (trap == Undefined.INSTANCE) {
        return t.getOwnProperty(realm, key);
      }
      Object resultObj = ((JsObject) trap).call(h, new Object[] {t, PropertyKey.toValue(key)});
      if (!(resultObj instanceof JsObject) && resultObj != Undefined.INSTANCE) {
        throw invariant(realm, "getOwnPropertyDescriptor", "trap returned neither object nor undefined for property '" + PropertyKey.describe(key) + "'");
      }
      PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
      if (resultObj == Undefined.INSTANCE) {
        if (targetDesc == null) {
          return null;
        }
        if (!targetDesc.configurable()) {
          throw invariant(realm, "getOwnPropertyDescriptor", "trap returned undefined for property '" + PropertyKey.describe(key) + "' which is non-configurable in the proxy target");
        }
        if (!t.isExtensible(realm)) {
          throw invariant(realm, "getOwnPropertyDescriptor", "trap returned undefined for property '" + PropertyKey.describe(key) + "' which exists in the non-extensible proxy target");
        }
        return null;
      }
      boolean extensibleTarget = t.isExtensible(realm);
      PropertyDescriptor resultDesc = PropertyDescriptors.toPropertyDescriptor(realm, resultObj);
      ProxyDescriptors.complete(resultDesc);
      if (!ProxyDescriptors.isCompatible(extensibleTarget, resultDesc, targetDesc)) {
        throw invariant(realm, "getOwnPropertyDescriptor", "trap returned a descriptor for property '" + PropertyKey.describe(key) + "' that is incompatible with the existing property in the proxy target");
      }
      if (!resultDesc.configurable()) {
        if (targetDesc == null || targetDesc.configurable()) {
          throw invariant(realm, "getOwnPropertyDescriptor", "trap reported non-configurability for property '" + PropertyKey.describe(key) + "' which is either non-existent or configurable in the proxy target");
        }
        if (resultDesc.hasWritable() && !resultDesc.writable() && targetDesc.writable()) {
          throw invariant(realm, "getOwnPropertyDescriptor", "trap reported non-configurable and writable for property '" + PropertyKey.describe(key) + "' which is non-configurable, non-writable in the proxy target");
        }
      }
      return resultDesc;
    } finally {
      exit(realm);
    }
  }

  @Override
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    JsObject t = enter(realm, "defineProperty");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "defineProperty");
      if (trap == Undefined.INSTANCE) {
        return t.defineOwnProperty(realm, key, desc);
      }
      Object descObj = PropertyDescriptors.fromPropertyDescriptor(realm, desc);
      if (!TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t, PropertyKey.toValue(key), descObj}))) {
        return false;
      }
      PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
      boolean extensibleTarget = t.isExtensible(realm);
      boolean settingConfigFalse = desc.hasConfigurable() && !desc.configurable();
      if (targetDesc == null) {
        if (!extensibleTarget) {
          throw invariant(realm, "defineProperty", "trap returned truish for adding property '" + PropertyKey.describe(key) + "' to the non-extensible proxy target");
        }
        if (settingConfigFalse) {
          throw invariant(realm, "defineProperty", "trap returned truish for defining non-configurable property '" + PropertyKey.describe(key) + "' which is non-existent in the proxy target");
        }
      } else {
        if (!ProxyDescriptors.isCompatible(extensibleTarget, desc, targetDesc)) {
          throw invariant(realm, "defineProperty", "trap returned truish for adding property '" + PropertyKey.describe(key) + "' that is incompatible with the existing property in the proxy target");
        }
        if (settingConfigFalse && targetDesc.configurable()) {
          throw invariant(realm, "defineProperty", "trap returned truish for defining non-configurable property '" + PropertyKey.describe(key) + "' which is configurable in the proxy target");
        }
        if (targetDesc.isDataDescriptor() && !targetDesc.configurable() && targetDesc.writable()
            && desc.hasWritable() && !desc.writable()) {
          throw invariant(realm, "defineProperty", "trap returned truish for defining non-configurable property '" + PropertyKey.describe(key) + "' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object");
        }
      }
      return true;
    } finally {
      exit(realm);
    }
  }

  // ------------------------------------------------------------------ [[HasProperty]]

  @Override
  public boolean hasProperty(Realm realm, Object key) {
    JsObject t = enter(realm, "has");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "has");
      if (trap == Undefined.INSTANCE) {
        return t.hasProperty(realm, key);
      }
      boolean result = TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t, PropertyKey.toValue(key)}));
      if (!result) {
        PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
        if (targetDesc != null) {
          if (!targetDesc.configurable()) {
            throw invariant(realm, "has", "trap returned falsish for property '" + PropertyKey.describe(key) + "' which exists in the proxy target as non-configurable");
          }
          if (!t.isExtensible(realm)) {
            throw invariant(realm, "has", "trap returned falsish for property '" + PropertyKey.describe(key) + "' but the proxy target is not extensible");
          }
        }
      }
      return result;
    } finally {
      exit(realm);
    }
  }

  @Override
  protected int hasOwnForHas(Realm realm, Object key) {
    return hasProperty(realm, key) ? 1 : -1;
  }

  @Override
  public boolean hasOwnProperty(Realm realm, Object key) {
    return getOwnProperty(realm, key) != null;
  }

  // ------------------------------------------------------------------ [[Get]] / [[Set]]

  @Override
  public Object get(Realm realm, Object key, Object receiver) {
    JsObject t = enter(realm, "get");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "get");
      if (trap == Undefined.INSTANCE) {
        return t.get(realm, key, receiver);
      }
      Object result = ((JsObject) trap).call(h, new Object[] {t, PropertyKey.toValue(key), receiver});
      PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
      if (targetDesc != null && !targetDesc.configurable()) {
        if (targetDesc.isDataDescriptor() && !targetDesc.writable() && !SameValue.sameValue(result, targetDesc.value())) {
          throw invariant(realm, "get", "property '" + PropertyKey.describe(key) + "' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value");
        }
        if (targetDesc.isAccessorDescriptor() && targetDesc.getter() == Undefined.INSTANCE && result != Undefined.INSTANCE) {
          throw invariant(realm, "get", "property '" + PropertyKey.describe(key) + "' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined'");
        }
      }
      return result;
    } finally {
      exit(realm);
    }
  }

  @Override
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    return get(realm, key, receiver);
  }

  @Override
  public boolean set(Realm realm, Object key, Object value, Object receiver) {
    JsObject t = enter(realm, "set");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "set");
      if (trap == Undefined.INSTANCE) {
        return t.set(realm, key, value, receiver);
      }
      if (!TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t, PropertyKey.toValue(key), value, receiver}))) {
        return false;
      }
      PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
      if (targetDesc != null && !targetDesc.configurable()) {
        if (targetDesc.isDataDescriptor() && !targetDesc.writable() && !SameValue.sameValue(value, targetDesc.value())) {
          throw invariant(realm, "set", "trap returned truish for property '" + PropertyKey.describe(key) + "' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
        }
        if (targetDesc.isAccessorDescriptor() && targetDesc.setter() == Undefined.INSTANCE) {
          throw invariant(realm, "set", "trap returned truish for property '" + PropertyKey.describe(key) + "' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
        }
      }
      return true;
    } finally {
      exit(realm);
    }
  }

  @Override
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    return set(realm, key, value, receiver) ? SET_TRUE : SET_FALSE;
  }

  // ------------------------------------------------------------------ [[Delete]] / [[OwnPropertyKeys]]

  @Override
  public boolean delete(Realm realm, Object key) {
    JsObject t = enter(realm, "deleteProperty");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "deleteProperty");
      if (trap == Undefined.INSTANCE) {
        return t.delete(realm, key);
      }
      if (!TypeConversion.toBoolean(((JsObject) trap).call(h, new Object[] {t, PropertyKey.toValue(key)}))) {
        return false;
      }
      PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
      if (targetDesc == null) {
        return true;
      }
      if (!targetDesc.configurable()) {
        throw invariant(realm, "deleteProperty", "trap returned truish for property '" + PropertyKey.describe(key) + "' which is non-configurable in the proxy target");
      }
      if (!t.isExtensible(realm)) {
        throw invariant(realm, "deleteProperty", "trap returned truish for property '" + PropertyKey.describe(key) + "' but the proxy target is non-extensible");
      }
      return true;
    } finally {
      exit(realm);
    }
  }

  @Override
  public List<Object> ownPropertyKeys(Realm realm) {
    JsObject t = enter(realm, "ownKeys");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "ownKeys");
      if (trap == Undefined.INSTANCE) {
        return t.ownPropertyKeys(realm);
      }
      Object resultArray = ((JsObject) trap).call(h, new Object[] {t});
      List<Object> trapResult = keysFromArrayLike(realm, resultArray);
      boolean extensibleTarget = t.isExtensible(realm);
      List<Object> targetKeys = t.ownPropertyKeys(realm);
      realm.agent.budget.charge(targetKeys.size());
      List<Object> configurable = new ArrayList<>();
      List<Object> nonConfigurable = new ArrayList<>();
      for (Object k : targetKeys) {
        PropertyDescriptor d = t.getOwnProperty(realm, k);
        if (d != null && !d.configurable()) {
          nonConfigurable.add(k);
        } else {
          configurable.add(k);
        }
      }
      if (extensibleTarget && nonConfigurable.isEmpty()) {
        return trapResult;
      }
      HashSet<Object> unchecked = new HashSet<>(trapResult);
      for (Object k : nonConfigurable) {
        if (!unchecked.remove(k)) {
          throw invariant(realm, "ownKeys", "trap result did not include '" + PropertyKey.describe(k) + "'");
        }
      }
      if (extensibleTarget) {
        return trapResult;
      }
      for (Object k : configurable) {
        if (!unchecked.remove(k)) {
          throw invariant(realm, "ownKeys", "trap result did not include '" + PropertyKey.describe(k) + "'");
        }
      }
      if (!unchecked.isEmpty()) {
        throw invariant(realm, "ownKeys", "trap returned extra keys but proxy target is non-extensible");
      }
      return trapResult;
    } finally {
      exit(realm);
    }
  }

  /** CreateListFromArrayLike ( obj, property-key ), as canonical keys, rejecting duplicates. */
  private static List<Object> keysFromArrayLike(Realm realm, Object v) {
    if (!(v instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.PROXY_INVARIANT, "ownKeys", "trap returned " + Describe.value(v) + ", not an object");
    }
    long len = ObjectOperations.lengthOfArrayLike(realm, o);
    if (len > Integer.MAX_VALUE - 8) {
      throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
    }
    List<Object> keys = new ArrayList<>();
    HashSet<Object> seen = new HashSet<>();
    for (long i = 0; i < len; i++) {
      realm.agent.budget.charge(1);
      Object e = o.get(realm, PropertyKey.ofLong(i), o);
      Object key;
      if (JsStrings.isString(e)) {
        key = PropertyKey.ofString(JsStrings.flat(e));
      } else if (e instanceof Symbol) {
        key = e;
      } else {
        throw Errors.typeError(realm, Msg.PROXY_INVARIANT, "ownKeys", Describe.value(e) + " is not a valid property name");
      }
      if (!seen.add(key)) {
        throw Errors.typeError(realm, Msg.PROXY_INVARIANT, "ownKeys", "trap returned duplicate entries");
      }
      realm.heap.charge(dev.islet.heap.SizeEstimates.refArray(1));
      keys.add(key);
    }
    return keys;
  }

  // ------------------------------------------------------------------ [[Call]] / [[Construct]]

  @Override
  public boolean isCallable() {
    return callable;
  }

  @Override
  public boolean isConstructor() {
    return constructor;
  }

  @Override
  public Object call(Object thisValue, Object[] args) {
    Realm realm = home.agent.currentRealm(home);
    JsObject t = enter(realm, "apply");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "apply");
      if (trap == Undefined.INSTANCE) {
        return ObjectOperations.call(realm, t, thisValue, args);
      }
      JsObject argArray = ObjectOperations.createArrayFromList(realm, args.clone());
      return ((JsObject) trap).call(h, new Object[] {t, thisValue, argArray});
    } finally {
      exit(realm);
    }
  }

  @Override
  public Object construct(Object[] args, JsObject newTarget) {
    Realm realm = home.agent.currentRealm(home);
    JsObject t = enter(realm, "construct");
    try {
      JsObject h = handler;
      Object trap = trap(realm, h, "construct");
      if (trap == Undefined.INSTANCE) {
        return ObjectOperations.construct(realm, t, args, newTarget);
      }
      JsObject argArray = ObjectOperations.createArrayFromList(realm, args.clone());
      Object newObj = ((JsObject) trap).call(h, new Object[] {t, argArray, newTarget});
      if (!(newObj instanceof JsObject)) {
        throw invariant(realm, "construct", "trap returned non-object (" + Describe.value(newObj) + ")");
      }
      return newObj;
    } finally {
      exit(realm);
    }
  }

  // ------------------------------------------------------------------ what abstract operations ask

  @Override
  public boolean isOrdinaryForNamedKeys() {
    return false;
  }

  @Override
  protected boolean hasExoticElements() {
    return true;
  }

  /** IsArray on a proxy: IsArray of the target — https://tc39.es/ecma262/#sec-isarray */
  @Override
  public boolean isArrayTarget(Realm realm) {
    JsObject t = enter(realm, "IsArray");
    try {
      return ObjectOperations.isArray(realm, t);
    } finally {
      exit(realm);
    }
  }

  /** GetFunctionRealm of a proxy: the target's — https://tc39.es/ecma262/#sec-getfunctionrealm */
  @Override
  public Realm functionRealm(Realm realm) {
    JsObject t = enter(realm, "GetFunctionRealm");
    try {
      return ObjectOperations.getFunctionRealm(realm, t);
    } finally {
      exit(realm);
    }
  }

  @Override
  public String className() {
    return callable ? "Function" : "Object";
  }
}
