package dev.islet.runtime.script;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.JsError;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.console.Console;
import dev.islet.runtime.webapi.console.ConsoleFormat;
import dev.islet.source.Source;
import dev.islet.values.Undefined;
import dev.islet.vm.FunctionInstance;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * islet as a {@code javax.script} engine: the way off Nashorn. One engine is one isolate (created on first
 * use) with the limits read from the engine-scope attributes below; every run ends normally or with an
 * {@link IsletScriptException} naming its outcome, and nothing of the JVM is reachable from the script beyond
 * what bindings pass (see {@link ScriptValues}).
 *
 * <ul>
 *   <li>Bindings (global scope, then engine scope) become globals before a run when their value changed; after a
 *       run, the globals the script created are copied back to the engine scope, so {@code eval("var x = 1")}
 *       then {@code get("x")} gives {@code 1.0}. Numbers come back as Double.</li>
 *   <li>{@code print(...)} and {@code console} write to the context's writer (console.warn/error to its error
 *       writer).</li>
 *   <li>{@link Compilable} parses and compiles once; {@link Invocable} calls global functions and methods of
 *       {@link ScriptObject}s.</li>
 * </ul>
 */
public final class IsletScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {
  /** Engine-scope attribute: the isolate's heap limit, bytes as a Number or a size such as "64m" (default 128m). */
  public static final String MEMORY_LIMIT = "islet.memoryLimit";
  /** Engine-scope attribute: CPU time per run in milliseconds (default 30,000). */
  public static final String CPU_LIMIT_MILLIS = "islet.cpuLimitMillis";
  /** Engine-scope attribute: instructions per run (default: no limit). */
  public static final String INSTRUCTION_LIMIT = "islet.instructionLimit";
  /** Engine-scope attribute: maximum JS call depth. */
  public static final String MAX_CALL_DEPTH = "islet.maxCallDepth";

