package dev.islet.regexp;

import dev.islet.regexp.Node.CharClass;
import dev.islet.regexp.Node.ClassChar;
import dev.islet.regexp.Node.ClassEscape;
import dev.islet.regexp.Node.ClassItem;
import dev.islet.regexp.Node.ClassRange;
import dev.islet.regexp.Node.ClassStrings;
import dev.islet.regexp.Node.Property;
import dev.islet.unicode.UnicodeData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CompileToCharSet (#sec-compiletocharset): evaluates a class to the characters (and, with v, the
 * strings) it matches. With v and i, every leaf is case folded and complements are taken within the
 * folded characters (MaybeSimpleCaseFolding, CharacterComplement); the matcher-ready set is then
 * closed under case equivalence by the compiler.
 */
final class ClassCompiler {
  private static final CharSet DIGITS = CharSet.range('0', '9');
  private static final CharSet SPACES = CharSet.ofRanges(new int[] {
    '\t', '\r', ' ', ' ', 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029,
    0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF}, 20);
  private static final CharSet BASIC_WORD = CharSet.ofRanges(new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}, 8);

  private ClassCompiler() {}

  /** A class's value: single characters plus strings of any other length (v only). */
  record ClassSet(CharSet chars, Set<String> strings) {
    static ClassSet of(CharSet chars) {
      return new ClassSet(chars, Set.of());
    }
  }

  /** WordCharacters(rer) (#sec-wordcharacters): with u/v and i, also ſ and K, which fold into it. */
  static CharSet wordCharacters(boolean unicode, boolean ignoreCase) {
    if (unicode && ignoreCase) {
      return CaseFolding.closure(BASIC_WORD, true);
    }
    return BASIC_WORD;
  }

  static ClassSet evaluate(CharClass cc, boolean unicode, boolean unicodeSets, boolean ignoreCase) {
    return new ClassCompiler.Context(unicode, unicodeSets, ignoreCase).evaluate(cc);
  }

  private static final class Context {
    final boolean unicode;
    final boolean sets;
    final boolean fold; // v and i: MaybeSimpleCaseFolding applies

    Context(boolean unicode, boolean unicodeSets, boolean ignoreCase) {
      this.unicode = unicode;
      this.sets = unicodeSets;
      this.fold = unicodeSets && ignoreCase;
      this.ignoreCase = ignoreCase;
    }

    final boolean ignoreCase;

    ClassSet evaluate(CharClass cc) {
      ClassSet result;
      if (cc.op() == CharClass.UNION) {
        CharSet chars = CharSet.EMPTY;
        Set<String> strings = new LinkedHashSet<>();
        int[] singles = new int[16];
        int n = 0;
        for (ClassItem item : cc.items()) {
          if (item instanceof ClassChar c) {
            int v = fold ? CaseFolding.canonicalize(c.value(), true) : c.value();
            if (n + 2 > singles.length) {
              singles = Arrays.copyOf(singles, singles.length * 2);
            }
            singles[n++] = v;
            singles[n++] = v;
            continue;
          }
          ClassSet s = item(item);
          chars = chars.union(s.chars());
          strings.addAll(s.strings());
        }
        chars = chars.union(CharSet.ofRanges(singles, n));
        result = new ClassSet(chars, strings);
      } else {
        ClassSet acc = item(cc.items().get(0));
        for (int i = 1; i < cc.items().size(); i++) {
          ClassSet b = item(cc.items().get(i));
          Set<String> strings = new LinkedHashSet<>(acc.strings());
          if (cc.op() == CharClass.INTERSECTION) {
            strings.retainAll(b.strings());
            acc = new ClassSet(acc.chars().intersect(b.chars()), strings);
          } else {
            strings.removeAll(b.strings());
            acc = new ClassSet(acc.chars().subtract(b.chars()), strings);
          }
        }
        result = acc;
      }
      if (cc.negated() && sets) {
        return ClassSet.of(complement(result.chars())); // the parser refused negated classes with strings
      }
      return result;
    }

    /** CharacterComplement(rer, s): within the folded characters with v and i. */
    CharSet complement(CharSet s) {
      return fold ? CaseFolding.foldedUniverse().subtract(s) : s.complement(CharSet.MAX);
    }

    ClassSet item(ClassItem item) {
      if (item instanceof ClassChar c) {
        return ClassSet.of(CharSet.of(fold ? CaseFolding.canonicalize(c.value(), true) : c.value()));
      }
      if (item instanceof ClassRange r) {
        CharSet s = CharSet.range(r.from(), r.to());
        return ClassSet.of(fold ? CaseFolding.fold(s) : s);
      }
      if (item instanceof ClassEscape e) {
        return ClassSet.of(escape(e.kind()));
      }
      if (item instanceof Property p) {
        return property(p);
      }
      if (item instanceof ClassStrings q) {
        return strings(q.strings());
      }
      CharClass nested = (CharClass) item;
      ClassSet s = evaluate(nested);
      if (nested.negated() && !sets) {
        throw new IllegalStateException("nested class without v");
      }
      return s;
    }

    CharSet escape(char kind) {
      switch (kind) {
        case 'd': return DIGITS;
        case 'D': return complement(DIGITS);
        case 's': return SPACES;
        case 'S': return complement(SPACES);
        case 'w': return wordCharacters(unicode, ignoreCase);
        case 'W': return complement(wordCharacters(unicode, ignoreCase));
        default: throw new IllegalStateException("class escape " + kind);
      }
    }

    ClassSet property(Property p) {
      UnicodeData u = UnicodeData.get();
      if (p.kind() == UnicodeData.STRINGS) {
        List<String> strings = new ArrayList<>();
        for (int[] cps : u.strings(p.name())) {
          strings.add(new String(cps, 0, cps.length));
        }
        return strings(strings);
      }
      CharSet s = p.kind() == UnicodeData.BINARY && p.name().equals("Any") ? CharSet.ALL
          : CharSet.ofSortedRanges(u.ranges(p.kind(), p.name()));
      if (fold) {
        s = CaseFolding.fold(s);
      }
      return ClassSet.of(p.negated() ? complement(s) : s);
    }

    ClassSet strings(List<String> list) {
      CharSet chars = CharSet.EMPTY;
      Set<String> strings = new LinkedHashSet<>();
      int[] singles = new int[16];
      int n = 0;
      for (String s : list) {
        if (fold) {
          StringBuilder sb = new StringBuilder(s.length());
          s.codePoints().forEach(c -> sb.appendCodePoint(CaseFolding.canonicalize(c, true)));
          s = sb.toString();
        }
        if (s.codePointCount(0, s.length()) == 1) {
          if (n + 2 > singles.length) {
            singles = Arrays.copyOf(singles, singles.length * 2);
          }
          singles[n++] = s.codePointAt(0);
          singles[n++] = s.codePointAt(0);
        } else {
          strings.add(s);
        }
      }
      chars = chars.union(CharSet.ofRanges(singles, n));
      return new ClassSet(chars, strings);
    }
  }
}
