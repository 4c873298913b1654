package dev.islet.regexp;

import java.util.Arrays;

/**
 * An immutable set of code points (or code units) as sorted, disjoint, non-adjacent inclusive ranges
 * {@code [lo0, hi0, lo1, hi1, …]}, with the set algebra the v flag needs and a bitmap for Latin-1
 * so the common membership test is one array load.
 */
public final class CharSet {
  public static final int MAX = 0x10FFFF;
  public static final CharSet EMPTY = new CharSet(new int[0]);
  public static final CharSet ALL = new CharSet(new int[] {0, MAX});

  private final int[] ranges;
  private final long[] latin1 = new long[4];

  private CharSet(int[] ranges) {
    this.ranges = ranges;
    for (int i = 0; i < ranges.length; i += 2) {
      int lo = ranges[i];
      if (lo > 0xFF) {
        break;
      }
      int hi = Math.min(ranges[i + 1], 0xFF);
      for (int c = lo; c <= hi; c++) {
        latin1[c >> 6] |= 1L << c;
      }
    }
  }

  /** A set from ranges that may be unsorted or overlapping. */
  public static CharSet ofRanges(int[] pairs, int length) {
    if (length == 0) {
      return EMPTY;
    }
    long[] packed = new long[length / 2];
    for (int i = 0; i < length; i += 2) {
      packed[i / 2] = ((long) pairs[i] << 32) | pairs[i + 1];
    }
    Arrays.sort(packed);
    int[] out = new int[length];
    int n = 0;
    for (long p : packed) {
      int lo = (int) (p >>> 32);
      int hi = (int) p;
      if (n > 0 && lo <= out[n - 1] + 1) {
        out[n - 1] = Math.max(out[n - 1], hi);
      } else {
        out[n++] = lo;
        out[n++] = hi;
      }
    }
    return new CharSet(n == out.length ? out : Arrays.copyOf(out, n));
  }

  /** Sorted disjoint ranges, trusted as they are (Unicode tables). */
  static CharSet ofSortedRanges(int[] ranges) {
    return new CharSet(ranges);
  }

  public static CharSet of(int c) {
    return new CharSet(new int[] {c, c});
  }

  public static CharSet range(int lo, int hi) {
    return new CharSet(new int[] {lo, hi});
  }

  public boolean contains(int c) {
    if (c < 0x100) {
      return (latin1[c >> 6] & (1L << c)) != 0;
    }
    int[] r = ranges;
    int lo = 0;
    int hi = r.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (c < r[2 * mid]) {
        hi = mid - 1;
      } else if (c > r[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return ranges.length == 0;
  }

  /** Number of ranges. */
  public int rangeCount() {
    return ranges.length / 2;
  }

  public int rangeStart(int i) {
    return ranges[2 * i];
  }

  public int rangeEnd(int i) {
    return ranges[2 * i + 1];
  }

  /** The only member when the set has exactly one, else -1. */
  public int single() {
    return ranges.length == 2 && ranges[0] == ranges[1] ? ranges[0] : -1;
  }

  /** Number of members, saturating at Integer.MAX_VALUE. */
  public long size() {
    long n = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      n += ranges[i + 1] - ranges[i] + 1;
    }
    return n;
  }

  public CharSet union(CharSet o) {
    if (o.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return o;
    }
    int[] all = Arrays.copyOf(ranges, ranges.length + o.ranges.length);
    System.arraycopy(o.ranges, 0, all, ranges.length, o.ranges.length);
    return ofRanges(all, all.length);
  }

  /** The complement within [0, max]. */
  public CharSet complement(int max) {
    int[] out = new int[ranges.length + 2];
    int n = 0;
    int next = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      if (ranges[i] > max) {
        break;
      }
      if (ranges[i] > next) {
        out[n++] = next;
        out[n++] = ranges[i] - 1;
      }
      next = ranges[i + 1] + 1;
    }
    if (next <= max) {
      out[n++] = next;
      out[n++] = max;
    }
    return new CharSet(Arrays.copyOf(out, n));
  }

  public CharSet intersect(CharSet o) {
    int[] out = new int[ranges.length + o.ranges.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < ranges.length && j < o.ranges.length) {
      int lo = Math.max(ranges[i], o.ranges[j]);
      int hi = Math.min(ranges[i + 1], o.ranges[j + 1]);
      if (lo <= hi) {
        out[n++] = lo;
        out[n++] = hi;
      }
      if (ranges[i + 1] < o.ranges[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return new CharSet(Arrays.copyOf(out, n));
  }

  public CharSet subtract(CharSet o) {
    return intersect(o.complement(MAX));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CharSet c && Arrays.equals(ranges, c.ranges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ranges);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < ranges.length; i += 2) {
      sb.append(Integer.toHexString(ranges[i]));
      if (ranges[i + 1] != ranges[i]) {
        sb.append('-').append(Integer.toHexString(ranges[i + 1]));
      }
      if (i + 2 < ranges.length) {
        sb.append(' ');
      }
    }
    return sb.append(']').toString();
  }
}
