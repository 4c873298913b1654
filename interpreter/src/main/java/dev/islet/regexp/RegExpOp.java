package dev.islet.regexp;

/**
 * The regexp bytecode: one int opcode followed by its operands, in one {@code int[]}. Ops that read
 * a character have a backward twin (lookbehind matches right to left, #sec-compilesubpattern).
 * Positions are UTF-16 indices; with u/v a character is a code point and may take two.
 */
final class RegExpOp {
  private RegExpOp() {}

  static final int MATCH = 0;          // success
  static final int CHAR = 1;           // c
  static final int CHAR_BACK = 2;      // c
  static final int CHAR2 = 3;          // a b: either (a case-insensitive pair)
  static final int CHAR2_BACK = 4;     // a b
  static final int CLASS = 5;          // set index
  static final int CLASS_BACK = 6;     // set index
  static final int ANY = 7;            // any character (dotAll)
  static final int ANY_BACK = 8;
  static final int DOT = 9;            // any but a line terminator
  static final int DOT_BACK = 10;
  static final int STRING = 11;        // string index: a literal run, case-sensitive, forward
  static final int JUMP = 12;          // target
  static final int FORK = 13;          // target: continue here, on failure resume at target
  static final int FORK_TAKE = 14;     // target: go to target, on failure resume here
  static final int SAVE = 15;          // reg: reg = pos (undone on backtracking)
  static final int CLEAR = 16;         // from count: regs from..from+count-1 = -1
  static final int ASSERT = 17;        // kind (A_*)
  static final int BACKREF = 18;       // ignoreCase n g1..gn
  static final int BACKREF_BACK = 19;  // ignoreCase n g1..gn
  static final int LOOK_BEGIN = 20;    // negated reg continuation: mark the stack for a lookaround
  static final int LOOK_END = 21;      // negated reg: the lookaround's body matched
  static final int CHECK_PROGRESS = 22; // reg: fail when pos == reg (the empty check of quantifiers)
  static final int SET_ZERO = 23;      // reg: reg = 0 (undone on backtracking)
  static final int LOOP = 24;          // counter min max greedy exit: decide on one more iteration
  static final int LOOP_END = 25;      // counter posReg min head: empty check, counter + 1, back to head
  static final int STAR = 26;          // min max greedy: repeat the single-character op that follows
  static final int STRING_BACK = 27;   // string index

  // ASSERT kinds
  static final int A_START = 0, A_START_MULTILINE = 1, A_END = 2, A_END_MULTILINE = 3;
  static final int A_WORD_BOUNDARY = 4, A_NOT_WORD_BOUNDARY = 5;
  static final int A_WORD_BOUNDARY_UNICODE_IGNORE_CASE = 6, A_NOT_WORD_BOUNDARY_UNICODE_IGNORE_CASE = 7;

  /** Length in ints of the instruction at pc. */
  static int length(int[] code, int pc) {
    switch (code[pc]) {
      case MATCH: case ANY: case ANY_BACK: case DOT: case DOT_BACK:
        return 1;
      case CHAR: case CHAR_BACK: case CLASS: case CLASS_BACK: case STRING: case STRING_BACK: case JUMP: case FORK:
      case FORK_TAKE: case SAVE: case ASSERT: case CHECK_PROGRESS: case SET_ZERO:
        return 2;
      case CHAR2: case CHAR2_BACK: case CLEAR: case LOOK_END:
        return 3;
      case LOOK_BEGIN: case STAR:
        return 4;
      case LOOP_END:
        return 5;
      case LOOP:
        return 6;
      case BACKREF: case BACKREF_BACK:
        return 3 + code[pc + 2];
      default:
        throw new IllegalStateException("bad regexp opcode " + code[pc] + " at " + pc);
    }
  }

  /** Whether the op at pc matches exactly one character (what STAR can repeat). */
  static boolean isSingleCharacter(int op) {
    switch (op) {
      case CHAR: case CHAR_BACK: case CHAR2: case CHAR2_BACK: case CLASS: case CLASS_BACK:
      case ANY: case ANY_BACK: case DOT: case DOT_BACK:
        return true;
      default:
        return false;
    }
  }

  /** A readable listing, for tests and debugging. */
  static String disassemble(int[] code) {
    StringBuilder sb = new StringBuilder();
    String[] names = {"match", "char", "char_back", "char2", "char2_back", "class", "class_back", "any", "any_back",
      "dot", "dot_back", "string", "jump", "fork", "fork_take", "save", "clear", "assert", "backref", "backref_back",
      "look_begin", "look_end", "check_progress", "set_zero", "loop", "loop_end", "star", "string_back"};
    for (int pc = 0; pc < code.length; pc += length(code, pc)) {
      sb.append(pc).append(": ").append(names[code[pc]]);
      for (int i = 1; i < length(code, pc); i++) {
        sb.append(' ').append(code[pc + i]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
