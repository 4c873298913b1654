package dev.islet.regexp;

import dev.islet.unicode.UnicodeData;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonicalize (#sec-runtime-semantics-canonicalize-ch) and what the compiler derives from it.
 * With u/v it is simple case folding; without, the code unit's uppercase (with the spec's
 * exceptions, see {@link UnicodeData#canonicalizeNonUnicode}). The compiler turns a case-insensitive
 * class into its closure — every character whose canonical form is that of a member — so the
 * matcher only tests membership.
 */
final class CaseFolding {
  private CaseFolding() {}

  /** Characters grouped by canonical form, only groups of two or more. */
  private static final class Orbits {
    final int[][] orbits;
    final int[] members;      // sorted members of all orbits
    final int[] orbitOfMember; // index into orbits, parallel to members
    final CharSet changed;    // characters whose canonical form is not themselves

    Orbits(int[] pairs, boolean unicode) {
      Map<Integer, int[]> byKey = new HashMap<>();
      int[] changedRanges = new int[pairs.length];
      for (int i = 0; i < pairs.length; i += 2) {
        add(byKey, pairs[i + 1], pairs[i]);
        changedRanges[i] = pairs[i];
        changedRanges[i + 1] = pairs[i];
      }
      changed = CharSet.ofRanges(changedRanges, changedRanges.length);
      for (Map.Entry<Integer, int[]> e : byKey.entrySet()) {
        int k = e.getKey();
        if (canonicalize(k, unicode) == k) {
          add(byKey, k, k);
        }
      }
      orbits = new int[byKey.size()][];
      int total = 0;
      int o = 0;
      for (int[] v : byKey.values()) {
        int[] orbit = Arrays.copyOfRange(v, 1, 1 + v[0]);
        Arrays.sort(orbit);
        orbits[o++] = orbit;
        total += orbit.length;
      }
      long[] packed = new long[total];
      int n = 0;
      for (int i = 0; i < orbits.length; i++) {
        for (int m : orbits[i]) {
          packed[n++] = ((long) m << 32) | i;
        }
      }
      Arrays.sort(packed);
      members = new int[total];
      orbitOfMember = new int[total];
      for (int i = 0; i < total; i++) {
        members[i] = (int) (packed[i] >>> 32);
        orbitOfMember[i] = (int) packed[i];
      }
    }

    private static void add(Map<Integer, int[]> byKey, int key, int member) {
      int[] v = byKey.get(key);
      if (v == null) {
        v = new int[4];
        byKey.put(key, v);
      }
      for (int i = 1; i <= v[0]; i++) {
        if (v[i] == member) {
          return;
        }
      }
      if (v[0] + 2 > v.length) {
        v = Arrays.copyOf(v, v.length * 2);
        byKey.put(key, v);
      }
      v[++v[0]] = member;
    }

    int[] orbitOf(int c) {
      int i = Arrays.binarySearch(members, c);
      return i < 0 ? null : orbits[orbitOfMember[i]];
    }
  }

  private static final class UnicodeHolder {
    static final Orbits ORBITS = new Orbits(UnicodeData.get().simpleFoldPairs(), true);
  }

  private static final class LegacyHolder {
    static final Orbits ORBITS = new Orbits(UnicodeData.get().canonicalizeNonUnicodePairs(), false);
  }

  private static Orbits orbits(boolean unicode) {
    return unicode ? UnicodeHolder.ORBITS : LegacyHolder.ORBITS;
  }

  /** Canonicalize(rer, ch) for a code point (unicode) or a code unit (legacy). */
  static int canonicalize(int c, boolean unicode) {
    if (unicode) {
      return UnicodeData.get().simpleFold(c);
    }
    return c > 0xFFFF ? c : UnicodeData.get().canonicalizeNonUnicode((char) c);
  }

  /** All characters with the same canonical form as c, c included (a one-element array when alone). */
  static int[] equivalents(int c, boolean unicode) {
    int[] o = orbits(unicode).orbitOf(c);
    return o != null ? o : new int[] {c};
  }

  /** {x : Canonicalize(x) ∈ Canonicalize(s)}: testing membership in it is the case-insensitive test. */
  static CharSet closure(CharSet s, boolean unicode) {
    Orbits t = orbits(unicode);
    int[] add = new int[16];
    int n = 0;
    for (int[] orbit : t.orbits) {
      boolean hit = false;
      boolean all = true;
      for (int m : orbit) {
        if (s.contains(m)) {
          hit = true;
        } else {
          all = false;
        }
      }
      if (hit && !all) {
        for (int m : orbit) {
          if (n + 2 > add.length) {
            add = Arrays.copyOf(add, add.length * 2);
          }
          add[n++] = m;
          add[n++] = m;
        }
      }
    }
    return n == 0 ? s : s.union(CharSet.ofRanges(add, n));
  }

  /** MaybeSimpleCaseFolding of a set with v and i: {scf(x) : x ∈ s}. */
  static CharSet fold(CharSet s) {
    Orbits t = orbits(true);
    CharSet changedIn = s.intersect(t.changed);
    if (changedIn.isEmpty()) {
      return s;
    }
    int[] add = new int[16];
    int n = 0;
    for (int r = 0; r < changedIn.rangeCount(); r++) {
      for (int c = changedIn.rangeStart(r); c <= changedIn.rangeEnd(r); c++) {
        if (n + 2 > add.length) {
          add = Arrays.copyOf(add, add.length * 2);
        }
        int f = canonicalize(c, true);
        add[n++] = f;
        add[n++] = f;
      }
    }
    return s.subtract(t.changed).union(CharSet.ofRanges(add, n));
  }

  /** AllCharacters with v and i: the code points that are their own simple case folding. */
  static CharSet foldedUniverse() {
    return orbits(true).changed.complement(CharSet.MAX);
  }
}
