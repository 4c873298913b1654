package dev.islet.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import org.junit.jupiter.api.Test;

/** Modules compiled once per process: the same name and source share their code, each realm keeps its own state. */
class CompiledModuleCacheTest {
  private static SourceTextModule parseIn(Isolate isolate, String name, String source) {
    return (SourceTextModule) Modules.parse(isolate.realm(), name, source);
  }

  @Test
  void theSameModuleInTwoIsolatesSharesItsCode() {
    String source = "export let n = 0; export function next() { return ++n; } // " + System.nanoTime();
    try (Isolate a = Isolate.create(); Isolate b = Isolate.create()) {
      SourceTextModule ma = parseIn(a, "shared.js", source);
      SourceTextModule mb = parseIn(b, "shared.js", source);
      assertThat(mb.code).isSameAs(ma.code);
      assertThat(mb).isNotSameAs(ma);
    }
  }

  @Test
  void anotherNameOrSourceCompilesAgain() {
    String source = "export const x = 1; // " + System.nanoTime();
    try (Isolate a = Isolate.create()) {
      SourceTextModule m = parseIn(a, "one.js", source);
      assertThat(parseIn(a, "two.js", source).code).isNotSameAs(m.code);
      assertThat(parseIn(a, "one.js", source + " ").code).isNotSameAs(m.code);
    }
  }

  @Test
  void hugeSourcesAreNotKept() {
    String source = "export const x = 1;" + " ".repeat(CompiledModuleCache.MAX_SOURCE_LENGTH);
    assertThat(CompiledModuleCache.get("big.js", source)).isNull();
    CompiledModuleCache.put("big.js", source, new CompiledModuleCache.Compiled(null, null, false));
    assertThat(CompiledModuleCache.get("big.js", source)).isNull();
  }

  @Test
  void stateStaysPerRealm() {
    String source = "export let n = 0; export function next() { return ++n; }";
    String main = "import { next } from 'counter.js'; globalThis.out = next() + next();";
    for (int i = 0; i < 2; i++) {
      try (Isolate isolate = Isolate.create()) {
        var r = isolate.evaluateModule("main.js", main, new ModuleHost() {
          @Override
          public String resolve(String referrer, String specifier) {
            return specifier;
          }

          @Override
          public String source(String name) {
            return name.equals("counter.js") ? source : null;
          }
        });
        assertThat(r.outcome()).isEqualTo(dev.islet.api.Outcome.OK);
        assertThat(isolate.realm().globalObject().get(isolate.realm(), "out")).isEqualTo(3);
      }
    }
  }
}
