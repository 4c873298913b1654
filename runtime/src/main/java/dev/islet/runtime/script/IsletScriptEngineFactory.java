package dev.islet.runtime.script;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The {@code javax.script} entry point: {@code new ScriptEngineManager().getEngineByName("islet")}. Each engine is
 * one isolate with its own limits (see {@link IsletScriptEngine}); engines are not thread-safe.
 */
public final class IsletScriptEngineFactory implements ScriptEngineFactory {
  static final String VERSION = "0.1";

  @Override
  public String getEngineName() {
    return "islet";
  }

  @Override
  public String getEngineVersion() {
    return VERSION;
  }

  @Override
  public List<String> getExtensions() {
    return List.of("js");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of("application/javascript", "text/javascript");
  }

  @Override
  public List<String> getNames() {
    return List.of("islet", "Islet");
  }

  @Override
  public String getLanguageName() {
    return "ECMAScript";
  }

  @Override
  public String getLanguageVersion() {
    return "ECMAScript 2025";
  }

  @Override
  public Object getParameter(String key) {
    return switch (key) {
      case ScriptEngine.ENGINE -> getEngineName();
      case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
      case ScriptEngine.NAME -> "islet";
      case ScriptEngine.LANGUAGE -> getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
      // null: not thread-safe (one isolate per engine; use an engine per thread).
      default -> null;
    };
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    StringBuilder s = new StringBuilder("print(\"");
    for (char c : toDisplay.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        default -> s.append(c);
      }
    }
    return s.append("\")").toString();
  }

  @Override
  public String getProgram(String... statements) {
    StringBuilder s = new StringBuilder();
    for (String st : statements) {
      s.append(st).append(";\n");
    }
    return s.toString();
  }

  @Override
  public ScriptEngine getScriptEngine() {
    return new IsletScriptEngine(this);
  }
}
