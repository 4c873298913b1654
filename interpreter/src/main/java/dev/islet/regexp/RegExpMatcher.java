package dev.islet.regexp;

import static dev.islet.regexp.RegExpOp.*;

import java.util.Arrays;

/**
 * Runs {@link RegExpOp} bytecode over a Java string (#sec-pattern-semantics) with an explicit
 * backtracking stack: the Java stack depth is the same for any pattern and input. The stack holds
 * choice points, undo records of registers (captures, loop counters), compact entries for
 * single-character loops, and lookaround markers. Every dispatched op and every popped entry is a
 * step charged to the {@link RegExpBudget} in chunks.
 */
public final class RegExpMatcher {
  private static final int T_CHOICE = 1;  // [pc, pos, T]
  private static final int T_UNDO = 2;    // [reg, old value, T]
  private static final int T_RETREAT = 3; // [continuation, min position, position, backward, T]
  private static final int T_LAZY = 4;    // [atom pc, continuation, remaining (-1: unbounded), position, T]
  private static final int T_LOOK = 5;    // [continuation, position, negated, T]

  private static final int CHUNK = 1024;
  /** Backtracking stack limit in ints (64 MiB), whatever the budget says. */
  static final int MAX_STACK = 1 << 24;

  private final CompiledRegExp re;
  private final int[] code;
  private final CharSet[] sets;
  private final String[] strings;
  private final String input;
  private final int end;
  private final boolean unicode;
  private final RegExpBudget budget;
  private final int[] regs;
  private int[] stack = new int[64];
  private int sp;
  private int fuel = CHUNK;
  private int[] scratch;

  private RegExpMatcher(CompiledRegExp re, String input, RegExpBudget budget) {
    this.re = re;
    this.code = re.code();
    this.sets = re.sets();
    this.strings = re.strings();
    this.input = input;
    this.end = input.length();
    this.unicode = re.isUnicode();
    this.budget = budget;
    this.regs = new int[re.registerCount()];
  }

  /**
   * RegExpBuiltinExec's matching loop (#sec-regexpbuiltinexec): with the sticky flag only at
   * lastIndex, otherwise the first match at or after it. Null when there is none or lastIndex is
   * past the end. The caller reads and writes lastIndex (global/sticky) itself.
   */
  public static MatchResult exec(CompiledRegExp re, String input, int lastIndex, RegExpBudget budget) {
    if ((re.flags() & RegExpFlags.STICKY) != 0) {
      return matchAt(re, input, lastIndex, budget);
    }
    return search(re, input, lastIndex, budget);
  }

  /** A match starting exactly at index, or null. */
  public static MatchResult matchAt(CompiledRegExp re, String input, int index, RegExpBudget budget) {
    if (index < 0 || index > input.length()) {
      return null;
    }
    RegExpMatcher m = new RegExpMatcher(re, input, budget);
    try {
      return m.attempt(index) ? m.result() : null;
    } finally {
      m.chargeRest();
    }
  }

  /** The first match starting at or after from (by code point with u/v), or null. */
  public static MatchResult search(CompiledRegExp re, String input, int from, RegExpBudget budget) {
    if (from < 0 || from > input.length()) {
      return null;
    }
    RegExpMatcher m = new RegExpMatcher(re, input, budget);
    try {
      return m.search(from) ? m.result() : null;
    } finally {
      m.chargeRest();
    }
  }

  private MatchResult result() {
    return new MatchResult(Arrays.copyOf(regs, 2 * (re.groupCount() + 1)), re);
  }

  private void chargeRest() {
    budget.charge(CHUNK - fuel);
  }

  private void refuel() {
    budget.charge(CHUNK);
    fuel = CHUNK;
  }

  private boolean search(int from) {
    Prefilter pre = re.prefilter();
    if (pre.anchored()) {
      return from == 0 && attempt(0);
    }
    String prefix = pre.prefix();
    CharSet first = pre.firstChars();
    int i = from;
    while (i <= end) {
      if (prefix != null) {
        int j = input.indexOf(prefix, i);
        if (j < 0) {
          return false;
        }
        fuel -= (j - i) >> 4;
        i = j;
      } else if (first != null) {
        int j = i;
        while (j < end && !first.contains(input.charAt(j))) {
          j++;
        }
        fuel -= (j - i) >> 4;
        if (j == end) {
          return false;
        }
        i = j;
      }
      if (unicode && i > from && i < end && Character.isLowSurrogate(input.charAt(i)) && Character.isHighSurrogate(input.charAt(i - 1))) {
        i++; // AdvanceStringIndex never stops inside a surrogate pair
        continue;
      }
      if (attempt(i)) {
        return true;
      }
      if (i < end && unicode && Character.isHighSurrogate(input.charAt(i)) && i + 1 < end
          && Character.isLowSurrogate(input.charAt(i + 1))) {
        i += 2;
      } else {
        i++;
      }
    }
    return false;
  }

