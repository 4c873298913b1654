package dev.islet.regexp;

/**
 * A successful match: for group g (0 is the whole match) {@link #start}/{@link #end} are UTF-16
 * indices, or -1 when the group did not participate.
 */
public final class MatchResult {
  private final int[] indices;
  private final CompiledRegExp regexp;

  MatchResult(int[] indices, CompiledRegExp regexp) {
    this.indices = indices;
    this.regexp = regexp;
  }

  public int groupCount() {
    return regexp.groupCount();
  }

  public int start(int group) {
    return indices[2 * group];
  }

  public int end(int group) {
    return indices[2 * group + 1];
  }

  /** Whether the group captured something (an empty string counts). */
  public boolean matched(int group) {
    return indices[2 * group] >= 0 && indices[2 * group + 1] >= 0;
  }

  /** The group's text, or null when it did not participate. */
  public String group(String input, int group) {
    return matched(group) ? input.substring(start(group), end(group)) : null;
  }

  /** The name of group g (1-based), or null; several groups may share a name. */
  public String groupName(int group) {
    return regexp.groupName(group);
  }

  public CompiledRegExp regexp() {
    return regexp;
  }
}
