package dev.islet.builtins.keyed;

import dev.islet.heap.SizeEstimates;
import dev.islet.realm.Realm;
import dev.islet.values.Rope;
import java.util.Arrays;

/**
 * The [[MapData]] / [[SetData]] of Map and Set: an insertion-ordered hash table whose keys compare
 * by SameValueZero (https://tc39.es/ecma262/#sec-samevaluezero).
 *
 * <p>Entries live in insertion order in parallel arrays; a deleted entry becomes a hole
 * ({@link #DELETED}) until the table is compacted. Each key is stored normalized: -0 and the
 * integral Doubles become Integers, ropes become flat Strings, so equal JS values are equal Java
 * values and {@link #sameKey} is a plain comparison.
 *
 * <p><b>Live iteration.</b> The spec's iterators and {@code forEach} walk the entry list by index,
 * skipping holes and seeing entries appended during the walk. A {@link Cursor} does the same. When
 * the table is compacted (on growth or {@code clear}), the positions of existing cursors shift; the
 * table then closes its current {@link Generation}, recording which indices were removed, and a
 * cursor that still points into an older generation replays those records on its next step. Old
 * generations are reachable only from the cursors that need them, so the JVM frees them with the
 * cursors. Until the first cursor is made, compaction records nothing.
 */
public final class OrderedHashTable implements dev.islet.objects.HeapTraceable {
  /** The key of a deleted entry. Never a JS value. */
  static final Object DELETED = new Object();
  private static final int MIN_CAPACITY = 8;
  /** Bytes per entry slot: key and value references, hash, chain link and bucket head. */
  private static final int ENTRY_BYTES = 2 * SizeEstimates.REFERENCE + 12;

  private final boolean hasValues;
  private Object[] keys;
  private Object[] values;
  private int[] hashes;
  private int[] chain;
  private int[] buckets;
  /** Entry slots in use, holes included. */
  private int used;
  /** Live entries. */
  private int size;
  /** The current compaction epoch; null until the first cursor is made. */
  private Generation generation;
  /** While a built-in builds this table out of the meter's sight: its charged bytes; else -1. */
  private long transientBytes = -1;

  /** A table; {@code hasValues} is false for Sets, which keep keys only. */
  public OrderedHashTable(boolean hasValues) {
    this.hasValues = hasValues;
  }

  public int size() {
    return size;
  }

  /** The number of entry slots (live entries and holes); an upper bound for index loops. */
  public int usedSlots() {
    return used;
  }

  /** The key at entry {@code index}, or null if that entry was deleted. */
  public Object keyAt(int index) {
    Object k = keys[index];
    return k == DELETED ? null : k;
  }

  /** The value at entry {@code index} (the key itself for a Set). */
  public Object valueAt(int index) {
    return hasValues ? values[index] : keys[index];
  }

  /**
   * The canonical form of a key: +0 for -0, an Integer for every integral number in int range, a
   * flat String for a rope. Map.prototype.set and Set.prototype.add store this form, which is also
   * what the spec says they store ("if key is -0, set key to +0").
   */
  public static Object normalize(Object key) {
    if (key instanceof Double d) {
      double v = d;
      int i = (int) v;
      if (i == v) {
        return i;
      }
      return v != v ? Double.valueOf(Double.NaN) : d;
    }
    if (key instanceof Rope) {
      return key.toString();
    }
    return key;
  }

