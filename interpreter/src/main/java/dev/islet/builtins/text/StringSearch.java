package dev.islet.builtins.text;

import dev.islet.realm.Realm;

/**
 * Substring search in time linear in the text, charged to the CPU budget as it scans.
 *
 * <p>{@link String#indexOf(String, int)} compares the pattern at every position: with a long
 * pattern that almost matches everywhere ({@code "a".repeat(1e6).indexOf("a".repeat(5e5) + "b")})
 * that is 5·10^11 steps in one Java call that no budget check can interrupt. Short patterns or short
 * texts keep the JDK's search (its worst case is small); the rest use Knuth–Morris–Pratt, which
 * looks at each text char a bounded number of times and checks the budget every {@link #BLOCK} chars.
 */
final class StringSearch {
  /** Up to this many compared chars (text × pattern) the JDK search is used as is. */
  private static final long JDK_WORK = 1 << 16;
  /** Chars scanned between budget charges. */
  private static final int BLOCK = 1 << 12;

  private StringSearch() {}

  /** The first index ≥ {@code from} where {@code search} occurs in {@code s}, or -1. */
  static int indexOf(Realm realm, String s, String search, int from) {
    int n = s.length();
    int m = search.length();
    if (m <= 1 || (long) (n - from) * m <= JDK_WORK) {
      int r = s.indexOf(search, from);
      charge(realm, (r < 0 ? n : r) - from);
      return r;
    }
    if (from > n - m) {
      return -1;
    }
    int[] fail = failure(realm, search, false);
    int q = 0;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      while (q > 0 && search.charAt(q) != c) {
        q = fail[q - 1];
      }
      if (search.charAt(q) == c) {
        q++;
      }
      if (q == m) {
        return i - m + 1;
      }
      if (((i - from) & (BLOCK - 1)) == BLOCK - 1) {
        realm.agent.budget.charge(BLOCK >> 3);
      }
    }
    return -1;
  }

  /** The last index ≤ {@code start} where {@code search} occurs in {@code s}, or -1. */
  static int lastIndexOf(Realm realm, String s, String search, int start) {
    int m = search.length();
    if (m <= 1 || (long) (start + 1) * m <= JDK_WORK) {
      realm.agent.budget.charge(1 + (start >> 4));
      return s.lastIndexOf(search, start);
    }
    // KMP over both strings read backwards: the match ending (in reverse) at i starts at i.
    int[] fail = failure(realm, search, true);
    int q = 0;
    int last = start + m - 1;
    for (int i = last; i >= 0; i--) {
      char c = s.charAt(i);
      while (q > 0 && search.charAt(m - 1 - q) != c) {
        q = fail[q - 1];
      }
      if (search.charAt(m - 1 - q) == c) {
        q++;
      }
      if (q == m) {
        return i;
      }
      if (((last - i) & (BLOCK - 1)) == BLOCK - 1) {
        realm.agent.budget.charge(BLOCK >> 3);
      }
    }
    return -1;
  }

  /** KMP's failure table of {@code p} (read backwards when {@code reversed}), charged to the heap. */
  private static int[] failure(Realm realm, String p, boolean reversed) {
    int m = p.length();
    realm.heap.charge(dev.islet.heap.SizeEstimates.ARRAY_HEADER + 4L * m);
    realm.agent.budget.charge(1 + (m >> 3));
    int[] fail = new int[m];
    int k = 0;
    for (int q = 1; q < m; q++) {
      char c = reversed ? p.charAt(m - 1 - q) : p.charAt(q);
      while (k > 0 && (reversed ? p.charAt(m - 1 - k) : p.charAt(k)) != c) {
        k = fail[k - 1];
      }
      if ((reversed ? p.charAt(m - 1 - k) : p.charAt(k)) == c) {
        k++;
      }
      fail[q] = k;
    }
    return fail;
  }

  private static void charge(Realm realm, int scanned) {
    if (scanned > 256) {
      realm.agent.budget.charge(scanned >> 4);
    }
  }
}
