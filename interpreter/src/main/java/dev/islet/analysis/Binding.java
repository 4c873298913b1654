package dev.islet.analysis;

/**
 * One binding (a variable) found by scope analysis, and where it lives at run time: a frame
 * register when no closure or eval can see it, else a slot of its scope's environment; top-level
 * script bindings live in the global environment.
 */
public final class Binding {
  /** What declared the binding; decides initialization (TDZ) and mutability. */
  public enum Kind {
    VAR, LET, CONST, CLASS, FUNCTION, PARAM, CATCH_PARAM, ARGUMENTS, THIS, FUNCTION_NAME, CLASS_INNER_NAME, PRIVATE_NAME, IMPORT, USING
  }

  public final String name;
  public final Kind kind;
  public final StaticScope scope;
  /** Referenced from a function other than the declaring one (or visible to eval): must live in an environment. */
  boolean captured;
  /** Frame register, when not captured; -1 otherwise. */
  int register = -1;
  /** Environment slot, when captured; -1 otherwise. */
  int slot = -1;
  /** Source offset after which the binding is certainly initialized (for TDZ-check elision); MAX_VALUE: always check. */
  int initializedAfter = Integer.MAX_VALUE;
  /** A parameter of a non-simple parameter list: uninitialized until its turn (a TDZ like let). */
  boolean paramTdz;

  Binding(String name, Kind kind, StaticScope scope) {
    this.name = name;
    this.kind = kind;
    this.scope = scope;
  }

  public boolean isCaptured() {
    return captured;
  }

  public int register() {
    return register;
  }

  public int slot() {
    return slot;
  }

  public int initializedAfter() {
    return initializedAfter;
  }

  /** let, const, class and using bindings start uninitialized. */
  public boolean isLexical() {
    return kind == Kind.LET || kind == Kind.CONST || kind == Kind.CLASS || kind == Kind.THIS || kind == Kind.CLASS_INNER_NAME
        || kind == Kind.USING || paramTdz;
  }

  public boolean isConst() {
    return kind == Kind.CONST || kind == Kind.CLASS_INNER_NAME || kind == Kind.FUNCTION_NAME || kind == Kind.USING
        || kind == Kind.IMPORT;
  }

  /** True when this binding lives in the global environment (script top level). */
  public boolean isGlobal() {
    return scope.kind == StaticScope.Kind.SCRIPT;
  }

  @Override
  public String toString() {
    return kind + " " + name + (captured ? " env#" + slot : " r" + register);
  }
}
