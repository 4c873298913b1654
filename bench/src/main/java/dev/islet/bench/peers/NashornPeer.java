package dev.islet.bench.peers;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/** Nashorn 15 standalone (the OpenJDK project that left the JDK in 15), through its script engine. */
final class NashornPeer implements JsPeer {
  private final ScriptEngine engine = new NashornScriptEngineFactory().getScriptEngine();

  @Override
  public void eval(String fileName, String source) {
    try {
      engine.put(ScriptEngine.FILENAME, fileName);
      engine.eval(source);
    } catch (ScriptException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public Call function(String name) {
    Invocable inv = (Invocable) engine;
    return () -> {
      try {
        return inv.invokeFunction(name);
      } catch (ScriptException | NoSuchMethodException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    };
  }

  @Override
  public void close() {
    // nothing to release
  }
}
