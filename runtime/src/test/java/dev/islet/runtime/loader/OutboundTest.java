package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** globalOutbound: inherited, blocked (workerd's error, fetch still a function), or a Fetcher that sees every request. */
class OutboundTest {
  static final String BLOCKED = "This worker is not permitted to access the internet via global functions like fetch(). "
      + "It must use capabilities (such as bindings in 'env') to talk to the outside world.";

  private static final String FETCHER = """
      export default {
        async f() {
          const r = await fetch("https://api.example.com/v1?q=1", { method: "POST", headers: { "x-k": "v" }, body: "hi" });
          return r.status + " " + (await r.text());
        },
        typeOfFetch() { return typeof fetch; },
      };
      """;

  @Test
  void nullGlobalOutboundMakesFetchThrowWorkerdsError() {
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(code(FETCHER).globalOutbound(Outbound.BLOCKED).build());
      assertThat(await(w.getEntrypoint().call("typeOfFetch"))).isEqualTo("function");
      WorkerException e = failure(w.getEntrypoint().call("f"));
      assertThat(e.errorName()).isEqualTo("Error");
      assertThat(e.errorMessage()).isEqualTo(BLOCKED);
    }
  }

  @Test
  void theLoadersDefaultOutboundIsBlocked() {
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(code(FETCHER).build());
      assertThat(failure(w.getEntrypoint().call("f")).errorMessage()).isEqualTo(BLOCKED);
    }
  }

  @Test
  void aFetcherSeesEveryRequestWithItsFullUrlAndAnswers() {
    List<Request> seen = new CopyOnWriteArrayList<>();
    Fetcher gateway = r -> {
      seen.add(r);
      return CompletableFuture.completedFuture(Response.text(202, "via gateway " + r.bodyText()));
    };
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(code(FETCHER).globalOutbound(Outbound.via(gateway)).build());
      assertThat(await(w.getEntrypoint().call("f"))).isEqualTo("202 via gateway hi");
      assertThat(seen).hasSize(1);
      assertThat(seen.get(0).url()).isEqualTo("https://api.example.com/v1?q=1");
      assertThat(seen.get(0).method()).isEqualTo("POST");
      assertThat(seen.get(0).headers().get("x-k")).isEqualTo("v");
    }
  }

  @Test
  void workersInheritTheLoadersOutbound() {
    Fetcher gateway = r -> CompletableFuture.completedFuture(Response.text(200, "loader's"));
    try (Loader loader = Loader.create(LoaderOptions.builder().outbound(Outbound.via(gateway)).build())) {
      Worker w = loader.load(code(FETCHER).build());
      assertThat(await(w.getEntrypoint().call("f"))).isEqualTo("200 loader's");
    }
  }

  @Test
  void aFailingFetcherRejectsTheFetch() {
    Fetcher broken = r -> CompletableFuture.failedFuture(new java.io.IOException("connection refused"));
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(code(FETCHER).globalOutbound(Outbound.via(broken)).build());
      WorkerException e = failure(w.getEntrypoint().call("f"));
      assertThat(e.errorName()).isEqualTo("TypeError");
      assertThat(e.errorMessage()).isEqualTo("fetch failed: connection refused");
    }
  }

  @Test
  void aJsGatewayFromCtxExportsInterceptsAndRewritesADynamicWorkersFetch() {
    try (Loader loader = Loader.create(LoaderOptions.builder()
        .outbound(Outbound.via(r -> CompletableFuture.completedFuture(Response.text(200, "origin saw " + r.url() + " " + r.headers().get("x-gateway")))))
        .build())) {
      Worker host = loader.load(code("""
          import { WorkerEntrypoint } from "cloudflare:workers";
          export class Gateway extends WorkerEntrypoint {
            async fetch(request) {
              const url = new URL(request.url);
              if (url.hostname === "blocked.example") return new Response("denied for " + this.ctx.props.tenant, { status: 403 });
              url.hostname = "rewritten.example";
              const headers = new Headers(request.headers);
              headers.set("x-gateway", this.ctx.props.tenant);
              return fetch(url, { headers });
            }
          }
          export default {
            async run(env, ctx) {
              const worker = env.LOADER.load({
                compatibilityDate: "2026-03-01", mainModule: "a.js",
                modules: { "a.js": `export default { async go() {
                  const a = await fetch("http://blocked.example/x");
                  const b = await fetch("http://api.example/y");
                  return a.status + " " + await a.text() + " | " + await b.text();
                } }` },
                globalOutbound: ctx.exports.Gateway({ props: { tenant: "t1" } }),
              });
              return await worker.getEntrypoint().go();
            }
          };
          """).env("LOADER", loader).build());
      assertThat(await(host.getEntrypoint().call("run")))
          .isEqualTo("403 denied for t1 | origin saw http://rewritten.example/y t1");
    }
  }

  @Test
  void aDynamicWorkerInheritsItsHostsOutbound() {
    try (Loader loader = Loader.create()) {
      Worker host = loader.load(code("""
          export default {
            async run(env) {
              const worker = env.LOADER.load({
                compatibilityDate: "2026-03-01", mainModule: "a.js",
                modules: { "a.js": "export default { async go() { return await (await fetch('http://x/')).text(); } }" },
              });
              return await worker.getEntrypoint().go();
            }
          };
          """).env("LOADER", loader)
          .globalOutbound(Outbound.via(r -> CompletableFuture.completedFuture(Response.text(200, "host's outbound")))).build());
      assertThat(await(host.getEntrypoint().call("run"))).isEqualTo("host's outbound");
    }
  }
}