  private boolean attempt(int start) {
    Arrays.fill(regs, -1);
    sp = 0;
    regs[0] = start;
    return run(start);
  }

  // ---- the loop

  private boolean run(int pos) {
    final int[] code = this.code;
    final String input = this.input;
    int pc = 0;
    while (true) {
      if (--fuel <= 0) {
        refuel();
      }
      int op = code[pc];
      switch (op) {
        case MATCH:
          return true;
        case CHAR: {
          int c = code[pc + 1];
          if (c < 0xD800 || !unicode) {
            if (pos < end && input.charAt(pos) == c) {
              pos++;
              pc += 2;
              continue;
            }
            break;
          }
          int np = matchOne(pc, pos);
          if (np >= 0) {
            pos = np;
            pc += 2;
            continue;
          }
          break;
        }
        case STRING: {
          String s = strings[code[pc + 1]];
          if (input.startsWith(s, pos)) {
            pos += s.length();
            pc += 2;
            continue;
          }
          break;
        }
        case STRING_BACK: {
          String s = strings[code[pc + 1]];
          if (pos >= s.length() && input.startsWith(s, pos - s.length())) {
            pos -= s.length();
            pc += 2;
            continue;
          }
          break;
        }
        case CHAR_BACK: case CHAR2: case CHAR2_BACK: case CLASS: case CLASS_BACK: case ANY: case ANY_BACK:
        case DOT: case DOT_BACK: {
          int np = matchOne(pc, pos);
          if (np >= 0) {
            pos = np;
            pc += (op == CHAR2 || op == CHAR2_BACK) ? 3 : (op == ANY || op == ANY_BACK || op == DOT || op == DOT_BACK) ? 1 : 2;
            continue;
          }
          break;
        }
        case JUMP:
          pc = code[pc + 1];
          continue;
        case FORK:
          push3(code[pc + 1], pos, T_CHOICE);
          pc += 2;
          continue;
        case FORK_TAKE:
          push3(pc + 2, pos, T_CHOICE);
          pc = code[pc + 1];
          continue;
        case SAVE:
          setRegister(code[pc + 1], pos);
          pc += 2;
          continue;
        case CLEAR: {
          int from = code[pc + 1];
          int to = from + code[pc + 2];
          for (int r = from; r < to; r++) {
            if (regs[r] != -1) {
              setRegister(r, -1);
            }
          }
          pc += 3;
          continue;
        }
        case SET_ZERO:
          setRegister(code[pc + 1], 0);
          pc += 2;
          continue;
        case CHECK_PROGRESS:
          if (pos == regs[code[pc + 1]]) {
            break;
          }
          pc += 2;
          continue;
        case ASSERT:
          if (assertion(code[pc + 1], pos)) {
            pc += 2;
            continue;
          }
          break;
        case BACKREF:
        case BACKREF_BACK: {
          int np = backReference(pc, pos, op == BACKREF_BACK);
          if (np >= 0) {
            pos = np;
            pc += 3 + code[pc + 2];
            continue;
          }
          break;
        }
        case LOOK_BEGIN:
          push4(code[pc + 3], pos, code[pc + 1], T_LOOK);
          regs[code[pc + 2]] = sp; // only this lookaround's LOOK_END reads it, before any other write
          pc += 4;
          continue;
        case LOOK_END: {
          int markerTop = regs[code[pc + 2]];
          int saved = stack[markerTop - 3];
          if (code[pc + 1] == 0) {
            keepOnlyUndoRecords(markerTop);
            pos = saved;
            pc += 3;
            continue;
          }
          unwindTo(markerTop); // a negative lookaround whose body matched: undo its captures, then fail
          sp = markerTop - 4;
          break;
        }
        case LOOP: {
          int count = regs[code[pc + 1]];
          if (count < code[pc + 2]) {
            pc += 6;
          } else if (count >= code[pc + 3]) {
            pc = code[pc + 5];
          } else if (code[pc + 4] != 0) {
            push3(code[pc + 5], pos, T_CHOICE);
            pc += 6;
          } else {
            push3(pc + 6, pos, T_CHOICE);
            pc = code[pc + 5];
          }
          continue;
        }
        case LOOP_END: {
          int counter = code[pc + 1];
          int count = regs[counter];
          if (count >= code[pc + 3] && pos == regs[code[pc + 2]]) {
            break; // an iteration past the minimum that matched the empty string fails
          }
          setRegister(counter, count + 1);
          pc = code[pc + 4];
          continue;
        }
        case STAR: {
          int next = star(pc, pos);
          if (next >= 0) {
            pos = next;
            pc = pc + 4 + RegExpOp.length(code, pc + 4);
            continue;
          }
          break;
        }
        default:
          throw new IllegalStateException("bad regexp opcode " + op + " at " + pc);
      }
      // Failure: resume at the most recent choice point.
      long resume = backtrack();
      if (resume < 0) {
        return false;
      }
      pc = (int) (resume >>> 32);
      pos = (int) resume;
    }
  }

