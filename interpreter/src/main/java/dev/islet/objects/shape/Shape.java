package dev.islet.objects.shape;

import dev.islet.objects.JsObject;
import java.util.HashMap;
import java.util.LinkedHashMap;

/**
 * A hidden class: what an object's own named properties are (keys, attributes, slot of each), its
 * prototype and whether it is extensible. Objects built the same way share a shape, so an inline
 * cache checks one pointer to know where a property lives.
 *
 * <p>Two storage modes:
 * <ul>
 *   <li><b>Shape mode</b>: properties in the object's {@code slots} array, in insertion order (slot i
 *       holds the i-th property). Shapes form transition trees from a root per prototype and are
 *       immutable apart from caches, so they are shared by every object of that layout.
 *   <li><b>Dictionary mode</b>: properties in a map of {@link PropertyCell}s owned by one object. The
 *       map is mutable, but every change to its key set or attributes gives the object a new Shape
 *       wrapping the same map, so "same shape" still means "same keys and attributes" and a cached
 *       cell stays valid while the shape is unchanged.
 * </ul>
 *
 * <p>Shapes hold their prototype, so they belong to one isolate and are never shared across
 * isolates. Not thread-safe: an isolate runs on one thread at a time.
 */
public final class Shape {
  /** A shape-mode object with more named properties than this turns into dictionary mode. */
  public static final int MAX_SHAPE_PROPERTIES = 128;
  private static final int LINEAR_LOOKUP_MAX = 8;

  private final JsObject proto;
  private final boolean extensible;
  private final Shape parent;
  /** Shape mode: the key added last (null for a root). */
  private final Object key;
  /** Shape mode: attributes of the key added last. */
  private final int attributes;
  /** Shape mode: the number of properties, which is also the number of slots used. */
  private final int size;
  /** Dictionary mode: the object's properties; null in shape mode. */
  private final LinkedHashMap<Object, PropertyCell> dictionary;
  /** Lazily materialized built-in objects: runs once on first touch. */
  private final LazyInit lazy;

  // Shape-mode lookup tables, built on demand and shared along a chain where possible: the i-th
  // entries describe the i-th property; a shape reads only its first `size` entries.
  private Object[] keys;
  private int[] attrs;
  private HashMap<Object, Integer> index;

  // Transitions: the most recent one inline, the rest in a map keyed by key then attributes.
  private Shape lastTransition;
  private HashMap<Object, Object> transitions;
  private Shape preventExtensionsTransition;

  /** Builds an object's properties on first use; see {@link JsObject#materialize}. */
  @FunctionalInterface
  public interface LazyInit {
    void install(JsObject target);
  }

  private Shape(JsObject proto, boolean extensible, Shape parent, Object key, int attributes, int size,
      LinkedHashMap<Object, PropertyCell> dictionary, LazyInit lazy) {
    this.proto = proto;
    this.extensible = extensible;
    this.parent = parent;
    this.key = key;
    this.attributes = attributes;
    this.size = size;
    this.dictionary = dictionary;
    this.lazy = lazy;
  }

  /** The empty, extensible shape-mode root for objects whose prototype is {@code proto}. */
  public static Shape root(JsObject proto) {
    return new Shape(proto, true, null, null, 0, 0, null, null);
  }

  /** A fresh empty dictionary-mode shape. */
  public static Shape dictionary(JsObject proto) {
    return new Shape(proto, true, null, null, 0, 0, new LinkedHashMap<>(), null);
  }

  /**
   * A fresh empty dictionary-mode shape whose object still has properties to create on first touch
   * ({@code dev.islet.objects.LazyProperties}): the initializer stays on every shape of the
   * dictionary until they all exist.
   */
  public static Shape dictionary(JsObject proto, LazyInit pending) {
    return new Shape(proto, true, null, null, 0, 0, new LinkedHashMap<>(), pending);
  }

  /** A placeholder for an object whose properties are installed on first touch (as a dictionary). */
  public static Shape lazy(JsObject proto, LazyInit init) {
    return new Shape(proto, true, null, null, 0, 0, null, init);
  }

  public JsObject proto() {
    return proto;
  }

  public boolean isExtensible() {
    return extensible;
  }

  public boolean isDictionary() {
    return dictionary != null;
  }

  public LazyInit lazyInit() {
    return lazy;
  }

  public int size() {
    return dictionary != null ? dictionary.size() : size;
  }

  public LinkedHashMap<Object, PropertyCell> cells() {
    return dictionary;
  }

  // ---------------------------------------------------------------- shape mode: lookup

