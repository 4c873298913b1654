package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** env.LOADER as a JS host sees it: lazy stubs, getCode only on a miss, anonymous workers, entrypoints by name. */
class LoaderBindingTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  private static final String COUNTER = """
      const COUNTER = { compatibilityDate: "2026-03-01", mainModule: "c.js",
        modules: { "c.js": "let n = 0; export default { next() { return ++n; } }" } };
      """;

  private Worker host(String source) {
    return loader.load(code(COUNTER + source).env("LOADER", loader).build());
  }

  @Test
  void getReturnsAStubAtOnceAndRunsGetCodeOnTheFirstCall() {
    Worker h = host("""
        export default {
          async run(env) {
            let called = false;
            const stub = env.LOADER.get("lazy", () => { called = true; return COUNTER; });
            const before = called;
            const ep = stub.getEntrypoint();
            const afterGetEntrypoint = called;
            await ep.next();
            return [before, afterGetEntrypoint, called];
          }
        };
        """);
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo(List.of(false, false, true));
  }

  @Test
  void getCodeRunsOnlyWhenNoWarmWorkerHasTheId() {
    Worker h = host("""
        let calls = 0;
        export default {
          async run(env) {
            const n = await env.LOADER.get("warm", async () => { calls++; return COUNTER; }).getEntrypoint().next();
            return [n, calls];
          }
        };
        """);
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo(List.of(1.0, 1.0));
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo(List.of(2.0, 1.0));
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo(List.of(3.0, 1.0));
  }

  @Test
  void aNullIdIsAFreshIsolateEachTime() {
    Worker h = host("""
        export default {
          async run(env) {
            const a = env.LOADER.get(null, () => COUNTER).getEntrypoint();
            const b = env.LOADER.get(null, () => COUNTER).getEntrypoint();
            return [await a.next(), await a.next(), await b.next(), await env.LOADER.load(COUNTER).getEntrypoint().next()];
          }
        };
        """);
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo(List.of(1.0, 2.0, 1.0, 1.0));
  }

  @Test
  void entrypointsByNameWithPropsAndThePlainObjectsEnvAndCtx() {
    Worker h = host("""
        export default {
          async run(env) {
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "m.js", env: { NAME: "ada" },
              modules: { "m.js": `
                export const admin = { who(x, env, ctx) { return x + " " + env.NAME + ctx.props.p; } };
                export default { who() { return "default"; } };` } });
            return [
              await w.getEntrypoint("admin", { props: { p: "!" } }).who("hi"),
              await w.getEntrypoint().who(),
              await w.getEntrypoint(null).who(),
              await w.getEntrypoint("default").who(),
            ];
          }
        };
        """);
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo(List.of("hi ada!", "default", "default", "default"));
  }

  @Test
  void anUnknownEntrypointRejectsTheCall() {
    Worker h = host("""
        export default {
          async run(env) {
            try { await env.LOADER.load(COUNTER).getEntrypoint("Nope").next(); return "called"; }
            catch (e) { return e.name + ": " + e.message; }
          }
        };
        """);
    assertThat((String) await(h.getEntrypoint().call("run"))).startsWith("TypeError: ").contains("Nope");
  }

  @Test
  void usingDisposesTheStub() {
    Worker h = host("""
        export default {
          async run(env) {
            let kept;
            {
              using ep = env.LOADER.load(COUNTER).getEntrypoint();
              kept = ep;
              await ep.next();
            }
            try { await kept.next(); return "called"; } catch (e) { return e.message; }
          }
        };
        """);
    assertThat(await(h.getEntrypoint().call("run"))).isEqualTo("Attempted to use RPC stub after it has been disposed.");
  }

  @Test
  void randomValuesAreRefusedInGlobalScope() {
    Worker w = loader.load(code("crypto.getRandomValues(new Uint8Array(4)); export default { f() { return 1; } };").build());
    assertThat(Workers.failure(w.getEntrypoint().call("f")).errorMessage()).startsWith("Disallowed operation called within global scope.");
    Worker u = loader.load(code("crypto.randomUUID(); export default { f() { return 1; } };").build());
    assertThat(Workers.failure(u.getEntrypoint().call("f")).errorMessage()).startsWith("Disallowed operation called within global scope.");
    Worker ok = loader.load(code("export default { f() { return crypto.randomUUID().length; } };").build());
    assertThat(await(ok.getEntrypoint().call("f"))).isEqualTo(36.0);
  }
}