  /** Pops to the next choice point; returns (pc << 32 | pos), or -1 when there is none. */
  private long backtrack() {
    final int[] stack = this.stack;
    while (sp > 0) {
      if (--fuel <= 0) {
        refuel();
      }
      int type = stack[sp - 1];
      switch (type) {
        case T_UNDO:
          regs[stack[sp - 3]] = stack[sp - 2];
          sp -= 3;
          break;
        case T_CHOICE:
          sp -= 3;
          return ((long) stack[sp] << 32) | stack[sp + 1];
        case T_RETREAT: {
          int continuation = stack[sp - 5];
          int minPos = stack[sp - 4];
          int p = stack[sp - 3];
          boolean backward = stack[sp - 2] != 0;
          p = backward ? nextBoundary(p) : previousBoundary(p);
          if (!backward) {
            // Skip positions where the continuation's first literal character cannot match.
            int hint = literalHint(continuation);
            if (hint >= 0) {
              while (p != minPos && input.charAt(p) != hint) {
                p = previousBoundary(p);
                if (--fuel <= 0) {
                  refuel();
                }
              }
            }
          }
          if (p == minPos) {
            sp -= 5;
          } else {
            stack[sp - 3] = p;
          }
          return ((long) continuation << 32) | p;
        }
        case T_LAZY: {
          int atom = stack[sp - 5];
          int continuation = stack[sp - 4];
          int remaining = stack[sp - 3];
          int p = matchOne(atom, stack[sp - 2]);
          if (p < 0) {
            sp -= 5;
            break;
          }
          if (remaining == 1) {
            sp -= 5;
          } else {
            if (remaining > 1) {
              stack[sp - 3] = remaining - 1;
            }
            stack[sp - 2] = p;
          }
          return ((long) continuation << 32) | p;
        }
        case T_LOOK:
          sp -= 4;
          if (stack[sp + 2] != 0) {
            return ((long) stack[sp] << 32) | stack[sp + 1]; // the negative lookaround's body failed
          }
          break;
        default:
          throw new IllegalStateException("corrupt regexp backtrack stack");
      }
    }
    return -1;
  }

  /** The code unit the op at pc must match first, when it is a forward literal; else -1. */
  private int literalHint(int pc) {
    int op = code[pc];
    if (op == CHAR && code[pc + 1] < 0xD800) {
      return code[pc + 1];
    }
    if (op == STRING) {
      return strings[code[pc + 1]].charAt(0);
    }
    return -1;
  }

  private static int entrySize(int type) {
    switch (type) {
      case T_CHOICE: case T_UNDO: return 3;
      case T_LOOK: return 4;
      default: return 5;
    }
  }

  /** A positive lookaround matched: drop its choice points and its marker, keep register undo records. */
  private void keepOnlyUndoRecords(int markerTop) {
    int n = 0;
    for (int i = sp; i > markerTop; ) {
      int size = entrySize(stack[i - 1]);
      if (stack[i - 1] == T_UNDO) {
        n++;
      }
      i -= size;
    }
    if (n == 0) {
      sp = markerTop - 4;
      return;
    }
    if (scratch == null || scratch.length < 3 * n) {
      scratch = new int[Math.max(3 * n, 48)];
    }
    int k = 3 * n;
    for (int i = sp; i > markerTop; ) {
      int type = stack[i - 1];
      if (type == T_UNDO) {
        k -= 3;
        System.arraycopy(stack, i - 3, scratch, k, 3);
      }
      i -= entrySize(type);
    }
    System.arraycopy(scratch, 0, stack, markerTop - 4, 3 * n);
    sp = markerTop - 4 + 3 * n;
  }

