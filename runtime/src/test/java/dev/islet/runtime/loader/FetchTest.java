package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** fetch handlers: the Request a worker sees, the Response it returns, and what is not a Response. */
class FetchTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  @Test
  void helloFromADynamicWorkerLoadedByAHost() {
    Worker host = loader.load(code("""
        export default {
          async fetch(request, env) {
            const worker = env.LOADER.load({
              compatibilityDate: "2026-03-01",
              mainModule: "index.js",
              modules: { "index.js": "export default { fetch() { return new Response('Hello from a dynamic Worker'); } }" },
              globalOutbound: null,
            });
            return worker.getEntrypoint().fetch(request);
          },
        };
        """).env("LOADER", loader).build());
    Response r = await(host.getEntrypoint().fetch(Request.get("http://localhost:8787/")));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyText()).isEqualTo("Hello from a dynamic Worker");
    assertThat(r.headers().get("content-type")).isEqualTo("text/plain;charset=UTF-8");
  }

  @Test
  void theHandlerSeesMethodUrlHeadersAndBody() {
    Worker w = loader.load(code("""
        export default {
          async fetch(request) {
            const body = await request.text();
            return Response.json({ method: request.method, url: request.url, type: request.headers.get("content-type"), body },
                { status: 201, statusText: "Made", headers: { "x-seen": "yes" } });
          },
        };
        """).build());
    Response r = await(w.getEntrypoint().fetch(Request.post("http://example.com/a?b=1", "text/plain", "payload")));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.statusText()).isEqualTo("Made");
    assertThat(r.headers().get("x-seen")).isEqualTo("yes");
    assertThat(r.bodyText()).isEqualTo("{\"method\":\"POST\",\"url\":\"http://example.com/a?b=1\",\"type\":\"text/plain\",\"body\":\"payload\"}");
  }

  @Test
  void aRequestCrossesToAnotherWorkerWithItsBody() {
    Worker echo = loader.load(code("export default { async fetch(r) { return new Response(r.method + ' ' + (await r.text())); } };").build());
    Worker w = loader.load(code("""
        export default {
          async fetch(request, env) {
            const r = await env.ECHO.fetch("http://echo/", { method: "PUT", body: "abc" });
            return new Response((await r.text()) + " " + r.status);
          },
        };
        """).env("ECHO", echo.getEntrypoint()).build());
    assertThat(await(w.getEntrypoint().fetch(Request.get("http://x/"))).bodyText()).isEqualTo("PUT abc 200");
  }

  @Test
  void aResultThatIsNotAResponseFailsTheCall() {
    Worker w = loader.load(code("export default { fetch() { return 'text'; } };").build());
    WorkerException e = failure(w.getEntrypoint().fetch(Request.get("http://x/")));
    assertThat(e.errorName()).isEqualTo("TypeError");
    assertThat(e.errorMessage()).isEqualTo("Incorrect type for Promise: the Promise did not resolve to 'Response'.");
  }

  @Test
  void responseErrorIsNotAResponseToSend() {
    Worker w = loader.load(code("export default { fetch() { return Response.error(); } };").build());
    assertThat(failure(w.getEntrypoint().fetch(Request.get("http://x/"))).errorName()).isEqualTo("TypeError");
  }

  @Test
  void aWorkerWithoutAFetchHandlerRefusesFetch() {
    Worker w = loader.load(code("export default { f() {} };").build());
    assertThat(failure(w.getEntrypoint().fetch(Request.get("http://x/"))).errorMessage())
        .isEqualTo("Handler does not export a fetch() function.");
  }

  @Test
  void nullBodyStatusesHaveNoBody() {
    Worker w = loader.load(code("export default { fetch() { return new Response(null, { status: 204 }); } };").build());
    Response r = await(w.getEntrypoint().fetch(Request.get("http://x/")));
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
  }
}