  private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+)\\)?\\s*$");

  private final IsletScriptEngineFactory factory;
  private Isolate isolate;
  private ScriptValues values;
  private Set<Object> builtinGlobals;
  /** The Java value each binding had when it was last made a global (or read back): unchanged ones are not copied again. */
  private final Map<String, Object> synced = new HashMap<>();
  /** Bindings whose Java value may not cross: their globals throw when read and are not copied back. */
  private final Set<String> refused = new HashSet<>();
  private ScriptContext running;

  IsletScriptEngine(IsletScriptEngineFactory factory) {
    this.factory = factory;
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  @Override
  public Bindings createBindings() {
    return new SimpleBindings();
  }

  @Override
  public Object eval(Reader reader, ScriptContext context) throws ScriptException {
    return eval(readAll(reader), context);
  }

  private static String readAll(Reader reader) throws ScriptException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) > 0; ) {
        s.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return s.toString();
  }

  @Override
  public Object eval(String script, ScriptContext context) throws ScriptException {
    String name = fileName(context);
    return run(context, name, script, null);
  }

  @Override
  public CompiledScript compile(String script) throws ScriptException {
    String name = fileName(context);
    Source source = new Source(name, script);
    Code code;
    try {
      code = Compiler.compileScript(Parser.parseScript(source), source);
    } catch (SyntaxErrorException e) {
      throw syntaxError(e, name);
    }
    IsletScriptEngine engine = this;
    return new CompiledScript() {
      @Override
      public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(context, name, script, code);
      }

      @Override
      public ScriptEngine getEngine() {
        return engine;
      }
    };
  }

  @Override
  public CompiledScript compile(Reader script) throws ScriptException {
    return compile(readAll(script));
  }

  private synchronized Object run(ScriptContext context, String name, String script, Code compiled)
      throws ScriptException {
    Isolate iso = isolate(context);
    Realm realm = iso.realm();
    Object[] result = new Object[1];
    SyntaxErrorException[] syntax = new SyntaxErrorException[1];
    running = context;
    try {
      check(iso.runTask(() -> pushBindings(context)), name);
      check(iso.runTask(() -> {
        Code code = compiled;
        if (code == null) {
          Source source = new Source(name, script);
          try {
            code = Compiler.compileScript(Parser.parseScript(source), source);
          } catch (SyntaxErrorException e) {
            syntax[0] = e;
            return;
          }
        }
        result[0] = realm.agent.interpreter.runTopLevel(realm, code, new FunctionInstance(code.template),
            realm.globalObject(), null, null);
      }), name);
      if (syntax[0] != null) {
        throw syntaxError(syntax[0], name);
      }
      Object[] out = new Object[1];
      check(iso.runTask(() -> {
        out[0] = values.toJava(result[0]);
        pullBindings(context);
      }), name);
      return out[0];
    } finally {
      running = null;
    }
  }

  // ------------------------------------------------------------------ Invocable

  @Override
  public synchronized Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
    Isolate iso = isolate(context);
    return invoke(iso, iso.realm().globalObject(), Undefined.INSTANCE, name, args);
  }

  @Override
  public synchronized Object invokeMethod(Object thiz, String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    if (!(thiz instanceof ScriptObject s) || s.owner != this) {
      throw new IllegalArgumentException("invokeMethod needs a ScriptObject of this engine, got " + thiz);
    }
    return invoke(isolate, s.object, s.object, name, args);
  }

  private Object invoke(Isolate iso, JsObject holder, Object thisValue, String name, Object[] args)
      throws ScriptException, NoSuchMethodException {
    Realm realm = iso.realm();
    Object[] out = new Object[1];
    boolean[] missing = new boolean[1];
    running = context;
    try {
      check(iso.runTask(() -> {
        Object f = holder.get(realm, name, holder);
        if (!(f instanceof JsObject fn) || !fn.isCallable()) {
          missing[0] = true;
          return;
        }
        out[0] = fn.call(thisValue, values.toJs(args));
      }), name);
      if (missing[0]) {
        throw new NoSuchMethodException(name);
      }
      Object[] java = new Object[1];
      check(iso.runTask(() -> java[0] = values.toJava(out[0])), name);
      return java[0];
    } finally {
      running = null;
    }
  }

  @Override
  public <T> T getInterface(Class<T> type) {
    return implement(type, null);
  }

  @Override
  public <T> T getInterface(Object thiz, Class<T> type) {
    if (!(thiz instanceof ScriptObject s) || s.owner != this) {
      throw new IllegalArgumentException("getInterface needs a ScriptObject of this engine, got " + thiz);
    }
    return implement(type, s);
  }

  private <T> T implement(Class<T> type, ScriptObject target) {
    if (type == null || !type.isInterface()) {
      throw new IllegalArgumentException("getInterface needs an interface, got " + type);
    }
    Object p = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "islet implementation of " + type.getName();
        };
      }
      Object r = target == null ? invokeFunction(method.getName(), args) : invokeMethod(target, method.getName(), args);
      return adapt(r, method.getReturnType());
    });
    return type.cast(p);
  }

  /** A result for a Java return type: numbers narrowed, void as null. */
  private static Object adapt(Object v, Class<?> t) {
    if (t == void.class) {
      return null;
    }
    if (v instanceof Number n) {
      if (t == int.class || t == Integer.class) {
        return n.intValue();
      }
      if (t == long.class || t == Long.class) {
        return n.longValue();
      }
      if (t == float.class || t == Float.class) {
        return n.floatValue();
      }
      if (t == double.class || t == Double.class) {
        return n.doubleValue();
      }
    }
    if (t == String.class && v != null && !(v instanceof String)) {
      return String.valueOf(v);
    }
    return v;
  }

  /** Closes the engine's isolate; a later eval starts a fresh one. */
  @Override
  public synchronized void close() {
    if (isolate != null) {
      isolate.close();
      isolate = null;
      values = null;
      synced.clear();
      refused.clear();
    }
  }

  // ------------------------------------------------------------------ the isolate

  private Isolate isolate(ScriptContext context) throws ScriptException {
    if (isolate != null) {
      return isolate;
    }
    IsolateOptions options = IsolateOptions.defaults();
    Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
    try {
      Object memory = engineScope == null ? null : engineScope.get(MEMORY_LIMIT);
      if (memory != null) {
        options = options.withMemoryLimit(memory instanceof Number n ? n.longValue() : parseSize(memory.toString()));
      }
      Object cpu = engineScope == null ? null : engineScope.get(CPU_LIMIT_MILLIS);
      if (cpu != null) {
        options = options.withCpuTimeLimit(Long.parseLong(cpu.toString()));
      }
      Object instructions = engineScope == null ? null : engineScope.get(INSTRUCTION_LIMIT);
      if (instructions != null) {
        options = options.withInstructionLimit(Long.parseLong(instructions.toString()));
      }
      Object depth = engineScope == null ? null : engineScope.get(MAX_CALL_DEPTH);
      if (depth != null) {
        options = options.withMaxCallDepth(Integer.parseInt(depth.toString()));
      }
    } catch (NumberFormatException e) {
      throw new ScriptException("bad islet engine option: " + e.getMessage());
    }
    Isolate iso = Isolate.create(options);
    Realm realm = iso.realm();
    values = new ScriptValues(this, realm);
    RunResult setup = iso.runTask(() -> {
      Console.install(realm, (level, line) -> write(level.compareTo(Console.Level.WARN) >= 0, line));
      JsObject global = realm.globalObject();
      NativeFunction print = new NativeFunction(realm, "print", 0, (r, t, args, nt) -> {
        write(false, ConsoleFormat.format(r, args));
        return Undefined.INSTANCE;
      }, false);
      global.defineOwnProperty(realm, "print", PropertyDescriptor.data(print, Attributes.HIDDEN));
      builtinGlobals = new HashSet<>(global.ownPropertyKeys(realm));
    });
    if (!setup.isOk()) {
      throw new ScriptException("the isolate could not start: " + setup.detail());
    }
    isolate = iso;
    return iso;
  }

  private static long parseSize(String s) {
    String t = s.trim().toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
      unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }

  private void write(boolean error, String line) {
    ScriptContext c = running != null ? running : context;
    Writer w = error ? c.getErrorWriter() : c.getWriter();
    if (w == null) {
      return;
    }
    try {
      w.write(line);
      w.write(System.lineSeparator());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Global-scope then engine-scope bindings whose value changed since they were last synced become globals. */
  private void pushBindings(ScriptContext context) {
    Realm realm = isolate.realm();
    JsObject global = realm.globalObject();
    Map<String, Object> merged = new java.util.LinkedHashMap<>();
    Bindings globalScope = context.getBindings(ScriptContext.GLOBAL_SCOPE);
    if (globalScope != null) {
      merged.putAll(globalScope);
    }
    Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
    if (engineScope != null) {
      merged.putAll(engineScope);
    }
    for (Map.Entry<String, Object> e : merged.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("islet.") || key.startsWith("javax.script.") || builtinGlobals.contains(key)) {
        continue;
      }
      Object v = e.getValue();
      if (synced.containsKey(key) && synced.get(key) == v) {
        continue;
      }
      synced.put(key, v);
      refused.remove(key);
      Object js;
      try {
        js = values.toJs(v);
      } catch (dev.islet.errors.JsThrow notData) {
        // A Java object that may not cross (a tool's own binding, say): the global throws only if the script uses it.
        Object error = notData.value();
        NativeFunction thrower = new NativeFunction(realm, key, 0, (r, t, args, nt) -> {
          throw new dev.islet.errors.JsThrow(error);
        }, false);
        global.defineOwnProperty(realm, key, PropertyDescriptor.accessor(thrower, Undefined.INSTANCE, Attributes.HIDDEN));
        refused.add(key);
        continue;
      }
      global.set(realm, key, js, global);
    }
  }

  /** The globals a script created, copied to the engine scope. */
  private void pullBindings(ScriptContext context) {
    Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
    if (engineScope == null) {
      return;
    }
    Realm realm = isolate.realm();
    JsObject global = realm.globalObject();
    for (Object key : global.ownPropertyKeys(realm)) {
      if (!(key instanceof String name) || builtinGlobals.contains(name) || refused.contains(name)) {
        continue;
      }
      Object v = values.toJava(global.get(realm, name, global));
      engineScope.put(name, v);
      synced.put(name, v);
    }
  }

  private static String fileName(ScriptContext context) {
    Object f = context == null ? null : context.getAttribute(ScriptEngine.FILENAME);
    return f == null ? "<eval>" : f.toString();
  }

  private static void check(RunResult r, String file) throws ScriptException {
    if (r.isOk()) {
      return;
    }
    JsError e = r.error();
    if (r.outcome() == Outcome.EXCEPTION && e != null) {
      int line = -1;
      int column = -1;
      String first = e.stack() == null ? "" : e.stack().lines().findFirst().orElse("");
      Matcher m = POSITION.matcher(first);
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
        column = Integer.parseInt(m.group(2));
      }
      throw new IsletScriptException(r.outcome(), e.name(), e.toString(), e.stack(), file, line, column);
    }
    throw new IsletScriptException(r.outcome(), null, r.outcome().jsName() + ": " + r.detail(), "", file, -1, -1);
  }

  private static IsletScriptException syntaxError(SyntaxErrorException e, String file) {
    return new IsletScriptException(Outcome.EXCEPTION, "SyntaxError", "SyntaxError: " + e.rawMessage(), "", file,
        e.line(), e.column());
  }
}