  /** Pops every entry above markerTop, applying undo records. */
  private void unwindTo(int markerTop) {
    while (sp > markerTop) {
      int type = stack[sp - 1];
      if (type == T_UNDO) {
        regs[stack[sp - 3]] = stack[sp - 2];
      }
      sp -= entrySize(type);
    }
  }

  // ---- stack

  private void grow(int need) {
    if (sp + need <= stack.length) {
      return;
    }
    if (stack.length >= MAX_STACK) {
      throw new RegExpStackOverflowException();
    }
    int size = Math.min(stack.length * 2, MAX_STACK);
    budget.chargeMemory(4L * (size - stack.length));
    stack = Arrays.copyOf(stack, size);
  }

  private void push3(int a, int b, int type) {
    if (sp + 3 > stack.length) {
      grow(3);
    }
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = type;
    sp += 3;
  }

  private void push4(int a, int b, int c, int type) {
    if (sp + 4 > stack.length) {
      grow(4);
    }
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = c;
    s[sp + 3] = type;
    sp += 4;
  }

  private void push5(int a, int b, int c, int d, int type) {
    if (sp + 5 > stack.length) {
      grow(5);
    }
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = c;
    s[sp + 3] = d;
    s[sp + 4] = type;
    sp += 5;
  }

  private void setRegister(int r, int value) {
    push3(r, regs[r], T_UNDO);
    regs[r] = value;
  }

  // ---- characters

  /** Matches the single-character op at pc at pos; the new position or -1. */
  private int matchOne(int pc, int pos) {
    int op = code[pc];
    boolean backward = op == CHAR_BACK || op == CHAR2_BACK || op == CLASS_BACK || op == ANY_BACK || op == DOT_BACK;
    int c;
    int width;
    if (backward) {
      if (pos <= 0) {
        return -1;
      }
      c = input.charAt(pos - 1);
      width = 1;
      if (unicode && Character.isLowSurrogate((char) c) && pos >= 2 && Character.isHighSurrogate(input.charAt(pos - 2))) {
        c = Character.toCodePoint(input.charAt(pos - 2), (char) c);
        width = 2;
      }
    } else {
      if (pos >= end) {
        return -1;
      }
      c = input.charAt(pos);
      width = 1;
      if (unicode && Character.isHighSurrogate((char) c) && pos + 1 < end && Character.isLowSurrogate(input.charAt(pos + 1))) {
        c = Character.toCodePoint((char) c, input.charAt(pos + 1));
        width = 2;
      }
    }
    boolean ok;
    switch (op) {
      case CHAR: case CHAR_BACK:
        ok = c == code[pc + 1];
        break;
      case CHAR2: case CHAR2_BACK:
        ok = c == code[pc + 1] || c == code[pc + 2];
        break;
      case CLASS: case CLASS_BACK:
        ok = sets[code[pc + 1]].contains(c);
        break;
      case ANY: case ANY_BACK:
        ok = true;
        break;
      case DOT: case DOT_BACK:
        ok = !isLineTerminator(c);
        break;
      default:
        throw new IllegalStateException("not a single-character op: " + op);
    }
    if (!ok) {
      return -1;
    }
    return backward ? pos - width : pos + width;
  }

  static boolean isLineTerminator(int c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
  }

  private int previousBoundary(int p) {
    if (unicode && p >= 2 && Character.isLowSurrogate(input.charAt(p - 1)) && Character.isHighSurrogate(input.charAt(p - 2))) {
      return p - 2;
    }
    return p - 1;
  }

  private int nextBoundary(int p) {
    if (unicode && p + 1 < end && Character.isHighSurrogate(input.charAt(p)) && Character.isLowSurrogate(input.charAt(p + 1))) {
      return p + 2;
    }
    return p + 1;
  }

