package dev.islet.vm;

import dev.islet.bytecode.ScopeInfo;
import java.util.LinkedHashMap;

/**
 * A runtime environment: the slots of the variables that closures capture (others live in frame
 * registers), and the enclosing environment. {@link WithScope} wraps an object for {@code with}.
 */
public class Scope {
  /** The marker stored in a lexical binding before its declaration runs (the temporal dead zone). */
  public static final Object TDZ = new Object() {
    @Override
    public String toString() {
      return "<uninitialized>";
    }
  };

  public final Object[] slots;
  public final Scope parent;
  public final ScopeInfo info;
  /** Variables that sloppy direct eval declared in this function scope at run time. */
  public LinkedHashMap<String, Object> evalVars;

  public Scope(Scope parent, ScopeInfo info) {
    this.parent = parent;
    this.info = info;
    int n = info == null ? 0 : info.size();
    Object[] s = n == 0 ? NO_SLOTS : new Object[n];
    if (n > 0) {
      int[] flags = info.slotFlags;
      for (int i = 0; i < n; i++) {
        s[i] = (flags[i] & ScopeInfo.TDZ) != 0 ? TDZ : dev.islet.values.Undefined.INSTANCE;
      }
    }
    this.slots = s;
  }

  /** A copy with the same parent and values (CreatePerIterationEnvironment). */
  public Scope(Scope original) {
    this.parent = original.parent;
    this.info = original.info;
    this.slots = original.slots.clone();
  }

  private static final Object[] NO_SLOTS = new Object[0];

  /** The environment {@code depth} levels up. */
  public final Scope up(int depth) {
    Scope s = this;
    while (depth-- > 0) {
      s = s.parent;
    }
    return s;
  }
}