  private static int hash(Object k) {
    int h;
    if (k instanceof Integer || k instanceof Double || k instanceof String || k instanceof Boolean
        || k instanceof java.math.BigInteger) {
      h = k.hashCode();
    } else {
      h = System.identityHashCode(k);
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private static boolean sameKey(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Integer || a instanceof Double || a instanceof String || a instanceof Boolean
        || a instanceof java.math.BigInteger) {
      return a.equals(b);
    }
    return false;
  }

  /** The entry index of {@code key}, or -1. */
  public int find(Object key) {
    if (size == 0) {
      return -1;
    }
    Object k = normalize(key);
    int h = hash(k);
    for (int i = buckets[h & (buckets.length - 1)]; i >= 0; i = chain[i]) {
      if (hashes[i] == h && sameKey(keys[i], k)) {
        return i;
      }
    }
    return -1;
  }

  public boolean has(Object key) {
    return find(key) >= 0;
  }

  /** The value of {@code key}, or null when absent. */
  public Object get(Object key) {
    int i = find(key);
    return i < 0 ? null : values[i];
  }

  /** Sets the value of {@code key}, appending a new entry if it is absent. */
  public void put(Realm realm, Object key, Object value) {
    int i = find(key);
    if (i >= 0) {
      if (hasValues) {
        values[i] = value;
      }
      return;
    }
    append(realm, normalize(key), value);
  }

  /** Appends an entry for a key known to be absent and already normalized. */
  void append(Realm realm, Object k, Object value) {
    if (keys == null || used == keys.length) {
      makeRoom(realm);
    }
    int h = hash(k);
    int i = used++;
    keys[i] = k;
    if (hasValues) {
      values[i] = value;
    }
    hashes[i] = h;
    int b = h & (buckets.length - 1);
    chain[i] = buckets[b];
    buckets[b] = i;
    size++;
  }

  /** Removes {@code key}; true if it was present. */
  public boolean remove(Object key) {
    int i = find(key);
    if (i < 0) {
      return false;
    }
    keys[i] = DELETED;
    if (hasValues) {
      values[i] = null;
    }
    size--;
    return true;
  }

  /** Removes every entry; cursors continue with entries added afterwards. */
  public void clear(Realm realm) {
    if (keys == null) {
      return;
    }
    closeGeneration(null, true);
    realm.heap.release((long) keys.length * ENTRY_BYTES + 5L * SizeEstimates.ARRAY_HEADER);
    keys = null;
    values = null;
    hashes = null;
    chain = null;
    buckets = null;
    used = 0;
    size = 0;
  }

  /** Full: compacts in place when at least half the slots are holes, else doubles the capacity. */
  private void makeRoom(Realm realm) {
    int cap = keys == null ? MIN_CAPACITY : (size * 2 <= keys.length ? keys.length : keys.length * 2);
    if (keys == null || cap != keys.length) {
      if (cap > (1 << 28)) {
        throw dev.islet.errors.Errors.rangeError(realm, dev.islet.errors.Msg.COLLECTION_TOO_LARGE);
      }
      long bytes = (long) cap * ENTRY_BYTES + 5L * SizeEstimates.ARRAY_HEADER;
      long old = keys == null ? 0 : (long) keys.length * ENTRY_BYTES + 5L * SizeEstimates.ARRAY_HEADER;
      if (transientBytes >= 0) {
        realm.heap.chargeTransient(bytes);
        realm.heap.releaseTransient(old);
        transientBytes += bytes - old;
      } else {
        realm.heap.charge(bytes);
        realm.heap.release(old);
      }
    }
    rebuild(cap);
  }

  /** Copies the live entries, in order, into fresh arrays of {@code cap} slots and rehashes them. */
  private void rebuild(int cap) {
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    int oldUsed = used;
    if (oldKeys != null && size < oldUsed) {
      int[] removed = new int[oldUsed - size];
      int r = 0;
      for (int i = 0; i < oldUsed; i++) {
        if (oldKeys[i] == DELETED) {
          removed[r++] = i;
        }
      }
      closeGeneration(removed, false);
    }
    keys = new Object[cap];
    values = hasValues ? new Object[cap] : null;
    hashes = new int[cap];
    chain = new int[cap];
    buckets = new int[cap];
    Arrays.fill(buckets, -1);
    int j = 0;
    for (int i = 0; i < oldUsed; i++) {
      Object k = oldKeys[i];
      if (k == DELETED) {
        continue;
      }
      int h = oldHashes[i];
      keys[j] = k;
      if (hasValues) {
        values[j] = oldValues[i];
      }
      hashes[j] = h;
      int b = h & (cap - 1);
      chain[j] = buckets[b];
      buckets[b] = j;
      j++;
    }
    used = j;
  }

  /**
   * Records a compaction for the cursors positioned in the current generation (or in older ones,
   * which will map into it). Nothing is recorded before the first cursor exists.
   */
  private void closeGeneration(int[] removed, boolean cleared) {
    Generation g = generation;
    if (g == null) {
      return;
    }
    g.removed = removed;
    g.cleared = cleared;
    g.next = new Generation();
    generation = g.next;
  }

  /**
   * Charges this table's growth as transient heap until {@link #settle}: for a table a built-in
   * fills before any object refers to it (the live-set meter cannot see it yet).
   */
  public OrderedHashTable beginTransient() {
    transientBytes = 0;
    return this;
  }

  /** Ends {@link #beginTransient}: the table's bytes become an ordinary charge. */
  public void settle(Realm realm) {
    if (transientBytes > 0) {
      realm.heap.releaseTransient(transientBytes);
      realm.heap.charge(transientBytes);
    }
    transientBytes = -1;
  }

  /**
   * A new table with the live entries of this one, in order (the copy of [[SetData]] the Set
   * methods start from), charged as transient until it is settled.
   */
  public OrderedHashTable copy(Realm realm) {
    OrderedHashTable t = new OrderedHashTable(hasValues).beginTransient();
    for (int i = 0; i < used; i++) {
      Object k = keys[i];
      if (k != DELETED) {
        t.append(realm, k, hasValues ? values[i] : null);
      }
    }
    return t;
  }

  /** The bytes this table holds, for the live-set meter. */
  @Override
  public long estimatedSize() {
    return keys == null ? SizeEstimates.OBJECT : SizeEstimates.OBJECT + (long) keys.length * ENTRY_BYTES;
  }

  /** Visits every live key and value. */
  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    for (int i = 0; i < used; i++) {
      Object k = keys[i];
      if (k != DELETED) {
        v.visit(k);
        if (hasValues) {
          v.visit(values[i]);
        }
      }
    }
  }

