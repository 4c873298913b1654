package dev.islet.vm;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.PropertyCell;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import dev.islet.vm.ic.PropertyCache;

/**
 * Property access off the interpreter's fast path: inline-cache checks of the non-OWN kinds, cache
 * filling, and the full [[Get]]/[[Set]] when nothing can be cached.
 */
final class PropertyAccess {
  /** Refills before a site is declared megamorphic. */
  private static final int MAX_MISSES = 8;
  /** Longest prototype chain a cache entry validates. */
  private static final int MAX_CHAIN = 4;

  private PropertyAccess() {}

  private static PropertyCache cache(Object[] caches, int index) {
    PropertyCache ic = (PropertyCache) caches[index];
    if (ic == null) {
      ic = new PropertyCache();
      caches[index] = ic;
    }
    return ic;
  }

  /** True when the prototypes of an object of shape {@code s} still have the cached shapes. */
  private static boolean chainMatches(Shape s, Shape[] chain) {
    JsObject p = s.proto();
    for (Shape expected : chain) {
      if (p == null || p.shape != expected) {
        return false;
      }
      p = expected.proto();
    }
    return true;
  }

  // ------------------------------------------------------------------ get

  static Object getField(Realm realm, Object obj, Object key, Object[] caches, int index) {
    if (!(obj instanceof JsObject o)) {
      return getPrimitive(realm, obj, key);
    }
    PropertyCache ic = cache(caches, index);
    if (ic.kind == PropertyCache.MEGAMORPHIC) {
      return o.get(realm, key, o);
    }
    Object v = probeGet(ic, o);
    if (v != JsObject.NOT_FOUND) {
      return v;
    }
    PropertyCache[] more = ic.more;
    if (more != null) {
      for (PropertyCache e : more) {
        if (e == null) {
          break;
        }
        v = probeGet(e, o);
        if (v != JsObject.NOT_FOUND) {
          return v;
        }
      }
    }
    return getAndCache(realm, o, key, entryToFill(ic));
  }

  /** The value a cache entry gives for {@code o}, or NOT_FOUND when it does not apply. */
  private static Object probeGet(PropertyCache e, JsObject o) {
    Shape s = o.shape;
    switch (e.kind) {
      case PropertyCache.OWN:
        return s == e.ownShape ? o.slots[e.slot] : JsObject.NOT_FOUND;
      case PropertyCache.PROTO_SLOT:
        return s == e.shape && chainMatches(s, e.chain) ? e.holder.slots[e.slot] : JsObject.NOT_FOUND;
      case PropertyCache.PROTO_CELL:
        return s == e.shape && chainMatches(s, e.chain) && e.cell.isLive() ? e.cell.value : JsObject.NOT_FOUND;
      case PropertyCache.ABSENT:
        return s == e.shape && chainMatches(s, e.chain) ? Undefined.INSTANCE : JsObject.NOT_FOUND;
      default:
        return JsObject.NOT_FOUND;
    }
  }

  /**
   * The entry a miss should fill: the primary one while it is empty, else a new polymorphic entry,
   * else (past {@link PropertyCache#MAX_POLYMORPHIC} shapes) the primary again, counting misses
   * toward megamorphic.
   */
  private static PropertyCache entryToFill(PropertyCache ic) {
    if (ic.kind == PropertyCache.EMPTY) {
      return ic;
    }
    PropertyCache[] more = ic.more;
    if (more == null) {
      more = ic.more = new PropertyCache[PropertyCache.MAX_POLYMORPHIC - 1];
    }
    for (int i = 0; i < more.length; i++) {
      if (more[i] == null) {
        more[i] = new PropertyCache();
        return more[i];
      }
    }
    return ic;
  }

