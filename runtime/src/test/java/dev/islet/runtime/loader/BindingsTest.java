package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.runtime.bindings.Exposed;
import dev.islet.runtime.tail.TraceItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** env bindings: data, Java objects with @Exposed methods, other workers' entrypoints; ctx.exports; JS tails. */
class BindingsTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  /** A Java service: only the marked methods are reachable. */
  public static final class Kv {
    private final Map<String, String> data = new java.util.concurrent.ConcurrentHashMap<>();
    public String notExposed = "hidden";

    @Exposed
    public void put(String key, String value) {
      data.put(key, value);
    }

    @Exposed
    public String get(String key) {
      return data.get(key);
    }

    @Exposed("size")
    public int count() {
      return data.size();
    }

    @Exposed
    public CompletableFuture<List<String>> keysLater() {
      return CompletableFuture.supplyAsync(() -> List.copyOf(new java.util.TreeSet<>(data.keySet())));
    }

    @Exposed
    public String fail() {
      throw new IllegalStateException("kv is read-only");
    }

    public String alsoHidden() {
      return "no";
    }
  }

  @Test
  void javaObjectsExposeOnlyMarkedMethods() {
    Kv kv = new Kv();
    Worker w = loader.load(code("""
        export default {
          async run(env) {
            await env.KV.put("a", "1");
            await env.KV.put("b", "2");
            const out = [await env.KV.get("a"), await env.KV.size(), await env.KV.keysLater()];
            for (const m of ["alsoHidden", "notExposed", "getClass", "count"]) {
              try { await env.KV[m](); out.push(m + " reachable"); } catch (e) { out.push(e.name); }
            }
            try { await env.KV.fail(); } catch (e) { out.push(e.message); }
            return out;
          }
        };
        """).env("KV", kv).build());
    assertThat(await(w.getEntrypoint().call("run")))
        .isEqualTo(List.of("1", 2.0, List.of("a", "b"), "TypeError", "TypeError", "TypeError", "TypeError", "kv is read-only"));
    assertThat(kv.get("b")).isEqualTo("2");
  }

  @Test
  void anotherWorkersEntrypointIsAServiceBinding() {
    Worker math = loader.load(code("export default { square(x) { return x * x; } };").build());
    Worker w = loader.load(code("export default { async run(env) { return await env.MATH.square(12); } };")
        .env("MATH", math.getEntrypoint()).build());
    assertThat(await(w.getEntrypoint().call("run"))).isEqualTo(144.0);
  }

  @Test
  void ctxExportsMakesLoopbackStubsWithProps() {
    Worker host = loader.load(code("""
        import { WorkerEntrypoint } from "cloudflare:workers";
        export class Audit extends WorkerEntrypoint {
          whoami() { return "audit for " + this.ctx.props.user; }
        }
        export default {
          async run(env, ctx) {
            const dynamic = env.LOADER.load({
              compatibilityDate: "2026-03-01", mainModule: "a.js",
              modules: { "a.js": "export default { async go(env) { return await env.AUDIT.whoami(); } }" },
              env: { AUDIT: ctx.exports.Audit({ props: { user: "ada" } }) },
            });
            return await dynamic.getEntrypoint().go();
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo("audit for ada");
  }

  @Test
  void jsTailWorkersReceiveTraces() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    Kv sink = new Kv();
    Worker host = loader.load(code("""
        import { WorkerEntrypoint } from "cloudflare:workers";
        export class Tail extends WorkerEntrypoint {
          async tail(events) {
            for (const e of events) await this.env.SINK.put(e.event.rpcMethod, e.outcome + ":" + e.logs.map((l) => l.message.join(" ")).join("|"));
          }
        }
        export default {
          async run(env, ctx) {
            const dynamic = env.LOADER.load({
              compatibilityDate: "2026-03-01", mainModule: "a.js",
              modules: { "a.js": "export default { hello() { console.log('hi', 1); return 'done'; } }" },
              tails: [ctx.exports.Tail()],
            });
            return await dynamic.getEntrypoint().hello();
          }
        };
        """).env("LOADER", loader).env("SINK", sink).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo("done");
    for (int i = 0; i < 100 && sink.get("hello") == null; i++) {
      Thread.sleep(10);
    }
    assertThat(sink.get("hello")).isEqualTo("ok:hi 1");
    seen.add(sink.get("hello"));
  }

  @Test
  void javaTailConsumersFromTheCode() throws Exception {
    List<TraceItem> traces = new CopyOnWriteArrayList<>();
    Worker w = loader.load(code("export default { f() { console.info('info line'); } };").tail(traces::addAll).build());
    await(w.getEntrypoint().callTraced("f"));
    assertThat(traces).hasSize(1);
    assertThat(traces.get(0).logs().get(0).level()).isEqualTo("info");
  }

  @Test
  void nonDataJavaValuesAreRefused() {
    Worker w = loader.load(code("export default { f(x) { return x; } };").build());
    WorkerException e = failure(w.getEntrypoint().call("f", new Object()));
    assertThat(e.errorName()).isEqualTo("TypeError");
    assertThat(e.errorMessage()).contains("cannot be passed to a worker");
  }
}
