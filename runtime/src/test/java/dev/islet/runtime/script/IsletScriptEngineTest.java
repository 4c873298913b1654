package dev.islet.runtime.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.islet.api.HostFunction;
import dev.islet.api.Outcome;
import dev.islet.runtime.bindings.Exposed;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

class IsletScriptEngineTest {
  private static ScriptEngine engine() {
    ScriptEngine e = new ScriptEngineManager().getEngineByName("islet");
    assertThat(e).isInstanceOf(IsletScriptEngine.class);
    return e;
  }

  @Test
  void theManagerFindsTheEngineByNameAndItEvaluates() throws Exception {
    ScriptEngine e = engine();
    assertThat(e.eval("JSON.stringify({a: [1, 2, 3]})")).isEqualTo("{\"a\":[1,2,3]}");
    assertThat(e.eval("6 * 7")).isEqualTo(42.0);
    assertThat(e.eval("undefined")).isNull();
    assertThat(e.getFactory().getLanguageName()).isEqualTo("ECMAScript");
    assertThat(e.getFactory().getParameter("THREADING")).isNull();
  }

  @Test
  void bindingsBecomeGlobalsAndScriptGlobalsComeBack() throws Exception {
    ScriptEngine e = engine();
    e.put("name", "islet");
    e.put("list", List.of(1, 2, 3));
    e.put("config", Map.of("depth", 2));
    assertThat(e.eval("name.toUpperCase() + list.length + config.depth")).isEqualTo("ISLET32");
    e.eval("var total = list.reduce((a, b) => a + b, 0); var obj = {x: [true, null]};");
    assertThat(e.get("total")).isEqualTo(6.0);
    assertThat(e.get("obj")).isEqualTo(Map.of("x", java.util.Arrays.asList(true, null)));
    // State persists between evals; an unchanged binding is not copied back over the script's object.
    e.eval("obj.y = 1");
    assertThat(e.eval("obj.y")).isEqualTo(1.0);
    e.put("total", 10);
    assertThat(e.eval("total + 1")).isEqualTo(11.0);
  }

  @Test
  void javaObjectsDoNotCrossUnlessTheyOfferExposedMethods() throws Exception {
    ScriptEngine e = engine();
    e.put("thread", Thread.currentThread());
    assertThat(e.eval("1")).isEqualTo(1.0);
    assertThatThrownBy(() -> e.eval("thread.getName()")).isInstanceOf(IsletScriptException.class)
        .hasMessageContaining("TypeError").hasMessageContaining("java.lang.Thread");
    ScriptEngine f = engine();
    f.put("calc", new Calculator());
    assertThat(f.eval("calc.add(2, 3)")).isEqualTo(5.0);
    assertThat(f.eval("typeof calc.hidden + ' ' + typeof calc.getClass")).isEqualTo("undefined undefined");
    assertThat(f.eval("try { calc.fail() } catch (e) { e.name + ': ' + e.message }")).isEqualTo("Error: no");
  }

  public static final class Calculator {
    @Exposed
    public int add(int a, int b) {
      return a + b;
    }

    @Exposed
    public void fail() {
      throw new IllegalStateException("no");
    }

    public String hidden() {
      return "secret";
    }
  }

  @Test
  void hostFunctionsAreCallable() throws Exception {
    ScriptEngine e = engine();
    e.put("twice", (HostFunction) args -> ((Number) args[0]).doubleValue() * 2);
    assertThat(e.eval("twice(21)")).isEqualTo(42.0);
  }

  @Test
  void printAndConsoleWriteToTheContextWriters() throws Exception {
    ScriptEngine e = engine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    e.getContext().setWriter(out);
    e.getContext().setErrorWriter(err);
    e.eval("print('a', 1); console.log({b: 2}); console.error('bad')");
    assertThat(out.toString().lines()).containsExactly("a 1", "{ b: 2 }");
    assertThat(err.toString().lines()).containsExactly("bad");
  }

