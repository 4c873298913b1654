package dev.islet.builtins.indexed;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.heap.SizeEstimates;
import dev.islet.objects.ArrayObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/**
 * Array.prototype.sort and toSorted, and the stable merge sort they share with the typed arrays —
 * https://tc39.es/ecma262/#sec-sortindexedproperties. The sort works on a copy of the values (a
 * comparator that changes the array cannot corrupt it), charges the CPU budget per comparison and
 * lets a comparator's exception propagate.
 */
public final class ArraySorting {
  /** Runs shorter than this are sorted by binary insertion before merging. */
  private static final int RUN = 24;

  private ArraySorting() {}

  /** Compares the items at two indices; may run user code and throw. */
  @FunctionalInterface
  public interface IndexComparator {
    int compare(int i, int j);
  }

  /** Array.prototype.sort ( comparefn ) — https://tc39.es/ecma262/#sec-array.prototype.sort */
  static Object sort(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object comparefn = checkComparator(realm, Args.get(args, 0));
    JsObject obj = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, obj);
    Object[] sorted;
    int n;
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      Object[] items = collect(realm, mem, obj, len, true);
      n = count(items);
      sorted = sortValues(realm, mem, items, n, comparefn);
    }
    // Write back: the sorted values, then delete up to len (the holes move to the end).
    if (obj instanceof ArrayObject a && ArrayMutationMethods.plainDense(a) != null && a.length() == len
        && a.dense != null && a.dense.length >= n) {
      Object[] d = a.dense;
      System.arraycopy(sorted, 0, d, 0, n);
      java.util.Arrays.fill(d, n, (int) Math.min(d.length, len), null);
      return obj;
    }
    long j = 0;
    for (; j < n; j++) {
      ArrayElements.set(realm, obj, j, sorted[(int) j]);
    }
    for (; j < len; j++) {
      ArrayElements.delete(realm, obj, j);
    }
    return obj;
  }

  /** Array.prototype.toSorted ( comparefn ) */
  static Object toSorted(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    Object comparefn = checkComparator(realm, Args.get(args, 0));
    JsObject o = TypeConversion.toObject(realm, thisValue);
    long len = ArrayElements.lengthOf(realm, o);
    ArrayObject a = ArraySpecies.arrayCreate(realm, len);
    Object[] sorted;
    int n;
    try (ScratchMemory mem = new ScratchMemory(realm)) {
      Object[] items = collect(realm, mem, o, len, false);
      n = count(items);
      sorted = sortValues(realm, mem, items, n, comparefn);
    }
    for (int j = 0; j < n; j++) {
      ArrayElements.create(realm, a, j, sorted[j]);
    }
    return a;
  }

  private static Object checkComparator(Realm realm, Object comparefn) {
    if (comparefn != Undefined.INSTANCE && !(comparefn instanceof JsObject f && f.isCallable())) {
      throw Errors.typeError(realm, Msg.SORT_COMPARATOR, Describe.value(comparefn));
    }
    return comparefn;
  }

  /**
   * The first steps of SortIndexedProperties: the values at 0 .. len-1, skipping holes if
   * {@code skipHoles} (else a hole reads as Get gives it). The list is terminated by a Java null
   * when shorter than its array.
   */
  private static Object[] collect(Realm realm, ScratchMemory mem, JsObject o, long len, boolean skipHoles) {
    if (skipHoles && o instanceof ArrayObject a && a.sparse == null && JsObject.protoChainHasNoElements(a)) {
      // Dense storage holds plain data (no getters to run): take the stored elements, skip the holes
      // (including all of a length far beyond the storage) without visiting them one by one.
      Object[] d = a.dense == null ? ArrayObject.NO_ARGS : a.dense;
      int end = (int) Math.min(len, d.length);
      ArrayElements.charge(realm, 1 + end / ArrayElements.CHUNK);
      mem.charge(SizeEstimates.refArray(end));
      Object[] items = new Object[end];
      int n = 0;
      for (int k = 0; k < end; k++) {
        if (d[k] != null) {
          items[n++] = d[k];
        }
      }
      return items;
    }
    Object[] items = new Object[(int) Math.min(len, 16)];
    int n = 0;
    for (long k = 0; k < len; k++) {
      Object v = skipHoles ? ArrayElements.getIfPresent(realm, o, k) : ArrayElements.get(realm, o, k);
      if (v == JsObject.NOT_FOUND) {
        continue;
      }
      if (n == items.length) {
        if (n >= Integer.MAX_VALUE - 16) {
          throw Errors.rangeError(realm, Msg.INVALID_ARRAY_LENGTH);
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 16L, n + (n >> 1) + 16L);
        mem.charge(SizeEstimates.refArray(cap - n));
        items = java.util.Arrays.copyOf(items, cap);
      }
      items[n++] = v;
    }
    return items;
  }

  private static int count(Object[] items) {
    int n = items.length;
    while (n > 0 && items[n - 1] == null) {
      n--;
    }
    return n;
  }

  /**
   * Sorts {@code items[0..n)} with SortCompare ( x, y ): undefined last, then by {@code comparefn}
   * (a callable) or, if it is undefined, by the values' strings in code-unit order. Returns a new array.
   */
  static Object[] sortValues(Realm realm, ScratchMemory mem, Object[] items, int n, Object comparefn) {
    // Undefined sorts after everything without being passed to comparefn: set it aside.
    mem.charge(2 * SizeEstimates.refArray(n));
    Object[] values = new Object[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (items[i] != Undefined.INSTANCE) {
        values[m++] = items[i];
      }
    }
    int[] order;
    if (comparefn instanceof JsObject fn) {
      Object[] vs = values;
      order = sortIndices(realm, mem, m, (i, j) -> callComparator(realm, fn, vs[i], vs[j]));
    } else {
      order = sortIndices(realm, mem, m, stringComparator(realm, mem, values, m));
    }
    Object[] out = new Object[n];
    for (int i = 0; i < m; i++) {
      out[i] = values[order[i]];
    }
    for (int i = m; i < n; i++) {
      out[i] = Undefined.INSTANCE;
    }
    return out;
  }

  /** Step 2 of SortCompare with a comparator: ToNumber of its result, NaN as 0, as a sign. */
  public static int callComparator(Realm realm, JsObject fn, Object x, Object y) {
    Object r = fn.call(Undefined.INSTANCE, new Object[] {x, y});
    if (r instanceof Integer i) {
      return Integer.signum(i);
    }
    double v = TypeConversion.toNumber(realm, r);
    return v < 0 ? -1 : v > 0 ? 1 : 0;
  }

  /**
   * Steps 3–4 of SortCompare without a comparator: compare ToString of each value. Strings of
   * primitives are made once up front (that conversion has no side effects); objects and symbols
   * are converted at each comparison, as the spec does.
   */
  private static IndexComparator stringComparator(Realm realm, ScratchMemory mem, Object[] values, int m) {
    mem.charge(SizeEstimates.refArray(m));
    String[] keys = new String[m];
    boolean allPrimitive = true;
    for (int i = 0; i < m; i++) {
      Object v = values[i];
      if (v instanceof JsObject || v instanceof Symbol) {
        allPrimitive = false;
        break;
      }
      keys[i] = TypeConversion.toString(realm, v);
    }
    if (allPrimitive) {
      return (i, j) -> keys[i].compareTo(keys[j]);
    }
    return (i, j) -> TypeConversion.toString(realm, values[i]).compareTo(TypeConversion.toString(realm, values[j]));
  }

  /**
   * A stable sort of the indices 0 .. n-1 by {@code cmp}: binary insertion sort of short runs, then
   * bottom-up merges that skip runs already in order. Charges one budget unit per comparison.
   */
  static int[] sortIndices(Realm realm, ScratchMemory mem, int n, IndexComparator cmp) {
    mem.charge(2 * (SizeEstimates.ARRAY_HEADER + 4L * n));
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(realm, a, lo, Math.min(n, lo + RUN), cmp);
    }
    if (n <= RUN) {
      return a;
    }
    int[] tmp = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(n, lo + 2 * width);
        realm.agent.budget.charge(1);
        if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
          continue;
        }
        merge(realm, a, tmp, lo, mid, hi, cmp);
      }
      if (width > Integer.MAX_VALUE / 2) {
        break;
      }
    }
    return a;
  }

  private static void insertionSort(Realm realm, int[] a, int lo, int hi, IndexComparator cmp) {
    for (int i = lo + 1; i < hi; i++) {
      int x = a[i];
      // Binary search for the first position whose element is greater than x (keeps equal ones stable).
      int left = lo;
      int right = i;
      while (left < right) {
        int mid = (left + right) >>> 1;
        realm.agent.budget.charge(1);
        if (cmp.compare(x, a[mid]) < 0) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      System.arraycopy(a, left, a, left + 1, i - left);
      a[left] = x;
    }
  }

  private static void merge(Realm realm, int[] a, int[] tmp, int lo, int mid, int hi, IndexComparator cmp) {
    System.arraycopy(a, lo, tmp, lo, mid - lo);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      realm.agent.budget.charge(1);
      // Take from the right run only when strictly smaller: equal elements keep their order.
      if (cmp.compare(a[j], tmp[i]) < 0) {
        a[k++] = a[j++];
      } else {
        a[k++] = tmp[i++];
      }
    }
    while (i < mid) {
      a[k++] = tmp[i++];
    }
  }
}
