package dev.islet.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.realm.Realm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host-made modules (ModuleHost.Synthetic): exports known at link time, values computed in evaluation order. */
class SyntheticModuleTest {
  private final List<String> events = new ArrayList<>();

  private RunResult run(String main) {
    ModuleHost host = new ModuleHost() {
      @Override
      public String resolve(String referrer, String specifier) {
        return specifier;
      }

      @Override
      public String source(String name) {
        return name.equals("dep.js") ? "globalThis.order = (globalThis.order || '') + 'dep;'; export const d = 1;" : null;
      }

      @Override
      public Synthetic synthetic(Realm realm, String name) {
        if (!name.equals("host:made")) {
          return null;
        }
        return new Synthetic() {
          @Override
          public List<String> exportNames() {
            return List.of("default", "answer");
          }

          @Override
          public Object[] evaluate(Realm r) {
            events.add("evaluated");
            return new Object[] {"made by the host", 42};
          }
        };
      }
    };
    try (Isolate iso = Isolate.create()) {
      iso.defineGlobalFunction("record", args -> {
        events.add(String.valueOf(args[0]));
        return null;
      });
      return iso.evaluateModule("main.js", main, host);
    }
  }

  @Test
  void exportsComeFromTheHostWhenTheModuleIsEvaluated() {
    RunResult r = run("import d, { answer } from 'host:made'; import * as ns from 'host:made'; record(d + ' ' + answer + ' ' + Object.keys(ns).join());");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(events).containsExactly("evaluated", "made by the host 42 answer,default");
  }

  @Test
  void aMissingExportIsALinkError() {
    RunResult r = run("import { nope } from 'host:made';");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("SyntaxError");
    assertThat(events).isEmpty();
  }

  @Test
  void loadByNameLoadsARootWithoutSourceText() {
    try (Isolate iso = Isolate.create()) {
      Realm realm = iso.realm();
      Modules.setHost(realm, new ModuleHost() {
        @Override
        public String resolve(String referrer, String specifier) {
          return specifier;
        }

        @Override
        public String source(String name) {
          return name.equals("root.js") ? "export const v = 7;" : null;
        }
      });
      ModuleRecord m = Modules.loadByName(realm, "root.js");
      Modules.link(realm, m);
      Modules.evaluate(realm, m);
      assertThat(Modules.namespace(m).get(realm, "v")).isEqualTo(7);
      assertThat(Modules.loadByName(realm, "root.js")).isSameAs(m);
    }
  }
}