  /** A cursor positioned before the first entry. */
  public Cursor cursor() {
    return new Cursor(this);
  }

  /** One compaction epoch of a table: how positions of the epoch map to the next one. */
  static final class Generation {
    /** Set when the epoch ended: the successor, and what the compaction removed. */
    Generation next;
    int[] removed;
    boolean cleared;

    /** The position in the next generation of position {@code pos} of this one. */
    int map(int pos) {
      if (cleared) {
        return 0;
      }
      if (removed == null) {
        return pos;
      }
      int lo = 0;
      int hi = removed.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (removed[mid] < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return pos - lo;
    }
  }

  /**
   * A position in the entry list that survives deletions, {@code clear} and compaction: the
   * [[MapNextIndex]] of a Map iterator, or the index of a forEach loop.
   */
  public static final class Cursor {
    private final OrderedHashTable table;
    private Generation generation;
    private int pos;

    Cursor(OrderedHashTable table) {
      this.table = table;
      Generation g = table.generation;
      if (g == null) {
        g = table.generation = new Generation();
      }
      this.generation = g;
    }

    /** The index of the next live entry, moving past it; -1 when there is none (yet). */
    public int next() {
      OrderedHashTable t = table;
      Generation g = generation;
      if (g != t.generation) {
        while (g.next != null) {
          pos = g.map(pos);
          g = g.next;
        }
        generation = g;
      }
      Object[] ks = t.keys;
      int p = pos;
      int n = t.used;
      while (p < n && ks[p] == DELETED) {
        p++;
      }
      if (p >= n) {
        pos = p;
        return -1;
      }
      pos = p + 1;
      return p;
    }
  }
}