  /** The slot of {@code k} in a shape-mode object, or -1. */
  public int lookup(Object k) {
    int n = size;
    if (n == 0) {
      return -1;
    }
    if (k == key) {
      return n - 1;
    }
    Object[] ks = keyTable();
    if (n <= LINEAR_LOOKUP_MAX) {
      for (int i = n - 1; i >= 0; i--) {
        Object e = ks[i];
        if (e == k || e.equals(k)) {
          return i;
        }
      }
      return -1;
    }
    HashMap<Object, Integer> m = index;
    if (m == null) {
      m = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        m.put(ks[i], i);
      }
      index = m;
    }
    Integer slot = m.get(k);
    return slot == null ? -1 : slot;
  }

  /** The attributes of the property in slot {@code slot}. */
  public int attributesAt(int slot) {
    if (slot == size - 1) {
      return attributes;
    }
    keyTable();
    return attrs[slot];
  }

  /** The key of the property in slot {@code slot}. */
  public Object keyAt(int slot) {
    if (slot == size - 1) {
      return key;
    }
    return keyTable()[slot];
  }

  private Object[] keyTable() {
    Object[] ks = keys;
    if (ks != null) {
      return ks;
    }
    // Reuse the parent's table when it has room and agrees on our last entry: chains built by
    // appending (the common case) then share one array instead of one per shape.
    Shape p = parent;
    Object[] pk = p.size == 0 ? null : p.keyTable();
    int[] pa = p.size == 0 ? null : p.attrs;
    int i = size - 1;
    if (pk != null && pk.length > i && (pk[i] == null || (pk[i] == key && pa[i] == attributes))) {
      pk[i] = key;
      pa[i] = attributes;
      keys = pk;
      attrs = pa;
      return pk;
    }
    int cap = Math.max(4, size + (size >> 1));
    ks = new Object[cap];
    int[] as = new int[cap];
    if (pk != null) {
      System.arraycopy(pk, 0, ks, 0, i);
      System.arraycopy(pa, 0, as, 0, i);
    }
    ks[i] = key;
    as[i] = attributes;
    keys = ks;
    attrs = as;
    return ks;
  }

  // ---------------------------------------------------------------- shape mode: transitions

  /**
   * The shape after adding property {@code k} with {@code attrs} as the next slot; null when this
   * shape has too many properties and the object should turn into a dictionary.
   */
  public Shape addProperty(Object k, int attrs) {
    Shape t = lastTransition;
    if (t != null && t.key == k && t.attributes == attrs) {
      return t;
    }
    if (size >= MAX_SHAPE_PROPERTIES) {
      return null;
    }
    HashMap<Object, Object> map = transitions;
    if (map != null) {
      Object found = map.get(k);
      if (found instanceof Shape s && s.attributes == attrs) {
        return lastTransition = s;
      }
      if (found instanceof Shape[] list) {
        for (Shape s : list) {
          if (s.attributes == attrs) {
            return lastTransition = s;
          }
        }
      }
    } else if (t != null && t.key.equals(k) && t.attributes == attrs) {
      return t;
    }
    Shape child = new Shape(proto, extensible, this, k, attrs, size + 1, null, null);
    if (t != null || map != null) {
      if (map == null) {
        map = transitions = new HashMap<>();
        map.put(t.key, t);
      }
      Object prev = map.get(k);
      if (prev == null) {
        map.put(k, child);
      } else if (prev instanceof Shape s) {
        map.put(k, new Shape[] {s, child});
      } else {
        Shape[] old = (Shape[]) prev;
        Shape[] list = java.util.Arrays.copyOf(old, old.length + 1);
        list[old.length] = child;
        map.put(k, list);
      }
    }
    lastTransition = child;
    return child;
  }

  /**
   * The shape with the property in {@code slot} given new attributes (same slots), or null when the
   * object should rather become a dictionary.
   */
  public Shape withAttributes(int slot, int newAttrs) {
    if (slot == size - 1) {
      return parent.addProperty(key, newAttrs).copyExtensibility(extensible);
    }
    Shape base = this;
    Object[] ks = keyTable();
    int[] as = attrs;
    // Walk back to the slot, then replay the later properties.
    while (base.size > slot) {
      base = base.parent;
    }
    Shape s = base.addProperty(ks[slot], newAttrs);
    for (int i = slot + 1; i < size && s != null; i++) {
      s = s.addProperty(ks[i], as[i]);
    }
    return s == null ? null : s.copyExtensibility(extensible);
  }

  private Shape copyExtensibility(boolean ext) {
    return ext ? this : preventExtensions();
  }

  /** The same layout, not extensible. */
  public Shape preventExtensions() {
    if (!extensible) {
      return this;
    }
    if (dictionary != null) {
      return new Shape(proto, false, null, null, 0, 0, dictionary, null);
    }
    Shape t = preventExtensionsTransition;
    if (t == null) {
      t = new Shape(proto, false, parent, key, attributes, size, null, null);
      // Share lookup tables: same keys in the same slots (a root has none).
      t.keys = size == 0 ? null : keyTable();
      t.attrs = attrs;
      preventExtensionsTransition = t;
    }
    return t;
  }

  /**
   * The shape-mode layout with the last property removed, when {@code slot} is the last one;
   * otherwise null (the object turns into a dictionary).
   */
  public Shape withoutLast(int slot) {
    if (dictionary == null && slot == size - 1 && extensible) {
      return parent;
    }
    return null;
  }

  // ---------------------------------------------------------------- dictionary mode

  /** A new dictionary-mode shape over the same cells: call after any change to the key set or attributes. */
  public Shape dictionaryChanged() {
    return new Shape(proto, extensible, null, null, 0, 0, dictionary, lazy);
  }

  /** The same dictionary once every lazily created property exists. */
  public Shape withoutLazyInit() {
    return new Shape(proto, extensible, null, null, 0, 0, dictionary, null);
  }

  /** The same dictionary with another prototype. */
  public Shape withProtoDictionary(JsObject newProto) {
    return new Shape(newProto, extensible, null, null, 0, 0, dictionary, null);
  }

  /** Builds the dictionary equivalent of this shape-mode layout from the object's slots. */
  public Shape toDictionary(Object[] slots, JsObject newProto) {
    LinkedHashMap<Object, PropertyCell> map = new LinkedHashMap<>(Math.max(16, size * 2));
    Object[] ks = size == 0 ? null : keyTable();
    for (int i = 0; i < size; i++) {
      map.put(ks[i], new PropertyCell(ks[i], slots[i], attrs[i]));
    }
    return new Shape(newProto, extensible, null, null, 0, 0, map, null);
  }

  @Override
  public String toString() {
    return (dictionary != null ? "Shape[dict " + dictionary.size() : "Shape[" + size) + (extensible ? "" : " sealed") + "]";
  }
}