  @Test
  void errorsNameTheirPositionAndOutcome() {
    ScriptEngine e = engine();
    e.put(ScriptEngine.FILENAME, "calc.js");
    assertThatThrownBy(() -> e.eval("var x = 1;\nvar y = (;")).isInstanceOfSatisfying(IsletScriptException.class, ex -> {
      assertThat(ex.errorName()).isEqualTo("SyntaxError");
      assertThat(ex.getFileName()).isEqualTo("calc.js");
      assertThat(ex.getLineNumber()).isEqualTo(2);
      assertThat(ex.getColumnNumber()).isEqualTo(10);
    });
    assertThatThrownBy(() -> e.eval("\n\nnull.x")).isInstanceOfSatisfying(IsletScriptException.class, ex -> {
      assertThat(ex.outcome()).isEqualTo(Outcome.EXCEPTION);
      assertThat(ex.errorName()).isEqualTo("TypeError");
      assertThat(ex.getLineNumber()).isEqualTo(3);
    });
  }

  @Test
  void limitsAreEngineOptionsAndEndTheRunWithTheirOutcome() throws Exception {
    ScriptEngine e = engine();
    e.put(IsletScriptEngine.CPU_LIMIT_MILLIS, 300);
    e.put(IsletScriptEngine.MEMORY_LIMIT, "16m");
    assertThatThrownBy(() -> e.eval("for (;;) {}")).isInstanceOfSatisfying(IsletScriptException.class,
        ex -> assertThat(ex.outcome()).isEqualTo(Outcome.EXCEEDED_CPU));
    assertThatThrownBy(() -> e.eval("const a = []; for (;;) a.push({i: a.length})"))
        .isInstanceOfSatisfying(IsletScriptException.class,
            ex -> assertThat(ex.outcome()).isEqualTo(Outcome.EXCEEDED_MEMORY));
    ScriptEngine fresh = engine();
    assertThat(fresh.eval("'still fine'")).isEqualTo("still fine");
  }

  @Test
  void compiledScriptsRunManyTimes() throws Exception {
    ScriptEngine e = engine();
    CompiledScript s = ((Compilable) e).compile("var n = (typeof n === 'number' ? n : 0) + 1; n");
    assertThat(s.eval()).isEqualTo(1.0);
    assertThat(s.eval()).isEqualTo(2.0);
    assertThatThrownBy(() -> ((Compilable) e).compile("let let = 1")).isInstanceOf(ScriptException.class);
  }

  @Test
  void invocableCallsFunctionsMethodsAndImplementsInterfaces() throws Exception {
    ScriptEngine e = engine();
    e.eval("function greet(n) { return 'hi ' + n; } var counter = { n: 0, inc(by) { return this.n += by; } };");
    Invocable inv = (Invocable) e;
    assertThat(inv.invokeFunction("greet", "ann")).isEqualTo("hi ann");
    assertThatThrownBy(() -> inv.invokeFunction("nope")).isInstanceOf(NoSuchMethodException.class);
    Object counter = e.get("counter");
    assertThat(counter).isInstanceOf(ScriptObject.class);
    assertThat(inv.invokeMethod(counter, "inc", 2)).isEqualTo(2.0);
    assertThat(inv.invokeMethod(counter, "inc", 3)).isEqualTo(5.0);
    Greeter g = inv.getInterface(Greeter.class);
    assertThat(g.greet("bob")).isEqualTo("hi bob");
    Object made = e.eval("({ greet(n) { return 'yo ' + n; } })");
    assertThat(inv.getInterface(made, Greeter.class).greet("cy")).isEqualTo("yo cy");
    ScriptEngine other = engine();
    assertThatThrownBy(() -> ((Invocable) other).invokeMethod(counter, "inc", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  public interface Greeter {
    String greet(String name);
  }

  @Test
  void enginesAreIsolatedFromEachOther() throws Exception {
    ScriptEngine a = engine();
    ScriptEngine b = engine();
    a.eval("Object.prototype.polluted = 1; var shared = 1");
    assertThat(b.eval("({}).polluted === undefined && typeof shared === 'undefined'")).isEqualTo(true);
    Bindings fresh = a.createBindings();
    assertThat(fresh).isEmpty();
    assertThat(a.getBindings(ScriptContext.ENGINE_SCOPE).get("shared")).isEqualTo(1.0);
  }
}
