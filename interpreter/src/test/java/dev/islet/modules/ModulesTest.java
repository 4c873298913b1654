package dev.islet.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModulesTest {
  private final Map<String, String> files = new HashMap<>();
  private final List<String> printed = new ArrayList<>();

  private RunResult run(String main) {
    ModuleHost host = new ModuleHost() {
      @Override
      public String resolve(String referrer, String specifier) {
        return specifier.replace("./", "");
      }

      @Override
      public String source(String name) {
        return files.get(name);
      }
    };
    try (Isolate iso = Isolate.create()) {
      iso.defineGlobalFunction("print", args -> {
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
          sb.append(sb.length() == 0 ? "" : " ").append(a instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : a);
        }
        printed.add(sb.toString());
        return null;
      });
      return iso.evaluateModule("main.js", main, host);
    }
  }

  @Test
  void cyclicImportsSeeLiveBindingsAndHoistedFunctions() {
    files.put("a.js", "import { b, inc } from './b.js'; export let count = 1; export function getA() { return 'a' + count; } print(b, inc()); count++;");
    files.put("b.js", "import { getA } from './a.js'; export const b = 'bee'; export function inc() { return getA(); }");
    RunResult r = run("import { count, getA } from './a.js'; print(count, getA());");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(printed).containsExactly("bee a1", "2 a2");
  }

  @Test
  void starAndNamespaceExportsAreSortedAndLive() {
    files.put("c.js", "export const z = 1, a = 2; export default 'd';");
    files.put("b.js", "export * from './c.js'; export { default as dflt } from './c.js';");
    RunResult r = run("import * as ns from './b.js'; print(Object.keys(ns).join(), ns.dflt, ns[Symbol.toStringTag], Object.isFrozen(ns) || !Object.isExtensible(ns));");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(printed).containsExactly("a,dflt,z d Module true");
  }

  @Test
  void topLevelAwaitAndDynamicImport() {
    files.put("c.js", "export const c = await Promise.resolve('see');");
    RunResult r = run("const m = await import('./c.js'); print(m.c); import { c } from './c.js'; print(c);");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(printed).containsExactly("see", "see");
  }

  @Test
  void missingExportIsASyntaxErrorAtLink() {
    files.put("b.js", "export const x = 1;");
    RunResult r = run("import { y } from './b.js';");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("SyntaxError");
  }

  @Test
  void importedBindingsAreInTheTemporalDeadZoneUntilInitialized() {
    files.put("b.js", "import { a } from './main.js'; export function read() { return typeof a; }");
    RunResult r = run("import { read } from './b.js'; try { read(); } catch (e) { print(e.name); } export let a = 1; print(read());");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(printed).containsExactly("ReferenceError", "number");
  }
}
