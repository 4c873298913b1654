package dev.islet.regexp;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled pattern: immutable, so one instance may be cached and shared by every isolate.
 * Made by {@link #compile}; run by {@link RegExpMatcher}.
 */
public final class CompiledRegExp {
  private final String source;
  private final int flags;
  private final int[] code;
  private final CharSet[] sets;
  private final String[] strings;
  private final int registerCount;
  private final int groupCount;
  private final String[] groupNames;
  private final Prefilter prefilter;

  CompiledRegExp(String source, int flags, int[] code, CharSet[] sets, String[] strings, int registerCount,
      int groupCount, String[] groupNames, Prefilter prefilter) {
    this.source = source;
    this.flags = flags;
    this.code = code;
    this.sets = sets;
    this.strings = strings;
    this.registerCount = registerCount;
    this.groupCount = groupCount;
    this.groupNames = groupNames;
    this.prefilter = prefilter;
  }

  /** Parses and compiles; throws {@link RegExpSyntaxException} (with its message) when invalid. */
  public static CompiledRegExp compile(String pattern, String flags) {
    return RegExpCompiler.compile(pattern, flags);
  }

  /** Shorthand for {@link RegExpMatcher#exec}. */
  public MatchResult exec(String input, int lastIndex, RegExpBudget budget) {
    return RegExpMatcher.exec(this, input, lastIndex, budget);
  }

  /** The pattern text as given. */
  public String source() {
    return source;
  }

  /** {@link RegExpFlags} bits. */
  public int flags() {
    return flags;
  }

  public boolean hasFlag(int bit) {
    return (flags & bit) != 0;
  }

  /** u or v: positions advance by code point. */
  public boolean isUnicode() {
    return (flags & (RegExpFlags.UNICODE | RegExpFlags.UNICODE_SETS)) != 0;
  }

  /** Number of capturing groups (not counting the whole match). */
  public int groupCount() {
    return groupCount;
  }

  /** Name of group g (1-based) or null. */
  public String groupName(int group) {
    return group >= 1 && group <= groupNames.length ? groupNames[group - 1] : null;
  }

  public boolean hasNamedGroups() {
    for (String n : groupNames) {
      if (n != null) {
        return true;
      }
    }
    return false;
  }

  /** The distinct group names in the order they first appear (the order of the groups object). */
  public List<String> groupNamesInOrder() {
    List<String> out = new ArrayList<>();
    for (String n : groupNames) {
      if (n != null && !out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  int[] code() {
    return code;
  }

  CharSet[] sets() {
    return sets;
  }

  String[] strings() {
    return strings;
  }

  int registerCount() {
    return registerCount;
  }

  Prefilter prefilter() {
    return prefilter;
  }

  /** The bytecode listing, for tests and debugging. */
  public String disassemble() {
    return RegExpOp.disassemble(code);
  }

  @Override
  public String toString() {
    return "/" + source + "/" + RegExpFlags.toString(flags);
  }
}
