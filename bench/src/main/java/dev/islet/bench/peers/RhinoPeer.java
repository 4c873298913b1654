package dev.islet.bench.peers;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptableObject;

/**
 * Rhino 1.9 at an optimization level: -1 runs its bytecode interpreter, 9 compiles scripts to JVM
 * classes. Rhino 1.9 keeps only these two modes (its deprecated {@code setOptimizationLevel(n)} is
 * {@code setInterpretedMode(n < 0)}), so the level is set as the mode. Language version: the latest
 * Rhino knows ({@code VERSION_ECMASCRIPT}).
 */
final class RhinoPeer implements JsPeer {
  private final ContextFactory factory;
  private final ScriptableObject scope;

  RhinoPeer(int optimizationLevel) {
    this.factory = new ContextFactory() {
      @Override
      protected Context makeContext() {
        Context cx = super.makeContext();
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        cx.setInterpretedMode(optimizationLevel < 0);
        return cx;
      }
    };
    Context cx = factory.enterContext();
    try {
      this.scope = cx.initStandardObjects();
    } finally {
      Context.exit();
    }
  }

  @Override
  public void eval(String fileName, String source) {
    Context cx = factory.enterContext();
    try {
      cx.evaluateString(scope, source, fileName, 1, null);
    } finally {
      Context.exit();
    }
  }

  @Override
  public Call function(String name) {
    Object f = ScriptableObject.getProperty(scope, name);
    if (!(f instanceof Function fn)) {
      throw new IllegalArgumentException(name + " is not a global function");
    }
    Object[] none = new Object[0];
    return () -> {
      Context cx = factory.enterContext(); // cheap when this thread is already in a context
      try {
        return fn.call(cx, scope, scope, none);
      } finally {
        Context.exit();
      }
    };
  }

  @Override
  public void close() {
    // Rhino holds nothing outside the heap.
  }
}
