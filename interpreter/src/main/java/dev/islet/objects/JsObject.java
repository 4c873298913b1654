package dev.islet.objects;

import dev.islet.heap.SizeEstimates;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.PropertyCell;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import dev.islet.values.SameValue;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ECMAScript object, with the ordinary internal methods named as in "Ordinary Object Internal
 * Methods and Internal Slots" — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots.
 *
 * <p>Storage: named properties live in {@link #slots} as the {@link Shape} says (or in its
 * dictionary cells); index properties live apart, in {@link #dense} (a hole is a Java null) or, once
 * they need attributes or are far apart, in {@link #sparse}. Exotic objects subclass this and
 * override the few hooks that differ ({@link #getOwnForGet}, {@link #getOwnProperty},
 * {@link #defineOwnProperty}, …).
 *
 * <p>Every internal method takes the current {@link Realm} first: it is where errors are created
 * and what is charged for allocation.
 */
public class JsObject {
  /** Returned by lookups when a property is absent. Never a JS value. */
  public static final Object NOT_FOUND = new Object() {
    @Override
    public String toString() {
      return "<not found>";
    }
  };
  static final Object[] NO_SLOTS = new Object[0];
  /** An empty argument list. */
  public static final Object[] NO_ARGS = NO_SLOTS;
  private static final int DENSE_MAX_GAP = 1024;
  /** A sparse element beyond its cell: the sorted map's entry and the boxed index. */
  private static final int SPARSE_ENTRY = 48;

  public Shape shape;
  public Object[] slots;
  /** Index properties 0..dense.length-1, all with default attributes; null entries are holes. */
  public Object[] dense;
  /** When non-null, every index property lives here, in index order. */
  public SparseElements sparse;
  /** The root shape of objects whose prototype is this object (created on first use). */
  private Shape childRoot;

  public JsObject(Realm realm, Shape shape) {
    this.shape = shape;
    int n = shape.isDictionary() || shape.size() == 0 ? 0 : shape.size();
    realm.heap.charge(n == 0 ? SizeEstimates.OBJECT : SizeEstimates.OBJECT + SizeEstimates.refArray(n));
    this.slots = n == 0 ? NO_SLOTS : new Object[n];
  }

  /** OrdinaryObjectCreate ( proto ) — https://tc39.es/ecma262/#sec-ordinaryobjectcreate */
  public static JsObject ordinary(Realm realm, JsObject proto) {
    return new JsObject(realm, rootShape(realm, proto));
  }

  /** The empty shape for new ordinary objects with prototype {@code proto}. */
  public static Shape rootShape(Realm realm, JsObject proto) {
    if (proto == null) {
      return realm.nullProtoRoot();
    }
    Shape r = proto.childRoot;
    if (r == null) {
      r = proto.childRoot = Shape.root(proto);
    }
    return r;
  }

  /** The [[Class]]-like name used by debugging output and default toStringTag logic. */
  public String className() {
    return "Object";
  }

  /**
   * The builtinTag of Object.prototype.toString for objects with no special internal slot the
   * algorithm checks itself: "Arguments", "Date", "RegExp" where overridden, else "Object".
   */
  public String builtinTag() {
    return "Object";
  }

  public boolean isCallable() {
    return false;
  }

  public boolean isConstructor() {
    return false;
  }

  /** [[Call]] ( thisArgument, argumentsList ). Callers check {@link #isCallable()} first. */
  public Object call(Object thisValue, Object[] args) {
    throw new IllegalStateException(className() + " is not callable");
  }

  /** [[Construct]] ( argumentsList, newTarget ). Callers check {@link #isConstructor()} first. */
  public Object construct(Object[] args, JsObject newTarget) {
    throw new IllegalStateException(className() + " is not a constructor");
  }

  /** Runs the deferred installer of a lazily built object (built-ins are created empty and filled on first touch). */
  public final void materialize() {
    Shape.LazyInit init = shape.lazyInit();
    if (init != null) {
      if (!(init instanceof LazyProperties.Pending)) {
        shape = Shape.dictionary(shape.proto());
      }
      init.install(this);
    }
  }

  /**
   * Makes own property {@code key} exist if this built-in creates its properties lazily: enough for
   * an operation on that one key. Objects built from {@link LazyProperties} create just that key;
   * other lazy objects install everything.
   */
  public final void materializeKey(Object key) {
    Shape.LazyInit init = shape.lazyInit();
    if (init != null) {
      if (init instanceof LazyProperties.Pending p) {
        p.installKey(this, key);
      } else {
        materialize();
      }
    }
  }

  // ================================================================== [[GetPrototypeOf]] etc.

  /** [[GetPrototypeOf]] () — OrdinaryGetPrototypeOf. Returns null for a null prototype. */
  public JsObject getPrototypeOf(Realm realm) {
    return shape.proto();
  }

  /** [[SetPrototypeOf]] ( V ) — OrdinarySetPrototypeOf. */
  public boolean setPrototypeOf(Realm realm, JsObject v) {
    JsObject current = shape.proto();
    if (v == current) {
      return true;
    }
    if (!shape.isExtensible()) {
      return false;
    }
    // Refuse cycles; stop at an exotic [[GetPrototypeOf]] (a Proxy), as the spec says.
    for (JsObject p = v; p != null; p = p.shape.proto()) {
      if (p == this) {
        return false;
      }
      if (p.hasExoticGetPrototypeOf()) {
        break;
      }
    }
    setPrototypeUnchecked(realm, v);
    return true;
  }

  /** Replaces the prototype, keeping the properties. */
  protected final void setPrototypeUnchecked(Realm realm, JsObject v) {
    materialize();
    Shape s = shape;
    if (s.isDictionary()) {
      shape = s.withProtoDictionary(v);
      return;
    }
    // Rebuild the same layout under the new prototype's root.
    Shape n = rootShape(realm, v);
    for (int i = 0; i < s.size() && n != null; i++) {
      n = n.addProperty(s.keyAt(i), s.attributesAt(i));
    }
    if (n == null) {
      shape = s.toDictionary(slots, v);
      slots = NO_SLOTS;
      return;
    }
    shape = s.isExtensible() ? n : n.preventExtensions();
  }

  /**
   * True when [[Get]], [[Set]] and [[GetOwnProperty]] of string and symbol keys are the ordinary
   * algorithms on this object's shape: inline caches may then trust the shape. Exotic objects
   * (Proxy, String objects, arguments, typed arrays, module namespaces) return false.
   */
  public boolean isOrdinaryForNamedKeys() {
    return true;
  }

  /** True for objects whose index properties are not ordinary storage (String objects, typed arrays, proxies, arguments). */
  protected boolean hasExoticElements() {
    return false;
  }

  /** True for objects whose [[GetPrototypeOf]] is not ordinary (Proxy). */
  protected boolean hasExoticGetPrototypeOf() {
    return false;
  }

  /** [[IsExtensible]] () */
  public boolean isExtensible(Realm realm) {
    return shape.isExtensible();
  }

  /** [[PreventExtensions]] () */
  public boolean preventExtensions(Realm realm) {
    materialize();
    shape = shape.preventExtensions();
    return true;
  }

  // ================================================================== [[GetOwnProperty]]

  /** [[GetOwnProperty]] ( P ): a fresh descriptor, or null when absent. */
  public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
    materializeKey(key);
    return ordinaryGetOwnProperty(key);
  }

  /** OrdinaryGetOwnProperty ( O, P ) — https://tc39.es/ecma262/#sec-ordinarygetownproperty */
  protected final PropertyDescriptor ordinaryGetOwnProperty(Object key) {
    if (key instanceof Integer) {
      if (sparse != null) {
        PropertyCell c = sparse.get(PropertyKey.index(key));
        return c == null ? null : PropertyDescriptor.fromStored(c.value, c.attributes);
      }
      int i = (Integer) key;
      Object[] d = dense;
      if (d != null && i >= 0 && i < d.length && d[i] != null) {
        return PropertyDescriptor.data(d[i], Attributes.DEFAULT);
      }
      return null;
    }
    Shape s = shape;
    if (s.isDictionary()) {
      PropertyCell c = s.cells().get(key);
      return c == null ? null : PropertyDescriptor.fromStored(c.value, c.attributes);
    }
    int slot = s.lookup(key);
    return slot < 0 ? null : PropertyDescriptor.fromStored(slots[slot], s.attributesAt(slot));
  }

  /** True if the object has an own property {@code key} (ordinary objects: without allocating). */
  public boolean hasOwnProperty(Realm realm, Object key) {
    return getOwnProperty(realm, key) != null;
  }

  // ================================================================== [[DefineOwnProperty]]

  /** [[DefineOwnProperty]] ( P, Desc ) */
  public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    materializeKey(key);
    return ordinaryDefineOwnProperty(realm, key, desc);
  }

  /** OrdinaryDefineOwnProperty — https://tc39.es/ecma262/#sec-ordinarydefineownproperty */
  protected final boolean ordinaryDefineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
    if (key instanceof Integer) {
      return defineElement(realm, (Integer) key, desc);
    }
    Shape s = shape;
    if (s.isDictionary()) {
      PropertyCell c = s.cells().get(key);
      if (c == null) {
        if (!s.isExtensible()) {
          return false;
        }
        realm.heap.charge(SizeEstimates.CELL + SizeEstimates.DICTIONARY_ENTRY);
        s.cells().put(key, new PropertyCell(key, desc.storedForNew(), desc.attributesForNew()));
        shape = s.dictionaryChanged();
        return true;
      }
      int before = c.attributes;
      int after = validateAndApply(desc, c.value, before);
      if (after < 0) {
        return false;
      }
      c.value = appliedStored(desc, c.value, before);
      c.attributes = after;
      if (after != before) {
        shape = s.dictionaryChanged();
      }
      return true;
    }
    int slot = s.lookup(key);
    if (slot < 0) {
      if (!s.isExtensible()) {
        return false;
      }
      addProperty(realm, key, desc.storedForNew(), desc.attributesForNew());
      return true;
    }
    int before = s.attributesAt(slot);
    int after = validateAndApply(desc, slots[slot], before);
    if (after < 0) {
      return false;
    }
    slots[slot] = appliedStored(desc, slots[slot], before);
    if (after != before) {
      Shape n = s.withAttributes(slot, after);
      if (n == null) {
        toDictionary();
        PropertyCell c = shape.cells().get(key);
        c.attributes = after;
        shape = shape.dictionaryChanged();
      } else {
        shape = n;
      }
    }
    return true;
  }

  /**
   * ValidateAndApplyPropertyDescriptor for an existing property — https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor.
   * Returns the attributes the property has after applying {@code desc}, or -1 to reject it.
   */
  static int validateAndApply(PropertyDescriptor desc, Object currentStored, int cur) {
    boolean curAccessor = Attributes.isAccessor(cur);
    // 4. If current.[[Configurable]] is false, then
    if (!Attributes.isConfigurable(cur)) {
      if (desc.hasConfigurable() && desc.configurable()) {
        return -1;
      }
      if (desc.hasEnumerable() && desc.enumerable() != Attributes.isEnumerable(cur)) {
        return -1;
      }
      if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != curAccessor) {
        return -1;
      }
      if (curAccessor) {
        Accessor a = (Accessor) currentStored;
        if (desc.hasGet() && !SameValue.sameValue(desc.getter(), a.getter())) {
          return -1;
        }
        if (desc.hasSet() && !SameValue.sameValue(desc.setter(), a.setter())) {
          return -1;
        }
      } else if (!Attributes.isWritable(cur)) {
        if (desc.hasWritable() && desc.writable()) {
          return -1;
        }
        if (desc.hasValue() && !SameValue.sameValue(desc.value(), currentStored)) {
          return -1;
        }
      }
    }
    // 5. Apply: the attributes.
    int enumerable = desc.hasEnumerable() ? (desc.enumerable() ? Attributes.ENUMERABLE : 0) : cur & Attributes.ENUMERABLE;
    int configurable = desc.hasConfigurable() ? (desc.configurable() ? Attributes.CONFIGURABLE : 0) : cur & Attributes.CONFIGURABLE;
    if (!curAccessor && desc.isAccessorDescriptor() || curAccessor && !desc.isDataDescriptor()) {
      return enumerable | configurable | Attributes.ACCESSOR;
    }
    if (curAccessor) {
      return enumerable | configurable | (desc.hasWritable() && desc.writable() ? Attributes.WRITABLE : 0);
    }
    int writable = desc.hasWritable() ? (desc.writable() ? Attributes.WRITABLE : 0) : cur & Attributes.WRITABLE;
    return enumerable | configurable | writable;
  }

  /** Step 5 of ValidateAndApplyPropertyDescriptor: the value to store after a validated {@code desc}. */
  static Object appliedStored(PropertyDescriptor desc, Object currentStored, int cur) {
    boolean curAccessor = Attributes.isAccessor(cur);
    if (!curAccessor && desc.isAccessorDescriptor()) {
      return new Accessor(desc.hasGet() ? desc.getter() : Undefined.INSTANCE, desc.hasSet() ? desc.setter() : Undefined.INSTANCE);
    }
    if (curAccessor && desc.isDataDescriptor()) {
      return desc.hasValue() ? desc.value() : Undefined.INSTANCE;
    }
    if (curAccessor) {
      Accessor a = (Accessor) currentStored;
      if (!desc.hasGet() && !desc.hasSet()) {
        return a;
      }
      return new Accessor(desc.hasGet() ? desc.getter() : a.getter(), desc.hasSet() ? desc.setter() : a.setter());
    }
    return desc.hasValue() ? desc.value() : currentStored;
  }

  private boolean defineElement(Realm realm, Integer key, PropertyDescriptor desc) {
    long index = PropertyKey.index(key);
    if (sparse == null) {
      Object[] d = dense;
      int i = key;
      boolean exists = d != null && i >= 0 && i < d.length && d[i] != null;
      if (exists) {
        boolean plain = !desc.isAccessorDescriptor()
            && (!desc.hasWritable() || desc.writable())
            && (!desc.hasEnumerable() || desc.enumerable())
            && (!desc.hasConfigurable() || desc.configurable());
        if (plain) {
          if (desc.hasValue()) {
            d[i] = desc.value();
          }
          return true;
        }
      } else {
        if (!shape.isExtensible()) {
          return false;
        }
        boolean plainNew = !desc.isAccessorDescriptor() && desc.writable() && desc.enumerable() && desc.configurable();
        if (plainNew && i >= 0 && ensureDense(realm, i)) {
          dense[i] = desc.value();
          return true;
        }
      }
      toSparse(realm);
    }
    PropertyCell c = sparse.get(index);
    if (c == null) {
      if (!shape.isExtensible()) {
        return false;
      }
      realm.heap.charge(SizeEstimates.CELL + SPARSE_ENTRY);
      sparse.put(index, new PropertyCell(key, desc.storedForNew(), desc.attributesForNew()));
      return true;
    }
    int after = validateAndApply(desc, c.value, c.attributes);
    if (after < 0) {
      return false;
    }
    c.value = appliedStored(desc, c.value, c.attributes);
    c.attributes = after;
    return true;
  }

  /**
   * Makes room for dense index {@code i}, growing the dense array; returns false when {@code i} is
   * too far beyond the current elements (they should be sparse instead).
   */
  protected final boolean ensureDense(Realm realm, int i) {
    Object[] d = dense;
    int len = d == null ? 0 : d.length;
    if (i < len) {
      return true;
    }
    if (i - len > DENSE_MAX_GAP && i >= 2 * len) {
      return false;
    }
    int cap = Math.max(i + 1, len + (len >> 1) + 4);
    realm.heap.charge(SizeEstimates.refArray(cap - len));
    dense = d == null ? new Object[cap] : java.util.Arrays.copyOf(d, cap);
    return true;
  }

  /**
   * True when no object on {@code o}'s prototype chain has index properties or exotic behaviour, so
   * adding an element to {@code o} cannot hit a setter or a read-only index on the chain.
   */
  public static boolean protoChainHasNoElements(JsObject o) {
    for (JsObject p = o.shape.proto(); p != null; p = p.shape.proto()) {
      if (p.dense != null || p.sparse != null || p.hasExoticElements()) {
        return false;
      }
    }
    return true;
  }

  /** Moves every index property to sparse storage (needed for non-default attributes). */
  protected final void toSparse(Realm realm) {
    if (sparse != null) {
      return;
    }
    SparseElements s = new SparseElements();
    Object[] d = dense;
    if (d != null) {
      for (int i = 0; i < d.length; i++) {
        if (d[i] != null) {
          realm.heap.charge(SizeEstimates.CELL + SPARSE_ENTRY);
          s.put(i, new PropertyCell(PropertyKey.ofIndex(i), d[i], Attributes.DEFAULT));
        }
      }
    }
    dense = null;
    sparse = s;
  }

  /** Adds a named property known to be absent, as the next slot (or dictionary cell). */
  public final void addProperty(Realm realm, Object key, Object stored, int attrs) {
    Shape s = shape;
    if (s.lazyInit() != null) {
      if (s.lazyInit() instanceof LazyProperties.Pending p) {
        p.claim(this, key); // the engine's own definition wins over the template's
      } else {
        materialize();
      }
      s = shape;
    }
    if (!s.isDictionary()) {
      Shape n = s.addProperty(key, attrs);
      if (n != null) {
        int slot = s.size();
        Object[] sl = slots;
        if (slot >= sl.length) {
          int cap = slot < 4 ? 4 : slot + (slot >> 1);
          realm.heap.charge(SizeEstimates.refArray(cap - sl.length));
          slots = sl = java.util.Arrays.copyOf(sl, cap);
        }
        sl[slot] = stored;
        shape = n;
        return;
      }
      toDictionary();
      s = shape;
    }
    realm.heap.charge(SizeEstimates.CELL + SizeEstimates.DICTIONARY_ENTRY);
    s.cells().put(key, new PropertyCell(key, stored, attrs));
    shape = s.dictionaryChanged();
  }

  /** Switches this object to dictionary mode. */
  public final void toDictionary() {
    materialize();
    if (!shape.isDictionary()) {
      shape = shape.toDictionary(slots, shape.proto());
      slots = NO_SLOTS;
    }
  }

  // ================================================================== [[HasProperty]]

  /** [[HasProperty]] ( P ) — OrdinaryHasProperty, iterating up the chain. */
  public boolean hasProperty(Realm realm, Object key) {
    JsObject o = this;
    while (true) {
      int r = o.hasOwnForHas(realm, key);
      if (r != 0) {
        return r > 0;
      }
      o = o.shape.proto();
      if (o == null) {
        return false;
      }
    }
  }

  /**
   * One step of [[HasProperty]]: 1 present, -1 absent for good (a Proxy answered for the whole
   * chain), 0 absent here (look at the prototype).
   */
  protected int hasOwnForHas(Realm realm, Object key) {
    materializeKey(key);
    return findOwnStored(key) != NOT_FOUND ? 1 : 0;
  }

  // ================================================================== [[Get]]

  /** [[Get]] ( P, Receiver ) — OrdinaryGet, iterating up the chain. */
  public Object get(Realm realm, Object key, Object receiver) {
    JsObject o = this;
    while (true) {
      Object r = o.getOwnForGet(realm, key, receiver);
      if (r != NOT_FOUND) {
        return r;
      }
      o = o.shape.proto();
      if (o == null) {
        return Undefined.INSTANCE;
      }
    }
  }

  /** [[Get]] with this object as the receiver. */
  public final Object get(Realm realm, Object key) {
    return get(realm, key, this);
  }

  /**
   * One step of [[Get]]: the own property's value (calling a getter with {@code receiver}), or
   * {@link #NOT_FOUND} to continue with the prototype. Exotic objects whose [[Get]] does not fall
   * through to the prototype (Proxy, typed arrays for numeric keys) return their whole answer here.
   */
  protected Object getOwnForGet(Realm realm, Object key, Object receiver) {
    materializeKey(key);
    Object stored;
    int attrs;
    if (key instanceof Integer) {
      if (sparse == null) {
        int i = (Integer) key;
        Object[] d = dense;
        if (d != null && i >= 0 && i < d.length) {
          Object v = d[i];
          return v != null ? v : NOT_FOUND;
        }
        return NOT_FOUND;
      }
      PropertyCell c = sparse.get(PropertyKey.index(key));
      if (c == null) {
        return NOT_FOUND;
      }
      stored = c.value;
      attrs = c.attributes;
    } else {
      Shape s = shape;
      if (s.isDictionary()) {
        PropertyCell c = s.cells().get(key);
        if (c == null) {
          return NOT_FOUND;
        }
        stored = c.value;
        attrs = c.attributes;
      } else {
        int slot = s.lookup(key);
        if (slot < 0) {
          return NOT_FOUND;
        }
        stored = slots[slot];
        attrs = s.attributesAt(slot);
      }
    }
    if (Attributes.isAccessor(attrs)) {
      Object getter = ((Accessor) stored).getter();
      if (getter instanceof JsObject f) {
        return f.call(receiver, NO_SLOTS);
      }
      return Undefined.INSTANCE;
    }
    return stored;
  }

  /** The stored value (data value or Accessor) of an own ordinary property, or NOT_FOUND. */
  protected final Object findOwnStored(Object key) {
    if (key instanceof Integer) {
      if (sparse == null) {
        int i = (Integer) key;
        Object[] d = dense;
        if (d != null && i >= 0 && i < d.length && d[i] != null) {
          return d[i];
        }
        return NOT_FOUND;
      }
      PropertyCell c = sparse.get(PropertyKey.index(key));
      return c == null ? NOT_FOUND : c.value;
    }
    Shape s = shape;
    if (s.isDictionary()) {
      PropertyCell c = s.cells().get(key);
      return c == null ? NOT_FOUND : c.value;
    }
    int slot = s.lookup(key);
    return slot < 0 ? NOT_FOUND : slots[slot];
  }

  /** The stored value of an own named property, bypassing exotic behaviour (private fields and brands). */
  public final Object findOwnStoredForEngine(Object key) {
    materializeKey(key);
    return findOwnStored(key);
  }

  /** Replaces the value of an existing own named data property directly (private fields); false if absent. */
  public final boolean replaceOwnStoredForEngine(Object key, Object value) {
    Shape s = shape;
    if (s.isDictionary()) {
      PropertyCell c = s.cells().get(key);
      if (c == null) {
        return false;
      }
      c.value = value;
      return true;
    }
    int slot = s.lookup(key);
    if (slot < 0) {
      return false;
    }
    slots[slot] = value;
    return true;
  }

  // ================================================================== [[Set]]

  /** [[Set]] ( P, V, Receiver ) — OrdinarySet, iterating up the chain. */
  public boolean set(Realm realm, Object key, Object value, Object receiver) {
    JsObject o = this;
    while (true) {
      int r = o.setOwnStep(realm, key, value, receiver);
      if (r != SET_CONTINUE) {
        return r == SET_TRUE;
      }
      JsObject p = o.shape.proto();
      if (p == null) {
        // OrdinarySetWithOwnDescriptor with ownDesc = { undefined, writable, enumerable, configurable }.
        return setOnReceiver(realm, key, value, receiver);
      }
      o = p;
    }
  }

  protected static final int SET_FALSE = 0;
  protected static final int SET_TRUE = 1;
  protected static final int SET_CONTINUE = 2;

  /**
   * One step of [[Set]] at this object of the chain: SET_TRUE / SET_FALSE when decided (an own
   * property was found, or an exotic answered for the whole chain), SET_CONTINUE to go on with the
   * prototype. OrdinarySetWithOwnDescriptor — https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor
   */
  protected int setOwnStep(Realm realm, Object key, Object value, Object receiver) {
    materializeKey(key);
    // Fast path: a writable own data property of the receiver itself.
    if (receiver == this) {
      if (key instanceof Integer && sparse == null) {
        int i = (Integer) key;
        Object[] d = dense;
        if (d != null && i >= 0 && i < d.length && d[i] != null) {
          d[i] = value;
          return SET_TRUE;
        }
      } else if (!(key instanceof Integer) && !shape.isDictionary()) {
        int slot = shape.lookup(key);
        if (slot >= 0 && (shape.attributesAt(slot) & (Attributes.WRITABLE | Attributes.ACCESSOR)) == Attributes.WRITABLE) {
          slots[slot] = value;
          return SET_TRUE;
        }
      }
    }
    PropertyDescriptor own = getOwnProperty(realm, key);
    if (own == null) {
      return SET_CONTINUE;
    }
    return setWithOwnDescriptor(realm, key, value, receiver, own) ? SET_TRUE : SET_FALSE;
  }

  /** Steps 2–7 of OrdinarySetWithOwnDescriptor, for an own descriptor that exists. */
  protected final boolean setWithOwnDescriptor(Realm realm, Object key, Object value, Object receiver, PropertyDescriptor own) {
    if (own.isDataDescriptor()) {
      if (!own.writable()) {
        return false;
      }
      return setOnReceiver(realm, key, value, receiver);
    }
    Object setter = own.setter();
    if (!(setter instanceof JsObject f)) {
      return false;
    }
    f.call(receiver, new Object[] {value});
    return true;
  }

  /** Steps 2.b–2.e of OrdinarySetWithOwnDescriptor: define or update the data property on the receiver. */
  protected static boolean setOnReceiver(Realm realm, Object key, Object value, Object receiver) {
    if (!(receiver instanceof JsObject r)) {
      return false;
    }
    PropertyDescriptor existing = r.getOwnProperty(realm, key);
    if (existing != null) {
      if (existing.isAccessorDescriptor() || !existing.writable()) {
        return false;
      }
      return r.defineOwnProperty(realm, key, new PropertyDescriptor().setValue(value));
    }
    return r.defineOwnProperty(realm, key, PropertyDescriptor.data(value, Attributes.DEFAULT));
  }

  // ================================================================== [[Delete]]

  /** [[Delete]] ( P ) — OrdinaryDelete. */
  public boolean delete(Realm realm, Object key) {
    materializeKey(key);
    return ordinaryDelete(key);
  }

  protected final boolean ordinaryDelete(Object key) {
    if (key instanceof Integer) {
      if (sparse != null) {
        long idx = PropertyKey.index(key);
        PropertyCell c = sparse.get(idx);
        if (c == null) {
          return true;
        }
        if (!Attributes.isConfigurable(c.attributes)) {
          return false;
        }
        sparse.remove(idx);
        c.kill();
        return true;
      }
      int i = (Integer) key;
      Object[] d = dense;
      if (d != null && i >= 0 && i < d.length) {
        d[i] = null;
      }
      return true;
    }
    Shape s = shape;
    if (s.isDictionary()) {
      PropertyCell c = s.cells().get(key);
      if (c == null) {
        return true;
      }
      if (!Attributes.isConfigurable(c.attributes)) {
        return false;
      }
      s.cells().remove(key);
      c.kill();
      shape = s.dictionaryChanged();
      return true;
    }
    int slot = s.lookup(key);
    if (slot < 0) {
      return true;
    }
    if (!Attributes.isConfigurable(s.attributesAt(slot))) {
      return false;
    }
    Shape back = s.withoutLast(slot);
    if (back != null) {
      slots[slot] = null;
      shape = back;
      return true;
    }
    toDictionary();
    PropertyCell c = shape.cells().remove(key);
    c.kill();
    shape = shape.dictionaryChanged();
    return true;
  }

  // ================================================================== [[OwnPropertyKeys]]

  /** [[OwnPropertyKeys]] () — OrdinaryOwnPropertyKeys: indices ascending, then strings, then symbols, in creation order. */
  public List<Object> ownPropertyKeys(Realm realm) {
    materialize();
    chargeKeys(realm, 0);
    List<Object> keys = new ArrayList<>();
    addIndexKeys(keys);
    addNamedKeys(keys);
    return keys;
  }

  /**
   * Charges a key list before it is made: the list, and the work of making it (and of what callers
   * do per key), in proportion to the slots it scans; {@code extra} more keys come from elsewhere.
   */
  protected final void chargeKeys(Realm realm, long extra) {
    long n = extra + (dense != null ? dense.length : sparse != null ? sparse.size() : 0)
        + (shape.isDictionary() ? shape.cells().size() : shape.size());
    if (n > 64) {
      realm.heap.charge(SizeEstimates.refArray(n) + 16 * extra);
      realm.agent.budget.charge(n >> 2);
    }
  }

  /**
   * The own string and symbol keys without the index keys, in [[OwnPropertyKeys]] order: for code that
   * shows an array's extra properties without listing (and paying for) a million indices.
   */
  public List<Object> ownNonIndexKeys() {
    materialize();
    List<Object> keys = new ArrayList<>();
    addNamedKeys(keys);
    return keys;
  }

  protected final void addIndexKeys(List<Object> keys) {
    if (sparse != null) {
      for (PropertyCell c : sparse.cells()) {
        keys.add(c.key);
      }
    } else if (dense != null) {
      Object[] d = dense;
      for (int i = 0; i < d.length; i++) {
        if (d[i] != null) {
          keys.add(PropertyKey.ofIndex(i));
        }
      }
    }
  }

  protected final void addNamedKeys(List<Object> keys) {
    Shape s = shape;
    if (s.isDictionary()) {
      boolean symbols = false;
      for (Map.Entry<Object, PropertyCell> e : s.cells().entrySet()) {
        Object k = e.getKey();
        if (k instanceof Symbol) {
          symbols = true;
        } else if (!(k instanceof PrivateKey)) {
          keys.add(k);
        }
      }
      if (symbols) {
        for (Object k : s.cells().keySet()) {
          if (k instanceof Symbol) {
            keys.add(k);
          }
        }
      }
      return;
    }
    int n = s.size();
    boolean symbols = false;
    for (int i = 0; i < n; i++) {
      Object k = s.keyAt(i);
      if (k instanceof Symbol) {
        symbols = true;
      } else if (!(k instanceof PrivateKey)) {
        keys.add(k);
      }
    }
    if (symbols) {
      for (int i = 0; i < n; i++) {
        Object k = s.keyAt(i);
        if (k instanceof Symbol) {
          keys.add(k);
        }
      }
    }
  }

  // ================================================================== direct access for the engine

  /**
   * Defines a named property that is known not to exist yet, without validation: for building
   * built-ins and fresh objects (object literals, results of built-ins).
   */
  public final void defineDirect(Realm realm, Object key, Object value, int attrs) {
    if (key instanceof Integer) {
      defineElement(realm, (Integer) key, PropertyDescriptor.fromStored(value, attrs));
      return;
    }
    addProperty(realm, key, value, attrs);
  }

  /** Builds the accessor property {@code key} directly (see {@link #defineDirect}). */
  public final void defineAccessorDirect(Realm realm, Object key, Object getter, Object setter, int attrs) {
    defineDirect(realm, key, new Accessor(getter, setter), attrs | Attributes.ACCESSOR);
  }

  // ================================================================== heap accounting

  /**
   * Reports every reference this object holds (prototype, property values, elements). Subclasses
   * with more internal slots override this and call super, so the live-set measurement of the
   * heap limit sees what they keep alive.
   */
  public void traceReferences(HeapVisitor v) {
    v.visit(shape.proto());
    if (shape.isDictionary()) {
      for (PropertyCell c : shape.cells().values()) {
        v.visit(c.key);
        v.visit(c.value);
      }
    } else {
      Object[] sl = slots;
      for (int i = 0, n = shape.size(); i < n && i < sl.length; i++) {
        v.visit(sl[i]);
      }
    }
    Object[] d = dense;
    if (d != null) {
      for (Object e : d) {
        if (e != null) {
          v.visit(e);
        }
      }
    }
    if (sparse != null) {
      for (PropertyCell c : sparse.cells()) {
        v.visit(c.value);
      }
    }
  }

  /** The estimated bytes of this object itself (not what it references), as charged at allocation. */
  public long estimatedSize() {
    long size = SizeEstimates.OBJECT + SizeEstimates.refArray(slots.length);
    if (shape.isDictionary()) {
      size += (long) shape.cells().size() * (SizeEstimates.CELL + SizeEstimates.DICTIONARY_ENTRY);
    }
    if (dense != null) {
      size += SizeEstimates.refArray(dense.length);
    }
    if (sparse != null) {
      size += (long) sparse.size() * (SizeEstimates.CELL + SPARSE_ENTRY);
    }
    return size;
  }

  @Override
  public String toString() {
    return "[object " + className() + "]";
  }
}
