package dev.islet.bench.isolate;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import dev.islet.bench.peers.JsPeer;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * A fresh sandbox per engine that has evaluated {@link #SCRIPT}, for {@link IsolateStart} (time) and
 * {@link IsolateFootprint} (retained heap):
 * <ul>
 *   <li>islet: {@link Isolate#create()} with the default limits (128 MiB, 30 s of CPU);
 *   <li>rhino: a scope from {@code Context.initStandardObjects()} (interpreted mode, ES language version);
 *   <li>nashorn: a {@link SimpleScriptContext} whose engine scope is new bindings (a new global) of one
 *       shared script engine;
 *   <li>graaljs: a {@link Context} on one shared {@link Engine}.
 * </ul>
 */
public final class Sandboxes {
  public static final String SCRIPT = "JSON.stringify({a: [1, 2, 3]})";
  static final String EXPECTED = "{\"a\":[1,2,3]}";

  private Sandboxes() {}

  /** One sandbox, holding its engine's state until closed. */
  public interface Sandbox extends AutoCloseable {
    /** What {@link #SCRIPT} evaluated to. */
    Object result();

    @Override
    void close();
  }

  /** Makes sandboxes of one engine. */
  @FunctionalInterface
  public interface Factory {
    Sandbox create();
  }

  public static Factory factory(String engine) {
    return switch (engine) {
      case JsPeer.ISLET -> Sandboxes::islet;
      case "rhino" -> rhino();
      case JsPeer.NASHORN -> nashorn();
      case JsPeer.GRAALJS -> graal();
      default -> throw new IllegalArgumentException("unknown engine '" + engine + "'");
    };
  }

  private static Sandbox islet() {
    Isolate isolate = Isolate.create();
    RunResult r = isolate.evaluate("start.js", SCRIPT);
    Object value = check(r.value());
    return new Sandbox() {
      @Override
      public Object result() {
        return value;
      }

      @Override
      public void close() {
        isolate.close();
      }
    };
  }

  private static Factory rhino() {
    org.mozilla.javascript.ContextFactory factory = new org.mozilla.javascript.ContextFactory() {
      @Override
      protected org.mozilla.javascript.Context makeContext() {
        org.mozilla.javascript.Context cx = super.makeContext();
        cx.setLanguageVersion(org.mozilla.javascript.Context.VERSION_ECMASCRIPT);
        cx.setInterpretedMode(true);
        return cx;
      }
    };
    return () -> {
      org.mozilla.javascript.Context cx = factory.enterContext();
      try {
        org.mozilla.javascript.ScriptableObject scope = cx.initStandardObjects();
        Object value = check(org.mozilla.javascript.Context.toString(cx.evaluateString(scope, SCRIPT, "start.js", 1, null)));
        return held(scope, value, () -> { });
      } finally {
        org.mozilla.javascript.Context.exit();
      }
    };
  }

  private static Factory nashorn() {
    ScriptEngine engine = new NashornScriptEngineFactory().getScriptEngine();
    return () -> {
      SimpleScriptContext context = new SimpleScriptContext();
      context.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
      try {
        return held(context, check(engine.eval(SCRIPT, context)), () -> { });
      } catch (ScriptException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    };
  }

  private static Factory graal() {
    Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    return () -> {
      Context context = Context.newBuilder("js").engine(engine).build();
      return held(context, check(context.eval("js", SCRIPT).asString()), context::close);
    };
  }

  /** A sandbox that keeps {@code state} reachable until closed. */
  private static Sandbox held(Object state, Object value, Runnable close) {
    return new Sandbox() {
      private Object keep = state;

      @Override
      public Object result() {
        return value;
      }

      @Override
      public void close() {
        keep = null;
        close.run();
      }
    };
  }

  private static Object check(Object value) {
    if (!EXPECTED.equals(String.valueOf(value))) {
      throw new IllegalStateException("expected " + EXPECTED + ", got " + value);
    }
    return value;
  }
}