  /** STAR min max greedy + atom at pc: repeats the atom; returns the position to continue from, or -1. */
  private int star(int pc, int pos) {
    int min = code[pc + 1];
    int max = code[pc + 2];
    boolean greedy = code[pc + 3] != 0;
    int atom = pc + 4;
    int continuation = atom + RegExpOp.length(code, atom);
    int p = pos;
    int count = 0;
    while (count < min) {
      p = matchOne(atom, p);
      if (p < 0) {
        return -1;
      }
      count++;
    }
    fuel -= count;
    if (!greedy) {
      if (max > min) {
        push5(atom, continuation, max == Node.Quantified.INFINITE ? -1 : max - min, p, T_LAZY);
      }
      return p;
    }
    int minPos = p;
    if (code[atom] == CLASS || code[atom] == DOT) {
      // Fast path over code units that cannot start a surrogate pair; the general loop takes over after.
      CharSet set = code[atom] == CLASS ? sets[code[atom + 1]] : null;
      int limit = max - count < end - p ? p + (max - count) : end;
      int q = p;
      while (q < limit) {
        char ch = input.charAt(q);
        if ((unicode && Character.isSurrogate(ch)) || (set != null ? !set.contains(ch) : isLineTerminator(ch))) {
          break;
        }
        q++;
      }
      count += q - p;
      fuel -= (q - p) >> 2;
      if (fuel <= 0) {
        refuel();
      }
      p = q;
    }
    while (count < max) {
      int np = matchOne(atom, p);
      if (np < 0) {
        break;
      }
      p = np;
      count++;
      if ((count & 63) == 0) {
        fuel -= 64;
        if (fuel <= 0) {
          refuel();
        }
      }
    }
    if (p != minPos) {
      boolean backward = code[atom] == CHAR_BACK || code[atom] == CHAR2_BACK || code[atom] == CLASS_BACK
          || code[atom] == ANY_BACK || code[atom] == DOT_BACK;
      push5(continuation, minPos, p, backward ? 1 : 0, T_RETREAT);
    }
    return p;
  }

  // ---- assertions and back references

  private boolean assertion(int kind, int pos) {
    switch (kind) {
      case A_START:
        return pos == 0;
      case A_START_MULTILINE:
        return pos == 0 || isLineTerminator(input.charAt(pos - 1));
      case A_END:
        return pos == end;
      case A_END_MULTILINE:
        return pos == end || isLineTerminator(input.charAt(pos));
      case A_WORD_BOUNDARY:
        return isWordChar(pos - 1, false) != isWordChar(pos, false);
      case A_NOT_WORD_BOUNDARY:
        return isWordChar(pos - 1, false) == isWordChar(pos, false);
      case A_WORD_BOUNDARY_UNICODE_IGNORE_CASE:
        return isWordChar(pos - 1, true) != isWordChar(pos, true);
      case A_NOT_WORD_BOUNDARY_UNICODE_IGNORE_CASE:
        return isWordChar(pos - 1, true) == isWordChar(pos, true);
      default:
        throw new IllegalStateException("assertion kind " + kind);
    }
  }

  /** IsWordChar (#sec-runtime-semantics-iswordchar-abstract-operation); with u/v and i, ſ and K too. */
  private boolean isWordChar(int e, boolean extra) {
    if (e < 0 || e >= end) {
      return false;
    }
    char c = input.charAt(e);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
      return true;
    }
    return extra && (c == 0x017F || c == 0x212A);
  }

  /** BackreferenceMatcher (#sec-backreference-matcher); the new position or -1. */
  private int backReference(int pc, int pos, boolean backward) {
    boolean ignoreCase = code[pc + 1] != 0;
    int n = code[pc + 2];
    int s = -1;
    int e = -1;
    for (int i = 0; i < n; i++) {
      int g = code[pc + 3 + i];
      if (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) {
        s = regs[2 * g];
        e = regs[2 * g + 1];
        break;
      }
    }
    if (s < 0) {
      return pos; // a group that did not participate matches the empty string
    }
    int len = e - s;
    int from = backward ? pos - len : pos;
    if (from < 0 || from + len > end) {
      return -1;
    }
    fuel -= len >> 3;
    if (!ignoreCase) {
      return input.regionMatches(from, input, s, len) ? (backward ? from : pos + len) : -1;
    }
    for (int i = 0; i < len; ) {
      int a = unicode ? input.codePointAt(s + i) : input.charAt(s + i);
      int b = unicode ? input.codePointAt(from + i) : input.charAt(from + i);
      if (a != b && CaseFolding.canonicalize(a, unicode) != CaseFolding.canonicalize(b, unicode)) {
        return -1;
      }
      if (!unicode) {
        i++;
      } else if (Character.charCount(a) != Character.charCount(b)) {
        return -1; // simple case folding never maps between the BMP and the other planes
      } else {
        i += Character.charCount(a);
      }
    }
    return backward ? from : pos + len;
  }
}
