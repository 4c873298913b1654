package dev.islet.bytecode;

/**
 * A RegExp literal's site: its pattern and flags (validated by the parser), and the compiled
 * pattern once the first evaluation has made it. Code is shared by every isolate that runs it, and
 * so is this cache: a compiled pattern is immutable (the RegExp built-ins store a
 * {@code dev.islet.regexp.CompiledRegExp} here; the field is untyped so the bytecode does not depend
 * on the engine). A race between two first evaluations only compiles twice.
 */
public final class RegExpSite {
  public final String pattern;
  public final String flags;
  private volatile Object compiled;

  public RegExpSite(String pattern, String flags) {
    this.pattern = pattern;
    this.flags = flags;
  }

  public Object compiled() {
    return compiled;
  }

  public void setCompiled(Object c) {
    compiled = c;
  }

  @Override
  public String toString() {
    return "/" + pattern + "/" + flags;
  }
}
