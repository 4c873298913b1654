package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** WorkerCode: validation with workerd's messages, module kinds, and the same checks from a JS host. */
class WorkerCodeTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  @Test
  void refusesCodeWithoutModules() {
    assertThatThrownBy(() -> WorkerCode.builder().compatibilityDate("2026-03-01").mainModule("index.js").build())
        .isInstanceOf(WorkerCodeException.class).hasMessage("Dynamic Worker code must contain at least one module.");
  }

  @Test
  void refusesAStringModuleNotNamedJs() {
    assertThatThrownBy(() -> WorkerCode.builder().compatibilityDate("2026-03-01").mainModule("index.mjs")
        .module("index.mjs", "export default {}").build())
        .hasMessage("Module name must end with '.js' or '.py' (or the content must be an object indicating the type explicitly). Got: index.mjs");
  }

  @Test
  void refusesPythonAndWasm() {
    assertThatThrownBy(() -> code("export default {}").module("x.py", "print(1)").build())
        .hasMessage("Python modules ('py') are not supported by islet. Module 'x.py' cannot be loaded.");
    assertThatThrownBy(() -> code("export default {}").module("m.wasm", new ModuleSource.Unsupported("wasm")).build())
        .hasMessage("WebAssembly modules ('wasm') are not supported by islet. Module 'm.wasm' cannot be loaded.");
  }

  @Test
  void refusesAFutureCompatibilityDateAndUnknownFlags() {
    assertThatThrownBy(() -> code("export default {}").compatibilityDate("2099-01-01").build())
        .hasMessage("This Worker requires compatibility date \"2099-01-01\", but the newest date supported by this server binary is \""
            + CodeValidation.NEWEST_COMPATIBILITY_DATE + "\".");
    assertThatThrownBy(() -> code("export default {}").compatibilityDate("2026-3-1").build())
        .hasMessage("Invalid compatibility date: \"2026-3-1\" (expected YYYY-MM-DD).");
    assertThatThrownBy(() -> code("export default {}").compatibilityFlags("no_such_flag").build())
        .hasMessage("No such compatibility flag: no_such_flag");
  }

  @Test
  void refusesCodeOver64MiBAndEnvOver1MiB() {
    String big = "x".repeat(33 << 20); // 33 MiB, twice
    assertThatThrownBy(() -> code("export default {}").module("a.js", ModuleSource.text(big)).module("b.js", ModuleSource.text(big)).build())
        .hasMessageStartingWith("Dynamic Worker code is too large");
    assertThatThrownBy(() -> code("export default {}").env("BIG", "y".repeat(600_000)).build())
        .hasMessageStartingWith("Dynamic Worker env is too large");
  }

  @Test
  void moduleKinds() {
    Worker w = loader.load(WorkerCode.builder().compatibilityDate("2026-03-01").mainModule("src/index.js")
        .module("src/index.js", """
            import text from "./hello.txt";
            import data from "./bytes.bin";
            import config from "./config.json";
            import lib from "./lib.cjs";
            import { helper } from "../shared/helper.js";
            export default {
              kinds() { return [text, new Uint8Array(data).join(","), config.name, lib.add(2, 3), lib.fromText, helper()]; },
            };
            """)
        .module("src/hello.txt", ModuleSource.text("hello"))
        .module("src/bytes.bin", ModuleSource.data(new byte[] {1, 2, 3}))
        .module("src/config.json", ModuleSource.json("{\"name\": \"cfg\"}"))
        .module("src/lib.cjs", ModuleSource.cjs("""
            const t = require("./hello.txt");
            const other = require("./other.cjs");
            module.exports = { add: (a, b) => a + b, fromText: t + "/" + other.name };
            """))
        .module("src/other.cjs", ModuleSource.cjs("exports.name = 'other';"))
        .module("shared/helper.js", "export function helper() { return 'helped'; }")
        .build());
    assertThat(await(w.getEntrypoint().call("kinds"))).isEqualTo(List.of("hello", "1,2,3", "cfg", 5.0, "hello/other", "helped"));
  }

  @Test
  void aMissingImportFailsTheFirstCall() {
    Worker w = loader.load(code("import x from './nope.js'; export default { f() {} };").build());
    WorkerException e = failure(w.getEntrypoint().call("f"));
    assertThat(e.errorName()).isEqualTo("TypeError");
    assertThat(e.errorMessage()).contains("Cannot find module './nope.js'");
  }

  @Test
  void startEvaluatesTheModulesBeforeAnyCall() {
    Worker ok = loader.load(code("globalThis.started = true; export default { f() { return globalThis.started; } };").build());
    await(ok.start());
    await(ok.start());
    assertThat(await(ok.getEntrypoint().call("f"))).isEqualTo(true);
    Worker bad = loader.load(code("export default { f() { return 1 } ;; }}").build());
    WorkerException e = failure(bad.start());
    assertThat(e.errorName()).isEqualTo("SyntaxError");
    assertThat(failure(bad.getEntrypoint().call("f")).errorName()).isEqualTo("SyntaxError");
  }

  @Test
  void aSyntaxErrorFailsTheFirstCall() {
    Worker w = loader.load(code("export default { f() { ").build());
    assertThat(failure(w.getEntrypoint().call("f")).errorName()).isEqualTo("SyntaxError");
  }

  @Test
  void aFailingSupplierFailsTheFirstCall() {
    Worker w = loader.get("broken", () -> {
      throw new IllegalStateException("no code today");
    });
    assertThat(failure(w.getEntrypoint().call("f")).errorMessage()).isEqualTo("no code today");
  }

  @Test
  void jsHostGetsTheSameMessages() {
    Worker host = loader.load(code("""
        function attempt(code) {
          try { env.LOADER.load(code); return "loaded"; } catch (e) { return e.name + ": " + e.message; }
        }
        let env;
        export default {
          run(e) {
            env = e;
            const base = { compatibilityDate: "2026-03-01", mainModule: "a.js" };
            return [
              attempt({ ...base, modules: {} }),
              attempt({ ...base, modules: { "a.ts": "x" } }),
              attempt({ ...base, modules: { "a.js": { js: "x", text: "y" } } }),
              attempt({ ...base, modules: { "a.js": {} } }),
              attempt({ ...base, modules: { "a.js": { py: "x" } } }),
              attempt({ ...base, modules: { "a.js": { wasm: new ArrayBuffer(1) } } }),
              attempt({ ...base, compatibilityDate: "2999-12-31", modules: { "a.js": "" } }),
              attempt({ ...base, modules: { "a.js": "export default {}" } }),
            ];
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo(List.of(
        "TypeError: Dynamic Worker code must contain at least one module.",
        "TypeError: Module name must end with '.js' or '.py' (or the content must be an object indicating the type explicitly). Got: a.ts",
        "TypeError: Each module must contain exactly one of 'js', 'cjs', 'text', 'data', 'json', 'py', or 'wasm'. Module 'a.js' contained 2 properties.",
        "TypeError: Each module must contain exactly one of 'js', 'cjs', 'text', 'data', 'json', 'py', or 'wasm'. Module 'a.js' contained 0 properties.",
        "TypeError: Python modules ('py') are not supported by islet. Module 'a.js' cannot be loaded.",
        "TypeError: WebAssembly modules ('wasm') are not supported by islet. Module 'a.js' cannot be loaded.",
        "TypeError: This Worker requires compatibility date \"2999-12-31\", but the newest date supported by this server binary is \""
            + CodeValidation.NEWEST_COMPATIBILITY_DATE + "\".",
        "loaded"));
  }

  @Test
  void getCodeFailureRejectsTheFirstCallWithThatError() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const stub = env.LOADER.get("w1", async () => { throw new RangeError("no code"); });
            try { await stub.getEntrypoint().f(); return "ok"; } catch (e) { return e.name + ": " + e.message; }
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo("RangeError: no code");
  }

  @Test
  void dataModulesAreCopiedAtLoad() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const bytes = new Uint8Array([7, 8]);
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js",
              modules: { "a.js": "import d from './d.bin'; export default { f() { return new Uint8Array(d)[0]; } }", "d.bin": { data: bytes.buffer } } });
            bytes[0] = 99;
            return await w.getEntrypoint().f();
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo(7.0);
  }

  @Test
  void jsonModulesFromAJsHost() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js",
              modules: { "a.js": "import c from './c.json'; export default { f() { return c.list.length; } }", "c.json": { json: { list: [1, 2, 3] } } } });
            return await w.getEntrypoint().f();
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo(3.0);
  }

  @Test
  void envIsNotAGlobal() {
    Worker w = loader.load(code("""
        import { env as imported } from "cloudflare:workers";
        export default { f(env) { return [typeof globalThis.env, typeof globalThis.KEY, env.KEY, imported.KEY]; } };
        """).env("KEY", "v").env("OBJ", Map.of("a", 1)).build());
    assertThat(await(w.getEntrypoint().call("f"))).isEqualTo(List.of("undefined", "undefined", "v", "v"));
  }
}
