package dev.islet.regexp;

import static dev.islet.regexp.RegExpOp.*;

import dev.islet.regexp.ClassCompiler.ClassSet;
import dev.islet.regexp.Node.Alternative;
import dev.islet.regexp.Node.Assertion;
import dev.islet.regexp.Node.BackReference;
import dev.islet.regexp.Node.Char;
import dev.islet.regexp.Node.CharClass;
import dev.islet.regexp.Node.Disjunction;
import dev.islet.regexp.Node.Dot;
import dev.islet.regexp.Node.Group;
import dev.islet.regexp.Node.Look;
import dev.islet.regexp.Node.Modifiers;
import dev.islet.regexp.Node.Quantified;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a pattern tree to {@link RegExpOp} bytecode (#sec-compilepattern). Flags that
 * modifier groups can change (i, m, s) are tracked while walking; lookbehind bodies are compiled
 * right to left. Registers: 2 per capture group (group 0 is the whole match), then one per loop
 * counter, loop start position and lookaround.
 */
public final class RegExpCompiler {
  /** Atoms whose code is at most this long are copied to unroll {@code x+} into {@code x x*}. */
  private static final int UNROLL_LIMIT = 24;

  private int[] code = new int[32];
  private int length;
  private final List<CharSet> sets = new ArrayList<>();
  private final Map<CharSet, Integer> setIndex = new HashMap<>();
  private final List<String> strings = new ArrayList<>();
  private final boolean unicode;
  private final boolean unicodeSets;
  private int registers;
  private int depth;

  private RegExpCompiler(boolean unicode, boolean unicodeSets, int groupCount) {
    this.unicode = unicode;
    this.unicodeSets = unicodeSets;
    this.registers = 2 * (groupCount + 1);
  }

  /** Parses and compiles; throws {@link RegExpSyntaxException} for an invalid pattern or flags. */
  public static CompiledRegExp compile(String pattern, String flags) {
    RegExpParser.Parsed parsed = RegExpParser.parse(pattern, flags);
    int f = parsed.flags();
    boolean unicodeSets = (f & RegExpFlags.UNICODE_SETS) != 0;
    boolean unicode = unicodeSets || (f & RegExpFlags.UNICODE) != 0;
    RegExpCompiler c = new RegExpCompiler(unicode, unicodeSets, parsed.groupCount());
    c.node(parsed.root(), f & (RegExpFlags.IGNORE_CASE | RegExpFlags.MULTILINE | RegExpFlags.DOT_ALL), true);
    c.emit(SAVE, 1);
    c.emit(MATCH);
    int[] program = Arrays.copyOf(c.code, c.length);
    return new CompiledRegExp(pattern, f, program, c.sets.toArray(new CharSet[0]), c.strings.toArray(new String[0]),
        c.registers, parsed.groupCount(), parsed.groupNames(), Prefilter.of(parsed.root(), f, unicode));
  }

  // ---- emission

  private void ensure(int n) {
    if (length + n > code.length) {
      code = Arrays.copyOf(code, Math.max(code.length * 2, length + n));
    }
  }

  private void emit(int op) {
    ensure(1);
    code[length++] = op;
  }

  private void emit(int op, int a) {
    ensure(2);
    code[length++] = op;
    code[length++] = a;
  }

  private void emit(int op, int a, int b) {
    ensure(3);
    code[length++] = op;
    code[length++] = a;
    code[length++] = b;
  }

  private int newRegister() {
    return registers++;
  }

  private int setIndex(CharSet s) {
    Integer i = setIndex.get(s);
    if (i == null) {
      i = sets.size();
      sets.add(s);
      setIndex.put(s, i);
    }
    return i;
  }

  // ---- nodes

  private void node(Node n, int flags, boolean forward) {
    if (++depth > RegExpParser.MAX_DEPTH * 4) {
      throw new RegExpSyntaxException("", "", "Regular expression too large");
    }
    if (n instanceof Char c) {
      character(c.value(), flags, forward);
    } else if (n instanceof Alternative a) {
      alternative(a.terms(), flags, forward);
    } else if (n instanceof Disjunction d) {
      disjunction(d.alternatives(), flags, forward);
    } else if (n instanceof Group g) {
      group(g, flags, forward);
    } else if (n instanceof Quantified q) {
      quantified(q, flags, forward);
    } else if (n instanceof CharClass cc) {
      charClass(cc, flags, forward);
    } else if (n instanceof Dot) {
      boolean dotAll = (flags & RegExpFlags.DOT_ALL) != 0;
      emit(dotAll ? (forward ? ANY : ANY_BACK) : (forward ? DOT : DOT_BACK));
    } else if (n instanceof Assertion a) {
      assertion(a.kind(), flags);
    } else if (n instanceof Look l) {
      look(l, flags);
    } else if (n instanceof BackReference b) {
      emit(forward ? BACKREF : BACKREF_BACK, (flags & RegExpFlags.IGNORE_CASE) != 0 ? 1 : 0, b.groups().length);
      ensure(b.groups().length);
      for (int g : b.groups()) {
        code[length++] = g;
      }
    } else if (n instanceof Modifiers m) {
      node(m.body(), (flags | m.add()) & ~m.remove(), forward);
    } else {
      throw new IllegalStateException("unknown node " + n);
    }
    depth--;
  }

  private void alternative(List<Node> terms, int flags, boolean forward) {
    if (forward) {
      int i = 0;
      while (i < terms.size()) {
        i = literalRun(terms, i, flags);
      }
    } else {
      for (int i = terms.size() - 1; i >= 0; i--) {
        node(terms.get(i), flags, false);
      }
    }
  }

  /** Emits terms[i] or, for a run of case-sensitive characters, one STRING; returns the next index. */
  private int literalRun(List<Node> terms, int i, int flags) {
    boolean ignoreCase = (flags & RegExpFlags.IGNORE_CASE) != 0;
    int j = i;
    StringBuilder sb = new StringBuilder();
    while (j < terms.size() && terms.get(j) instanceof Char c && !ignoreCase
        && !(unicode && (c.value() > 0xFFFF || Character.isSurrogate((char) c.value())))) {
      sb.append((char) c.value());
      j++;
    }
    if (sb.length() >= 2) {
      emit(STRING, strings.size());
      strings.add(sb.toString());
      return j;
    }
    node(terms.get(i), flags, true);
    return i + 1;
  }

  private void disjunction(List<Node> alternatives, int flags, boolean forward) {
    int[] jumps = new int[alternatives.size()];
    for (int i = 0; i < alternatives.size(); i++) {
      int fork = -1;
      if (i < alternatives.size() - 1) {
        fork = length;
        emit(FORK, 0);
      }
      node(alternatives.get(i), flags, forward);
      if (fork >= 0) {
        jumps[i] = length;
        emit(JUMP, 0);
        code[fork + 1] = length;
      }
    }
    for (int i = 0; i < alternatives.size() - 1; i++) {
      code[jumps[i] + 1] = length;
    }
  }

  private void group(Group g, int flags, boolean forward) {
    if (g.index() == 0) {
      node(g.body(), flags, forward);
      return;
    }
    emit(SAVE, forward ? 2 * g.index() : 2 * g.index() + 1);
    node(g.body(), flags, forward);
    emit(SAVE, forward ? 2 * g.index() + 1 : 2 * g.index());
  }

  private void character(int c, int flags, boolean forward) {
    if ((flags & RegExpFlags.IGNORE_CASE) != 0) {
      int[] eq = CaseFolding.equivalents(c, unicode);
      if (eq.length == 2) {
        emit(forward ? CHAR2 : CHAR2_BACK, eq[0], eq[1]);
        return;
      }
      if (eq.length > 2) {
        int[] ranges = new int[eq.length * 2];
        for (int i = 0; i < eq.length; i++) {
          ranges[2 * i] = eq[i];
          ranges[2 * i + 1] = eq[i];
        }
        emit(forward ? CLASS : CLASS_BACK, setIndex(CharSet.ofRanges(ranges, ranges.length)));
        return;
      }
    }
    emit(forward ? CHAR : CHAR_BACK, c);
  }

  private void charClass(CharClass cc, int flags, boolean forward) {
    boolean ignoreCase = (flags & RegExpFlags.IGNORE_CASE) != 0;
    ClassSet cs = ClassCompiler.evaluate(cc, unicode, unicodeSets, ignoreCase);
    CharSet chars = cs.chars();
    if (ignoreCase) {
      chars = CaseFolding.closure(chars, unicode);
    }
    if (cc.negated() && !unicodeSets) {
      chars = chars.complement(CharSet.MAX);
    }
    if (cs.strings().isEmpty()) {
      emitSet(chars, forward);
      return;
    }
    // A class with strings is a disjunction: longest strings first, then single characters, then "".
    List<String> byLength = new ArrayList<>(cs.strings());
    byLength.sort((a, b) -> Integer.compare(b.codePointCount(0, b.length()), a.codePointCount(0, a.length())));
    List<Node> alternatives = new ArrayList<>();
    boolean empty = false;
    for (String s : byLength) {
      if (s.isEmpty()) {
        empty = true;
        continue;
      }
      List<Node> chs = new ArrayList<>();
      s.codePoints().forEach(c -> chs.add(new Char(c)));
      alternatives.add(new Alternative(chs));
    }
    int[] jumps = new int[alternatives.size() + 1];
    int n = 0;
    for (Node alt : alternatives) {
      int fork = length;
      emit(FORK, 0);
      node(alt, flags, forward);
      jumps[n++] = length;
      emit(JUMP, 0);
      code[fork + 1] = length;
    }
    if (empty) {
      int fork = length;
      emit(FORK, 0);
      emitSet(chars, forward);
      jumps[n++] = length;
      emit(JUMP, 0);
      code[fork + 1] = length;
    } else {
      emitSet(chars, forward);
    }
    for (int i = 0; i < n; i++) {
      code[jumps[i] + 1] = length;
    }
  }

  private void emitSet(CharSet chars, boolean forward) {
    int single = chars.single();
    if (single >= 0) {
      emit(forward ? CHAR : CHAR_BACK, single);
    } else if (chars.size() == 2 && chars.rangeCount() <= 2) {
      emit(forward ? CHAR2 : CHAR2_BACK, chars.rangeStart(0), chars.rangeEnd(chars.rangeCount() - 1));
    } else {
      emit(forward ? CLASS : CLASS_BACK, setIndex(chars));
    }
  }

  private void assertion(int kind, int flags) {
    boolean multiline = (flags & RegExpFlags.MULTILINE) != 0;
    boolean unicodeIgnoreCase = unicode && (flags & RegExpFlags.IGNORE_CASE) != 0;
    switch (kind) {
      case Assertion.START:
        emit(ASSERT, multiline ? A_START_MULTILINE : A_START);
        break;
      case Assertion.END:
        emit(ASSERT, multiline ? A_END_MULTILINE : A_END);
        break;
      case Assertion.WORD_BOUNDARY:
        emit(ASSERT, unicodeIgnoreCase ? A_WORD_BOUNDARY_UNICODE_IGNORE_CASE : A_WORD_BOUNDARY);
        break;
      default:
        emit(ASSERT, unicodeIgnoreCase ? A_NOT_WORD_BOUNDARY_UNICODE_IGNORE_CASE : A_NOT_WORD_BOUNDARY);
        break;
    }
  }

  private void look(Look l, int flags) {
    int reg = newRegister();
    int begin = length;
    ensure(4);
    code[length++] = LOOK_BEGIN;
    code[length++] = l.negated() ? 1 : 0;
    code[length++] = reg;
    code[length++] = 0;
    node(l.body(), flags, !l.behind());
    emit(LOOK_END, l.negated() ? 1 : 0, reg);
    code[begin + 3] = length;
  }

  // ---- quantifiers (#sec-runtime-semantics-repeatmatcher-abstract-operation)

  private void quantified(Quantified q, int flags, boolean forward) {
    int min = q.min();
    int max = q.max();
    if (max == 0) {
      return; // RepeatMatcher with max 0 never tries the atom
    }
    int start = length;
    if (q.groupCount() == 0 && singleCharacter(q.atom(), flags, forward)) {
      // STAR min max greedy, then the one-character op it repeats
      int atomStart = length;
      node(q.atom(), flags, forward);
      int atomLength = length - atomStart;
      ensure(4);
      System.arraycopy(code, atomStart, code, atomStart + 4, atomLength);
      code[atomStart] = STAR;
      code[atomStart + 1] = min;
      code[atomStart + 2] = max;
      code[atomStart + 3] = q.greedy() ? 1 : 0;
      length += 4;
      return;
    }
    boolean mayBeEmpty = Analysis.canMatchEmpty(q.atom());
    if (min == 0 && max == 1) {
      int fork = length;
      emit(q.greedy() ? FORK : FORK_TAKE, 0);
      int body = length;
      iteration(q, flags, forward, mayBeEmpty);
      if (q.greedy()) {
        code[fork + 1] = length;
      } else {
        // FORK_TAKE goes to its target first: the target is the exit, the body resumes on failure.
        code[fork + 1] = length;
        assert body == fork + 2;
      }
      return;
    }
    if (max == Quantified.INFINITE && min <= 1) {
      if (min == 1) {
        int before = length;
        clearCaptures(q);
        node(q.atom(), flags, forward);
        if (length - before > UNROLL_LIMIT) {
          length = before; // too big to copy: use a counted loop
          countedLoop(q, flags, forward, mayBeEmpty);
          return;
        }
      }
      int head = length;
      emit(q.greedy() ? FORK : FORK_TAKE, 0);
      iteration(q, flags, forward, mayBeEmpty);
      emit(JUMP, head);
      code[head + 1] = length;
      return;
    }
    assert start == length;
    countedLoop(q, flags, forward, mayBeEmpty);
  }

  /** One iteration of a loop without counter: clear captures, atom, empty check. */
  private void iteration(Quantified q, int flags, boolean forward, boolean mayBeEmpty) {
    int posReg = mayBeEmpty ? newRegister() : -1;
    if (mayBeEmpty) {
      emit(SAVE, posReg);
    }
    clearCaptures(q);
    node(q.atom(), flags, forward);
    if (mayBeEmpty) {
      emit(CHECK_PROGRESS, posReg);
    }
  }

  private void countedLoop(Quantified q, int flags, boolean forward, boolean mayBeEmpty) {
    int counter = newRegister();
    int posReg = newRegister();
    emit(SET_ZERO, counter);
    int head = length;
    ensure(6);
    code[length++] = LOOP;
    code[length++] = counter;
    code[length++] = q.min();
    code[length++] = q.max();
    code[length++] = q.greedy() ? 1 : 0;
    code[length++] = 0; // exit, patched below
    emit(SAVE, posReg);
    clearCaptures(q);
    node(q.atom(), flags, forward);
    ensure(5);
    code[length++] = LOOP_END;
    code[length++] = counter;
    code[length++] = posReg;
    code[length++] = mayBeEmpty ? q.min() : Integer.MAX_VALUE;
    code[length++] = head;
    code[head + 5] = length;
  }

  private void clearCaptures(Quantified q) {
    if (q.groupCount() > 0) {
      emit(CLEAR, 2 * q.firstGroup(), 2 * q.groupCount());
    }
  }

  /** Whether the atom compiles to exactly one single-character op. */
  private boolean singleCharacter(Node atom, int flags, boolean forward) {
    if (atom instanceof Char || atom instanceof Dot) {
      return true;
    }
    if (atom instanceof CharClass cc) {
      if (!unicodeSets) {
        return true;
      }
      ClassSet cs = ClassCompiler.evaluate(cc, unicode, true, (flags & RegExpFlags.IGNORE_CASE) != 0);
      return cs.strings().isEmpty();
    }
    if (atom instanceof Group g && g.index() == 0) {
      return singleCharacter(g.body(), flags, forward);
    }
    if (atom instanceof Modifiers m) {
      return singleCharacter(m.body(), (flags | m.add()) & ~m.remove(), forward);
    }
    return false;
  }
}
