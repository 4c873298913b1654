package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RpcTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  @Test
  void namedWorkerEntrypointWithPropsAndEnv() {
    Worker w = loader.load(code("""
        import { WorkerEntrypoint } from "cloudflare:workers";
        export class Greeter extends WorkerEntrypoint {
          greet(name) { return this.ctx.props.greeting + ", " + name + " from " + this.env.PLACE; }
        }
        export default { fetch() {} };
        """).env("PLACE", "Paris").build());
    Entrypoint e = w.getEntrypoint("Greeter", Map.of("greeting", "Bonjour"), null);
    assertThat(await(e.call("greet", "Ada"))).isEqualTo("Bonjour, Ada from Paris");
  }

  @Test
  void ownFieldsAndPrivateMembersAreNotExposed() {
    Worker w = loader.load(code("""
        import { WorkerEntrypoint } from "cloudflare:workers";
        export class Svc extends WorkerEntrypoint {
          secret = "s3cret";
          #hidden() { return 1; }
          get visible() { return "yes"; }
          method() { return this.secret.length; }
        }
        """).build());
    Entrypoint e = w.getEntrypoint("Svc");
    assertThat(await(e.call("method"))).isEqualTo(6.0);
    assertThat(failure(e.call("secret")).getMessage()).isEqualTo("TypeError: The RPC receiver does not implement the method \"secret\".");
    assertThat(failure(e.call("#hidden")).errorName()).isEqualTo("TypeError");
    assertThat(failure(e.call("constructor")).errorName()).isEqualTo("TypeError");
  }

  @Test
  void valuesCrossByStructuredClone() {
    Worker w = loader.load(code("""
        export default {
          echo(v) { return v; },
          shapes() {
            const o = { n: 1, s: "x", a: [1, 2], d: new Date(0), m: new Map([[1, "one"]]), set: new Set(["a"]),
              big: 10n, bytes: new Uint8Array([1, 2, 3]).buffer, nested: { deep: true } };
            o.self = o;
            return o;
          },
          classInstance() { class Foo {} return new Foo(); },
        };
        """).build());
    Entrypoint e = w.getEntrypoint();
    assertThat(await(e.call("echo", List.of(1, "two", Map.of("three", 3.0))))).isEqualTo(List.of(1.0, "two", Map.of("three", 3.0)));
    @SuppressWarnings("unchecked")
    Map<String, Object> shapes = (Map<String, Object>) await(e.call("shapes"));
    assertThat(shapes.get("self")).isSameAs(shapes);
    assertThat(shapes.get("d")).isEqualTo(java.time.Instant.EPOCH);
    assertThat(shapes.get("m")).isEqualTo(Map.of(1.0, "one"));
    assertThat(shapes.get("big")).isEqualTo(java.math.BigInteger.TEN);
    assertThat((byte[]) shapes.get("bytes")).containsExactly(1, 2, 3);
    WorkerException x = failure(e.call("classInstance"));
    assertThat(x.errorName()).isEqualTo("DataCloneError");
    assertThat(x.errorMessage()).isEqualTo("Could not serialize object of type \"Foo\". This type does not support serialization.");
  }

  @Test
  void errorsCrossWithNameAndMessage() {
    Worker w = loader.load(code("""
        export default { boom() { throw new RangeError("too far"); }, async later() { await null; throw new TypeError("nope"); } };
        """).build());
    WorkerException x = failure(w.getEntrypoint().call("boom"));
    assertThat(x.errorName()).isEqualTo("RangeError");
    assertThat(x.errorMessage()).isEqualTo("too far");
    assertThat(x.errorStack()).isEmpty();
    assertThat(failure(w.getEntrypoint().call("later")).getMessage()).isEqualTo("TypeError: nope");
  }

  @Test
  void stacksCrossWhenTheHostAsks() {
    try (Loader l = Loader.create(LoaderOptions.builder().shareErrorStacks(true).build())) {
      Worker w = l.load(code("export default { boom() { throw new Error('x'); } };").build());
      assertThat(failure(w.getEntrypoint().call("boom")).errorStack()).contains("index.js:1");
    }
  }

  @Test
  void hostCallsADynamicWorkerThroughTheLoaderBinding() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const worker = env.LOADER.load({
              compatibilityDate: "2026-03-01",
              mainModule: "m.js",
              modules: { "m.js": "export default { twice(x) { return x * 2; } }" },
            });
            return await worker.getEntrypoint().twice(21);
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo(42.0);
  }

  @Test
  void functionsAndRpcTargetsCrossAsStubsWithPipelining() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const worker = env.LOADER.load({
              compatibilityDate: "2026-03-01",
              mainModule: "m.js",
              modules: { "m.js": `
                import { RpcTarget } from "cloudflare:workers";
                class Counter extends RpcTarget {
                  #n = 0;
                  increment(by) { this.#n += by; return this.#n; }
                  get value() { return this.#n; }
                }
                export default {
                  counter() { return new Counter(); },
                  async apply(f, x) { return await f(x); },
                };` },
            });
            const ep = worker.getEntrypoint();
            const counter = ep.counter();          // not awaited: pipelined
            await counter.increment(2);
            const n = await counter.increment(3);
            const v = await counter.value;
            const applied = await ep.apply((x) => x + 1, 41);
            return [n, v, applied];
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo(List.of(5.0, 5.0, 42.0));
  }

  @Test
  void disposedStubsRefuseCalls() {
    Worker host = loader.load(code("""
        export default {
          async run(env) {
            const worker = env.LOADER.load({
              compatibilityDate: "2026-03-01", mainModule: "m.js",
              modules: { "m.js": "import { RpcTarget } from 'cloudflare:workers'; class T extends RpcTarget { hi() { return 'hi'; } } export default { t() { return new T(); } }" },
            });
            const t = await worker.getEntrypoint().t();
            const first = await t.hi();
            t[Symbol.dispose]();
            try { await t.hi(); return "no error"; } catch (e) { return [first, e.message]; }
          }
        };
        """).env("LOADER", loader).build());
    assertThat(await(host.getEntrypoint().call("run"))).isEqualTo(List.of("hi", "Attempted to use RPC stub after it has been disposed."));
  }
}
