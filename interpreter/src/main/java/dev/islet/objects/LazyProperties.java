package dev.islet.objects;

import dev.islet.objects.shape.PropertyCell;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The own properties of a built-in object (the global object, a prototype), listed once per process
 * and shared by every isolate, then created in each realm one key at a time when a script first
 * touches that key. A new isolate pays for the built-ins its code uses, not for all of them.
 *
 * <p>An object built from a template starts with {@link #in}'s lazy initializer as its shape's
 * {@link Shape.LazyInit}. A key-specific operation ({@link JsObject#materializeKey}) turns the object
 * into a dictionary and creates that one property; an operation on the whole object (own keys,
 * preventExtensions, a new prototype: {@link JsObject#materialize}) creates the rest and puts the
 * template's properties first, in template order, as if all had been created with the realm.
 */
public final class LazyProperties {
  /** Makes the stored value of one property (a data value, or an {@link Accessor}) in {@code realm}. */
  @FunctionalInterface
  public interface Value {
    Object create(Realm realm, JsObject target);
  }

  private final Object[] keys;
  private final int[] attributes;
  private final Value[] values;
  private final HashMap<Object, Integer> index;

  private LazyProperties(List<Object> keys, List<Integer> attributes, List<Value> values) {
    this.keys = keys.toArray();
    this.attributes = new int[keys.size()];
    this.values = values.toArray(new Value[0]);
    this.index = new HashMap<>(keys.size() * 2);
    for (int i = 0; i < this.keys.length; i++) {
      this.attributes[i] = attributes.get(i);
      if (index.put(this.keys[i], i) != null) {
        throw new IllegalArgumentException("duplicate key " + this.keys[i]);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The lazy initializer of one object of {@code realm} built from this template: use it in {@link Shape#lazy}. */
  public Shape.LazyInit in(Realm realm) {
    return new Pending(realm, this);
  }

  public int size() {
    return keys.length;
  }

  /** Collects a template's properties in their creation order. */
  public static final class Builder {
    private final List<Object> keys = new ArrayList<>();
    private final List<Integer> attributes = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();

    private Builder() {}

    /** A property {@code key} with attributes {@code attrs} whose value {@code value} makes in each realm. */
    public Builder add(Object key, int attrs, Value value) {
      keys.add(key);
      attributes.add(attrs);
      values.add(value);
      return this;
    }

    public LazyProperties build() {
      return new LazyProperties(keys, attributes, values);
    }
  }

  /**
   * One object's progress through its template: {@code made[i]} is the cell created for key i, null
   * while it is still pending. Dropped from the shape once every key exists.
   */
  static final class Pending implements Shape.LazyInit {
    /** Marks a template key the engine defined itself before the template did: never created from the template. */
    private static final PropertyCell CLAIMED = new PropertyCell(null, null, 0);

    private final Realm realm;
    private final LazyProperties template;
    private final PropertyCell[] made;
    private int remaining;

    Pending(Realm realm, LazyProperties template) {
      this.realm = realm;
      this.template = template;
      this.made = new PropertyCell[template.keys.length];
      this.remaining = made.length;
    }

    /** Creates the property {@code key} if the template has it and it is still pending. */
    void installKey(JsObject target, Object key) {
      ensureDictionary(target);
      Integer i = template.index.get(key);
      if (i != null && made[i] == null) {
        create(target, i);
        target.shape = remaining == 0 ? target.shape.withoutLazyInit() : target.shape.dictionaryChanged();
      }
    }

    /** The engine is about to add {@code key} directly: the template must not create it later. */
    void claim(JsObject target, Object key) {
      ensureDictionary(target);
      Integer i = template.index.get(key);
      if (i != null && made[i] == null) {
        made[i] = CLAIMED;
        remaining--;
      }
    }

    /** Creates every pending property and orders the dictionary: template keys first, in template order. */
    @Override
    public void install(JsObject target) {
      ensureDictionary(target);
      for (int i = 0; i < made.length; i++) {
        if (made[i] == null) {
          create(target, i);
        }
      }
      LinkedHashMap<Object, PropertyCell> cells = target.shape.cells();
      List<PropertyCell> others = new ArrayList<>();
      for (Map.Entry<Object, PropertyCell> e : cells.entrySet()) {
        Integer i = template.index.get(e.getKey());
        if (i == null || made[i] != e.getValue()) {
          others.add(e.getValue());
        }
      }
      // Same cells, new order (inline caches may hold the cells).
      cells.clear();
      for (PropertyCell c : made) {
        if (c != CLAIMED && c.isLive()) {
          cells.put(c.key, c);
        }
      }
      for (PropertyCell c : others) {
        cells.put(c.key, c);
      }
      target.shape = target.shape.withoutLazyInit();
    }

    private void ensureDictionary(JsObject target) {
      if (!target.shape.isDictionary()) {
        target.shape = Shape.dictionary(target.shape.proto(), this);
      }
    }

    private void create(JsObject target, int i) {
      remaining--;
      made[i] = CLAIMED; // a value that touches its own key while being made does not make it twice
      Object stored = template.values[i].create(realm, target);
      realm.heap.charge(dev.islet.heap.SizeEstimates.CELL + dev.islet.heap.SizeEstimates.DICTIONARY_ENTRY);
      PropertyCell c = new PropertyCell(template.keys[i], stored, template.attributes[i]);
      made[i] = c;
      target.shape.cells().put(c.key, c);
    }
  }
}
