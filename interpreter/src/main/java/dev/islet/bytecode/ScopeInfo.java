package dev.islet.bytecode;

/**
 * The static description of one runtime environment: how many slots, the name of each (for
 * eval/with lookups and debugging), and which slots start in the temporal dead zone. Immutable and
 * shared; lives in a Code's constant pool and is referenced by PUSH_SCOPE.
 */
public final class ScopeInfo {
  public static final int KIND_FUNCTION = 0;
  public static final int KIND_BLOCK = 1;
  public static final int KIND_CATCH = 2;
  public static final int KIND_CLASS = 3;
  public static final int KIND_EVAL = 4;
  public static final int KIND_MODULE = 5;

  /** Slot flag: a lexical binding that starts uninitialized. */
  public static final int TDZ = 1;
  /** Slot flag: an immutable binding (const, class name inside the class, named function expression name). */
  public static final int CONST = 2;
  /** Slot flag: assignments to this immutable binding are silently ignored in sloppy mode (function expression names). */
  public static final int SLOPPY_CONST = 4;

  public final int kind;
  public final String[] names;
  public final int[] slotFlags;
  /** True if sloppy direct eval may add var bindings to this (function or eval) scope. */
  public final boolean extensible;

  public ScopeInfo(int kind, String[] names, int[] slotFlags, boolean extensible) {
    this.kind = kind;
    this.names = names;
    this.slotFlags = slotFlags;
    this.extensible = extensible;
  }

  public int size() {
    return names.length;
  }

  /** The slot of {@code name}, or -1. */
  public int indexOf(String name) {
    String[] n = names;
    for (int i = 0; i < n.length; i++) {
      if (n[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
