package dev.islet.regexp;

import dev.islet.regexp.ClassCompiler.ClassSet;
import dev.islet.regexp.Node.Alternative;
import dev.islet.regexp.Node.Assertion;
import dev.islet.regexp.Node.Char;
import dev.islet.regexp.Node.CharClass;
import dev.islet.regexp.Node.Disjunction;
import dev.islet.regexp.Node.Group;
import dev.islet.regexp.Node.Look;
import dev.islet.regexp.Node.Modifiers;
import dev.islet.regexp.Node.Quantified;
import java.util.List;

/**
 * What a search can skip without running the matcher: a pattern anchored at the input's start
 * ({@code ^} without m) is tried at 0 only; a literal prefix is found with indexOf; otherwise, when
 * every match starts with one of a known set of code units, positions with other units are skipped.
 */
record Prefilter(boolean anchored, String prefix, CharSet firstChars) {
  /** A first-character set this large filters too little to pay for itself. */
  private static final long MAX_FIRST_CHARS = 0xF000;

  static Prefilter of(Node root, int flags, boolean unicode) {
    if (anchored(root, flags)) {
      return new Prefilter(true, null, null);
    }
    String prefix = prefix(root, flags, unicode);
    if (prefix != null) {
      return new Prefilter(false, prefix, null);
    }
    if (Analysis.canMatchEmpty(root)) {
      return new Prefilter(false, null, null);
    }
    CharSet first = new Prefilter.Scan(unicode, (flags & RegExpFlags.UNICODE_SETS) != 0).first(root, flags);
    if (first != null && first.size() > MAX_FIRST_CHARS) {
      first = null;
    }
    return new Prefilter(false, null, first);
  }

  private static boolean anchored(Node n, int flags) {
    if ((flags & RegExpFlags.MULTILINE) != 0) {
      return false;
    }
    if (n instanceof Assertion a) {
      return a.kind() == Assertion.START;
    }
    if (n instanceof Alternative a) {
      return !a.terms().isEmpty() && anchored(a.terms().get(0), flags);
    }
    if (n instanceof Group g) {
      return anchored(g.body(), flags);
    }
    if (n instanceof Disjunction d) {
      for (Node alt : d.alternatives()) {
        if (!anchored(alt, flags)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Leading case-sensitive characters of the pattern, or null. */
  private static String prefix(Node root, int flags, boolean unicode) {
    if ((flags & RegExpFlags.IGNORE_CASE) != 0) {
      return null;
    }
    List<Node> terms = root instanceof Alternative a ? a.terms() : List.of(root);
    StringBuilder sb = new StringBuilder();
    for (Node t : terms) {
      if (!(t instanceof Char c) || (unicode && c.value() <= 0xFFFF && Character.isSurrogate((char) c.value()))) {
        break;
      }
      sb.appendCodePoint(c.value());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static final class Scan {
    final boolean unicode;
    final boolean unicodeSets;

    Scan(boolean unicode, boolean unicodeSets) {
      this.unicode = unicode;
      this.unicodeSets = unicodeSets;
    }

    /**
     * The code units a non-empty match of n can start with, or null when unknown. Whether n can
     * match the empty string is the caller's question ({@link Analysis#canMatchEmpty}).
     */
    CharSet first(Node n, int flags) {
      if (n instanceof Char c) {
        if ((flags & RegExpFlags.IGNORE_CASE) == 0) {
          return units(CharSet.of(c.value()));
        }
        int[] eq = CaseFolding.equivalents(c.value(), unicode);
        CharSet s = CharSet.EMPTY;
        for (int e : eq) {
          s = s.union(CharSet.of(e));
        }
        return units(s);
      }
      if (n instanceof CharClass cc) {
        if (Analysis.canMatchEmpty(cc)) {
          return null;
        }
        boolean ignoreCase = (flags & RegExpFlags.IGNORE_CASE) != 0;
        ClassSet cs = ClassCompiler.evaluate(cc, unicode, unicodeSets, ignoreCase);
        CharSet chars = ignoreCase ? CaseFolding.closure(cs.chars(), unicode) : cs.chars();
        if (cc.negated() && !unicodeSets) {
          chars = chars.complement(CharSet.MAX);
        }
        for (String s : cs.strings()) {
          int c = s.codePointAt(0);
          chars = chars.union(ignoreCase ? CaseFolding.closure(CharSet.of(c), unicode) : CharSet.of(c));
        }
        return units(chars);
      }
      if (n instanceof Alternative a) {
        return sequence(a.terms(), 0, flags);
      }
      if (n instanceof Disjunction d) {
        CharSet all = CharSet.EMPTY;
        for (Node alt : d.alternatives()) {
          CharSet s = first(alt, flags);
          if (s == null) {
            return null;
          }
          all = all.union(s);
        }
        return all;
      }
      if (n instanceof Group g) {
        return first(g.body(), flags);
      }
      if (n instanceof Modifiers m) {
        return first(m.body(), (flags | m.add()) & ~m.remove());
      }
      if (n instanceof Quantified q) {
        return q.max() == 0 ? null : first(q.atom(), flags);
      }
      return null; // '.', back references, assertions alone
    }

    private CharSet sequence(List<Node> terms, int i, int flags) {
      for (; i < terms.size(); i++) {
        Node t = terms.get(i);
        if (t instanceof Assertion || t instanceof Look) {
          continue; // zero-width: the next term starts the match
        }
        CharSet s = first(t, flags);
        if (s == null) {
          return null;
        }
        if (!Analysis.canMatchEmpty(t)) {
          return s;
        }
        CharSet rest = sequence(terms, i + 1, flags);
        return rest == null ? null : s.union(rest);
      }
      return null;
    }

    /** Code points to the UTF-16 units they start with (a high surrogate for the other planes). */
    private static CharSet units(CharSet s) {
      if (s.rangeCount() == 0 || s.rangeEnd(s.rangeCount() - 1) <= 0xFFFF) {
        return s;
      }
      int[] r = new int[4 * s.rangeCount()];
      int n = 0;
      for (int i = 0; i < s.rangeCount(); i++) {
        int lo = s.rangeStart(i);
        int hi = s.rangeEnd(i);
        if (lo <= 0xFFFF) {
          r[n++] = lo;
          r[n++] = Math.min(hi, 0xFFFF);
        }
        if (hi > 0xFFFF) {
          r[n++] = Character.highSurrogate(Math.max(lo, 0x10000));
          r[n++] = Character.highSurrogate(hi);
        }
      }
      return CharSet.ofRanges(r, n);
    }
  }
}