  /** Looks the property up along the chain, caching where the layout allows. */
  private static Object getAndCache(Realm realm, JsObject o, Object key, PropertyCache ic) {
    o.materializeKey(key);
    Shape s = o.shape;
    if (!o.isOrdinaryForNamedKeys() || key instanceof Integer || o instanceof ArrayObject && "length".equals(key)) {
      return o.get(realm, key, o);
    }
    if (ic.kind != PropertyCache.EMPTY && ++ic.misses > MAX_MISSES) {
      ic.reset();
      ic.more = null;
      ic.kind = PropertyCache.MEGAMORPHIC;
      return o.get(realm, key, o);
    }
    Shape[] chain = new Shape[MAX_CHAIN];
    if (s.isDictionary()) {
      PropertyCell c = s.cells().get(key);
      if (c != null) {
        if (Attributes.isAccessor(c.attributes)) {
          return o.get(realm, key, o);
        }
        fill(ic, PropertyCache.PROTO_CELL, s, chain, 0);
        ic.cell = c;
        return c.value;
      }
    } else {
      int slot = s.lookup(key);
      if (slot >= 0) {
        if (Attributes.isAccessor(s.attributesAt(slot))) {
          return o.get(realm, key, o);
        }
        ic.reset();
        ic.kind = PropertyCache.OWN;
        ic.ownShape = s;
        ic.slot = slot;
        return o.slots[slot];
      }
    }
    // Walk the prototypes: cache a data property found in an ordinary prototype, or absence.
    int n = 0;
    for (JsObject p = s.proto(); p != null; p = p.shape.proto()) {
      p.materializeKey(key);
      if (n == MAX_CHAIN || !p.isOrdinaryForNamedKeys()) {
        return o.get(realm, key, o);
      }
      Shape ps = p.shape;
      chain[n++] = ps;
      if (ps.isDictionary()) {
        PropertyCell c = ps.cells().get(key);
        if (c != null) {
          if (Attributes.isAccessor(c.attributes)) {
            return o.get(realm, key, o);
          }
          fill(ic, PropertyCache.PROTO_CELL, s, chain, n);
          ic.cell = c;
          return c.value;
        }
      } else {
        int ps0 = ps.lookup(key);
        if (ps0 >= 0) {
          if (Attributes.isAccessor(ps.attributesAt(ps0))) {
            return o.get(realm, key, o);
          }
          fill(ic, PropertyCache.PROTO_SLOT, s, chain, n);
          ic.holder = p;
          ic.slot = ps0;
          if (n <= 2) {
            // The holder is the receiver's prototype or the one above it (a superclass method): the
            // interpreter checks it inline. The receiver's shape fixes its prototype, so the object in between is known.
            ic.protoOf = s;
            ic.protoShape = ps;
            if (n == 2) {
              ic.midProto = s.proto();
              ic.midShape = chain[0];
            }
          }
          return p.slots[ps0];
        }
      }
    }
    fill(ic, PropertyCache.ABSENT, s, chain, n);
    return Undefined.INSTANCE;
  }

  private static void fill(PropertyCache ic, int kind, Shape s, Shape[] chain, int n) {
    ic.reset();
    ic.kind = kind;
    ic.shape = s;
    ic.chain = n == chain.length ? chain : java.util.Arrays.copyOf(chain, n);
  }

