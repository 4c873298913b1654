package dev.islet.builtins.keyed;

import dev.islet.heap.SizeEstimates;
import dev.islet.objects.JsObject;
import dev.islet.objects.PrivateKey;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import java.lang.ref.WeakReference;
import java.util.WeakHashMap;

/**
 * Where WeakMap and WeakSet entries live: on the key, not in the collection.
 *
 * <p>A weak collection must not keep its keys alive, and a value must not keep its own key alive
 * either (the spec's ephemeron semantics: {@code wm.set(k, {owner: k})} leaks nothing once k is
 * unreachable). A Java {@code WeakHashMap} gets the second part wrong: its values are strongly
 * held by the map. So each key object carries, under one engine-private key that JavaScript
 * cannot see, a small table from collection to value: a value is then reachable only through its
 * key, and dies with it. The table refers to each collection through the collection's own weak
 * {@link WeakCollectionObject#self} reference, so a key does not keep its collections alive either;
 * entries of collected collections are dropped the next time the table grows.
 *
 * <p>Symbols (allowed as weak keys when not registered, see {@link WeakKeys#canBeHeldWeakly}) carry no
 * properties: a collection keeps them in an identity {@link WeakHashMap} (Symbol does not override
 * equals), where a value that refers back to its own symbol keeps that entry alive. That is the one
 * place the ephemeron guarantee is not given.
 */
final class WeakSlots implements dev.islet.objects.HeapTraceable {
  /** The engine-private property under which a key object keeps its WeakSlots. */
  private static final PrivateKey KEY = new PrivateKey() {
    @Override
    public String toString() {
      return "[[WeakCollectionEntries]]";
    }
  };
  private static final int ENTRY_BYTES = 2 * SizeEstimates.REFERENCE;

  /** Pairs: the owning collection's weak self reference, then the value. */
  private Object[] entries = new Object[4];
  private int count;

  private WeakSlots() {}

  @Override
  public long estimatedSize() {
    return SizeEstimates.OBJECT + SizeEstimates.refArray(entries.length);
  }

  /** The values of the entries: they are live as long as their key is. */
  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    for (int i = 1; i < count; i += 2) {
      v.visit(entries[i]);
    }
  }

  private static WeakSlots of(JsObject key) {
    Object s = key.findOwnStoredForEngine(KEY);
    return s == JsObject.NOT_FOUND ? null : (WeakSlots) s;
  }

  private int indexOf(WeakReference<WeakCollectionObject> owner) {
    Object[] e = entries;
    for (int i = 0; i < count; i += 2) {
      if (e[i] == owner) {
        return i;
      }
    }
    return -1;
  }

  /** The value {@code owner} maps {@code key} to, or null. {@code key} must be able to be held weakly. */
  static Object get(WeakCollectionObject owner, Object key) {
    if (key instanceof Symbol s) {
      WeakHashMap<Symbol, Object> m = owner.symbols;
      return m == null ? null : m.get(s);
    }
    WeakSlots slots = of((JsObject) key);
    if (slots == null) {
      return null;
    }
    int i = slots.indexOf(owner.self);
    return i < 0 ? null : slots.entries[i + 1];
  }

  /** Maps {@code key} to {@code value} in {@code owner}. */
  static void put(Realm realm, WeakCollectionObject owner, Object key, Object value) {
    if (key instanceof Symbol s) {
      if (owner.symbols == null) {
        owner.symbols = new WeakHashMap<>();
      }
      if (owner.symbols.put(s, value) == null) {
        realm.heap.charge(SizeEstimates.OBJECT);
      }
      return;
    }
    JsObject o = (JsObject) key;
    WeakSlots slots = of(o);
    if (slots == null) {
      realm.heap.charge(SizeEstimates.OBJECT + SizeEstimates.refArray(4));
      slots = new WeakSlots();
      o.addProperty(realm, KEY, slots, Attributes.FROZEN);
    }
    int i = slots.indexOf(owner.self);
    if (i >= 0) {
      slots.entries[i + 1] = value;
      return;
    }
    slots.append(realm, owner.self, value);
  }

  private void append(Realm realm, WeakReference<WeakCollectionObject> owner, Object value) {
    if (count == entries.length) {
      expungeCollected();
      if (count == entries.length) {
        realm.heap.charge((long) count * ENTRY_BYTES);
        entries = java.util.Arrays.copyOf(entries, count * 2);
      }
    }
    entries[count++] = owner;
    entries[count++] = value;
  }

  /** Drops the entries of collections the JVM has collected. */
  private void expungeCollected() {
    int j = 0;
    for (int i = 0; i < count; i += 2) {
      if (((WeakReference<?>) entries[i]).get() != null) {
        entries[j++] = entries[i];
        entries[j++] = entries[i + 1];
      }
    }
    java.util.Arrays.fill(entries, j, count, null);
    count = j;
  }

  /** Removes {@code key} from {@code owner}; true if it was present. */
  static boolean remove(WeakCollectionObject owner, Object key) {
    if (key instanceof Symbol s) {
      return owner.symbols != null && owner.symbols.remove(s) != null;
    }
    WeakSlots slots = of((JsObject) key);
    if (slots == null) {
      return false;
    }
    int i = slots.indexOf(owner.self);
    if (i < 0) {
      return false;
    }
    int last = slots.count - 2;
    slots.entries[i] = slots.entries[last];
    slots.entries[i + 1] = slots.entries[last + 1];
    slots.entries[last] = null;
    slots.entries[last + 1] = null;
    slots.count = last;
    return true;
  }
}
