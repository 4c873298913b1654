package dev.islet.regexp;

import java.util.List;

/**
 * The pattern AST (#sec-patterns), made by {@link RegExpParser} and consumed by {@link RegExpCompiler}.
 * It is syntactic: what depends on flags (case folding, dotAll, multiline, word characters under
 * {@code /ui}) is decided by the compiler, which tracks the flags through {@link Modifiers} groups.
 */
public sealed interface Node {
  /** Alternatives separated by {@code |}. */
  record Disjunction(List<Node> alternatives) implements Node {}

  /** Terms matched one after the other (in reverse order inside a lookbehind). */
  record Alternative(List<Node> terms) implements Node {}

  /** One character: a UTF-16 code unit without u/v, a code point with them. */
  record Char(int value) implements Node {}

  /** {@code .} */
  record Dot() implements Node {}

  /** {@code ^ $ \b \B}. */
  record Assertion(int kind) implements Node {
    public static final int START = 0, END = 1, WORD_BOUNDARY = 2, NOT_WORD_BOUNDARY = 3;
  }

  /** {@code (?= (?! (?<= (?<!}. */
  record Look(boolean behind, boolean negated, Node body) implements Node {}

  /** A capturing group when index &gt; 0 (name may be null), else {@code (?:…)}. */
  record Group(int index, String name, Node body) implements Node {}

  /** {@code (?ims-ims:…)}: flag bits from {@link RegExpFlags} added and removed inside the group. */
  record Modifiers(int add, int remove, Node body) implements Node {}

  /**
   * A quantified atom. max is {@link #INFINITE} for no upper bound (and for bounds past int range).
   * Capturing groups firstGroup … firstGroup + groupCount − 1 are reset at each iteration.
   */
  record Quantified(Node atom, int min, int max, boolean greedy, int firstGroup, int groupCount) implements Node {
    public static final int INFINITE = Integer.MAX_VALUE;
  }

  /** {@code \1} or {@code \k<name>}: the groups it may refer to (several for duplicate names). */
  record BackReference(int[] groups) implements Node {}

  /**
   * {@code […]}, a class escape ({@code \d}, {@code \p{…}}) as an atom, or a nested class with v.
   * op combines the items: {@link #UNION}, {@link #INTERSECTION} or {@link #SUBTRACTION} (the last two only with v).
   */
  record CharClass(boolean negated, int op, List<ClassItem> items) implements Node, ClassItem {
    public static final int UNION = 0, INTERSECTION = 1, SUBTRACTION = 2;
  }

  /** Members of a character class. */
  sealed interface ClassItem permits CharClass, ClassChar, ClassRange, ClassEscape, Property, ClassStrings {}

  /** One character in a class. */
  record ClassChar(int value) implements ClassItem {}

  /** {@code a-z}, inclusive. */
  record ClassRange(int from, int to) implements ClassItem {}

  /** {@code \d \D \s \S \w \W}: kind is the letter. */
  record ClassEscape(char kind) implements ClassItem {}

  /**
   * {@code \p{…}} or {@code \P{…}} (negated). kind is a {@code dev.islet.unicode.UnicodeData} kind
   * (binary, category, script, script extensions, strings) and name the canonical value.
   */
  record Property(char kind, String name, boolean negated) implements ClassItem {}

  /** {@code \q{abc|d|}} with v: each string as it matches (code points). */
  record ClassStrings(List<String> strings) implements ClassItem {}
}