  /** GetValue on a primitive base: strings answer length and indices themselves. */
  static Object getPrimitive(Realm realm, Object base, Object key) {
    if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_READ_PROPERTY, base, PropertyKey.describe(key));
    }
    return ObjectOperations.getV(realm, base, key);
  }

  static Object getElem(Realm realm, Object obj, Object keyValue) {
    if (obj == Undefined.INSTANCE || obj == Null.INSTANCE) {
      // GetValue: ToObject(base) throws before the key is converted (no user code runs).
      String shown = keyValue instanceof JsObject ? Describe.value(keyValue)
          : PropertyKey.describe(TypeConversion.toPropertyKey(realm, keyValue));
      throw Errors.typeError(realm, Msg.CANNOT_READ_PROPERTY, obj, shown);
    }
    Object key = TypeConversion.toPropertyKey(realm, keyValue);
    if (obj instanceof JsObject o) {
      return o.get(realm, key, o);
    }
    return ObjectOperations.getV(realm, obj, key);
  }

  // ------------------------------------------------------------------ set

  static void setField(Realm realm, Object obj, Object key, Object value, Object[] caches, int index, boolean strict) {
    if (!(obj instanceof JsObject o)) {
      setPrimitive(realm, obj, key, value, strict);
      return;
    }
    PropertyCache ic = cache(caches, index);
    Shape s = o.shape;
    if (ic.kind == PropertyCache.ADD && s == ic.shape && chainMatches(s, ic.chain)) {
      int slot = ic.slot;
      Object[] sl = o.slots;
      if (slot >= sl.length) {
        int cap = slot < 4 ? 4 : slot + (slot >> 1);
        realm.heap.charge(dev.islet.heap.SizeEstimates.refArray(cap - sl.length));
        o.slots = sl = java.util.Arrays.copyOf(sl, cap);
      }
      sl[slot] = value;
      o.shape = ic.newShape;
      return;
    }
    if (ic.kind == PropertyCache.MEGAMORPHIC) {
      putValue(realm, o, key, value, strict);
      return;
    }
    setAndCache(realm, o, key, value, ic, strict);
  }

  private static void setAndCache(Realm realm, JsObject o, Object key, Object value, PropertyCache ic, boolean strict) {
    o.materializeKey(key);
    Shape s = o.shape;
    boolean cacheable = !s.isDictionary() && o.isOrdinaryForNamedKeys() && !(o instanceof ArrayObject)
        && !(key instanceof Integer);
    if (!cacheable) {
      putValue(realm, o, key, value, strict);
      return;
    }
    if (++ic.misses > MAX_MISSES) {
      ic.reset();
      ic.kind = PropertyCache.MEGAMORPHIC;
      putValue(realm, o, key, value, strict);
      return;
    }
    int slot = s.lookup(key);
    if (slot >= 0) {
      int attrs = s.attributesAt(slot);
      if ((attrs & (Attributes.WRITABLE | Attributes.ACCESSOR)) == Attributes.WRITABLE) {
        ic.reset();
        ic.kind = PropertyCache.OWN;
        ic.ownShape = s;
        ic.slot = slot;
        o.slots[slot] = value;
        return;
      }
      putValue(realm, o, key, value, strict);
      return;
    }
    // Adding a property: cacheable when no prototype has it (a setter or a read-only property).
    if (!s.isExtensible()) {
      putValue(realm, o, key, value, strict);
      return;
    }
    Shape[] chain = new Shape[MAX_CHAIN];
    int n = 0;
    for (JsObject p = s.proto(); p != null; p = p.shape.proto()) {
      p.materializeKey(key);
      if (n == MAX_CHAIN || !p.isOrdinaryForNamedKeys()) {
        putValue(realm, o, key, value, strict);
        return;
      }
      Shape ps = p.shape;
      if (ps.isDictionary() ? ps.cells().containsKey(key) : ps.lookup(key) >= 0) {
        putValue(realm, o, key, value, strict);
        return;
      }
      chain[n++] = ps;
    }
    o.addProperty(realm, key, value, Attributes.DEFAULT);
    Shape after = o.shape;
    if (!after.isDictionary()) {
      fill(ic, PropertyCache.ADD, s, chain, n);
      ic.newShape = after;
      ic.slot = s.size();
    }
  }

  /** PutValue on an object base: [[Set]], a TypeError in strict code when it fails. */
  static void putValue(Realm realm, JsObject o, Object key, Object value, boolean strict) {
    if (!o.set(realm, key, value, o) && strict) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, PropertyKey.describe(key), Describe.value(o));
    }
  }

  /** PutValue on a primitive base: [[Set]] on the prototype with the primitive as receiver. */
  static void setPrimitive(Realm realm, Object base, Object key, Object value, boolean strict) {
    if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
      throw Errors.typeError(realm, Msg.CANNOT_SET_PROPERTY, base, PropertyKey.describe(key));
    }
    JsObject proto = realm.intrinsic(TypeConversion.prototypeOfPrimitive(base));
    boolean ok;
    if (base instanceof CharSequence s && (key instanceof Integer i && PropertyKey.index(i) < s.length() || "length".equals(key))) {
      ok = false;
    } else {
      ok = proto.set(realm, key, value, base);
    }
    if (!ok && strict) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, PropertyKey.describe(key), Describe.value(base));
    }
  }

  static void setElem(Realm realm, Object obj, Object keyValue, Object value, boolean strict) {
    if (obj == Undefined.INSTANCE || obj == Null.INSTANCE) {
      Object key = TypeConversion.toPropertyKey(realm, keyValue);
      throw Errors.typeError(realm, Msg.CANNOT_SET_PROPERTY, obj, PropertyKey.describe(key));
    }
    Object key = TypeConversion.toPropertyKey(realm, keyValue);
    if (obj instanceof JsObject o) {
      putValue(realm, o, key, value, strict);
    } else {
      setPrimitive(realm, obj, key, value, strict);
    }
  }

  // ------------------------------------------------------------------ delete

  static boolean delete(Realm realm, Object obj, Object key, boolean strict) {
    JsObject o = TypeConversion.toObject(realm, obj);
    boolean ok = o.delete(realm, key);
    if (!ok && strict) {
      throw Errors.typeError(realm, Msg.CANNOT_DELETE, PropertyKey.describe(key), Describe.value(o));
    }
    return ok;
  }
}
