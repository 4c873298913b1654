package dev.islet.analysis;

import dev.islet.bytecode.ScopeInfo;
import java.util.LinkedHashMap;

/**
 * A scope as the compiler sees it. Scopes whose bindings a closure or eval can see get a runtime
 * environment ({@link #needsEnvironment()}); the others cost nothing at run time.
 */
public final class StaticScope {
  /** The kinds of scope. */
  public enum Kind {
    /** A function's parameters (and its body vars unless the parameters have expressions). */
    FUNCTION,
    /** A function body's vars when its parameters have expressions. */
    FUNCTION_BODY,
    BLOCK,
    CATCH,
    CLASS,
    WITH,
    /** The scope holding a named function expression's own name. */
    FUNCTION_NAME,
    /** Script top level: bindings are global. */
    SCRIPT,
    MODULE,
    /** Top level of eval code. */
    EVAL
  }

  public final Kind kind;
  public final StaticScope parent;
  public final FunctionInfo function;
  final LinkedHashMap<String, Binding> bindings = new LinkedHashMap<>();
  /** A direct eval can see this scope's bindings by name. */
  boolean evalVisible;
  /** Sloppy direct eval may add var bindings here at run time. */
  boolean varInjectable;
  /** The scope belongs to a switch statement's case block (TDZ checks are never elided). */
  boolean switchBlock;
  /** A for statement's head scope whose bindings are copied per iteration. */
  boolean perIteration;
  private ScopeInfo info;
  private int envSlots = -1;

  StaticScope(Kind kind, StaticScope parent, FunctionInfo function) {
    this.kind = kind;
    this.parent = parent;
    this.function = function;
  }

  public Binding lookup(String name) {
    return bindings.get(name);
  }

  public Iterable<Binding> bindings() {
    return bindings.values();
  }

  public boolean isEmpty() {
    return bindings.isEmpty();
  }

  public boolean isVarInjectable() {
    return varInjectable;
  }

  public boolean isPerIteration() {
    return perIteration;
  }

  /** True when this scope gets a runtime environment object. */
  public boolean needsEnvironment() {
    if (kind == Kind.WITH) {
      return true;
    }
    if (kind == Kind.SCRIPT) {
      return false;
    }
    if (varInjectable || evalVisible && !bindings.isEmpty()) {
      return true;
    }
    for (Binding b : bindings.values()) {
      if (b.captured) {
        return true;
      }
    }
    return false;
  }

  /** The runtime description of this scope's environment (only for scopes that need one). */
  public ScopeInfo scopeInfo() {
    if (info == null) {
      allocateSlots();
      int n = envSlots;
      String[] names = new String[n];
      int[] flags = new int[n];
      for (Binding b : bindings.values()) {
        if (b.slot >= 0) {
          names[b.slot] = b.name;
          int f = 0;
          if (b.isLexical()) {
            f |= ScopeInfo.TDZ;
          }
          if (b.isConst()) {
            f |= ScopeInfo.CONST;
          }
          if (b.kind == Binding.Kind.FUNCTION_NAME) {
            f |= ScopeInfo.SLOPPY_CONST;
          }
          flags[b.slot] = f;
        }
      }
      int kindCode = switch (kind) {
        case FUNCTION, FUNCTION_BODY -> ScopeInfo.KIND_FUNCTION;
        case CATCH -> ScopeInfo.KIND_CATCH;
        case CLASS -> ScopeInfo.KIND_CLASS;
        case EVAL -> ScopeInfo.KIND_EVAL;
        case MODULE -> ScopeInfo.KIND_MODULE;
        default -> ScopeInfo.KIND_BLOCK;
      };
      info = new ScopeInfo(kindCode, names, flags, varInjectable);
    }
    return info;
  }

  /** Gives every captured binding an environment slot, in declaration order. */
  void allocateSlots() {
    if (envSlots >= 0) {
      return;
    }
    int n = 0;
    for (Binding b : bindings.values()) {
      if (b.captured) {
        b.slot = n++;
      }
    }
    envSlots = n;
  }

  @Override
  public String toString() {
    return kind + bindings.keySet().toString();
  }
}
