package dev.islet.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** islet serve end to end: a real HTTP client against a running server with a host worker. */
class ServeTest {
  @TempDir
  Path dir;

  @Test
  void theHelloExampleAnswersWithItsDynamicWorker() {
    try (Served s = Served.file(Path.of("../examples/hello/host.js"))) {
      HttpResponse<String> r = s.get("/");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("Hello from a dynamic Worker");
      assertThat(r.headers().firstValue("content-type")).hasValue("text/plain;charset=UTF-8");
      assertThat(s.log("GET / 200 ")).contains("GET / 200 ");
    }
  }

  @Test
  void theHostSeesTheRequestAndSetsTheResponse() {
    try (Served s = Served.host(dir, """
        export default {
          async fetch(request) {
            const body = await request.text();
            const headers = new Headers({ "x-method": request.method, "x-url": request.url, "x-echo": request.headers.get("x-in") });
            headers.append("set-cookie", "a=1");
            headers.append("set-cookie", "b=2");
            return new Response("got " + body, { status: 404, headers });
          },
        };
        """)) {
      HttpResponse<String> r = s.send(Served.request(s.url("/p/q?x=1&y=%20")).header("x-in", "hello")
          .POST(HttpRequest.BodyPublishers.ofString("payload")).build());
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).isEqualTo("got payload");
      assertThat(r.headers().firstValue("x-method")).hasValue("POST");
      assertThat(r.headers().firstValue("x-url")).hasValue("http://127.0.0.1:" + s.serve.port() + "/p/q?x=1&y=%20");
      assertThat(r.headers().firstValue("x-echo")).hasValue("hello");
      assertThat(r.headers().allValues("set-cookie")).containsExactly("a=1", "b=2");
    }
  }

  @Test
  void headRequestsAndNullBodyStatusesHaveNoBody() throws Exception {
    try (Served s = Served.host(dir, """
        export default { fetch(r) { return new URL(r.url).pathname === "/none" ? new Response(null, { status: 204 }) : new Response("body"); } };
        """)) {
      HttpResponse<String> head = s.send(Served.request(s.url("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      HttpResponse<String> none = s.get("/none");
      assertThat(none.statusCode()).isEqualTo(204);
      assertThat(none.body()).isEmpty();
    }
  }

  @Test
  void oneConnectionServesManyRequests() throws Exception {
    try (Served s = Served.host(dir, "export default { fetch(r) { return new Response(new URL(r.url).pathname); } };");
        Socket socket = new Socket("127.0.0.1", s.serve.port())) {
      OutputStream out = socket.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      for (String path : List.of("/one", "/two", "/three")) {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
        int length = -1;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).strip());
          }
        }
        char[] body = new char[length];
        assertThat(in.read(body)).isEqualTo(length);
        assertThat(new String(body)).isEqualTo(path);
      }
    }
  }

  @Test
  void anUncaughtExceptionIsA500WithoutAJavaStack() {
    try (Served s = Served.host(dir, "export default { fetch() { throw new TypeError('broken host'); } };")) {
      HttpResponse<String> r = s.get("/");
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("Worker threw exception.");
      assertThat(r.headers().firstValue("content-type")).hasValue("text/plain;charset=UTF-8");
      assertThat(s.log("GET / 500 ")).contains("GET / 500 ").contains("exception: TypeError: broken host").doesNotContain("\tat ");
    }
  }

  @Test
  void aDynamicWorkerOverItsCpuLimitIsA503() {
    try (Served s = Served.host(dir, """
        export default {
          fetch(request, env) {
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js", limits: { cpuMs: 50 },
              modules: { "a.js": "export default { fetch() { for (;;) {} } }" } });
            return w.getEntrypoint().fetch(request);
          },
        };
        """)) {
      HttpResponse<String> r = s.get("/");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).isEqualTo("Worker exceeded CPU time limit.");
      assertThat(s.get("/").statusCode()).isEqualTo(503); // the host is still there
    }
  }

  @Test
  void theHostOverItsCpuLimitIsA503AndTheNextRequestGetsAFreshHost() {
    try (Served s = Served.host(dir, "export default { fetch(r) { if (r.url.endsWith('/spin')) for (;;) {} return new Response('ok'); } };",
        List.of(), 100, 0)) {
      HttpResponse<String> r = s.get("/spin");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).isEqualTo("Worker exceeded CPU time limit.");
      assertThat(s.log("GET /spin 503 ")).contains("GET /spin 503 ").contains("exceededCpu");
      assertThat(s.get("/").body()).isEqualTo("ok");
    }
  }

  @Test
  void aWorkerOverItsMemoryLimitIsA503() {
    try (Served s = Served.host(dir, """
        export default {
          fetch(request, env) {
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js",
              modules: { "a.js": "export default { fetch() { const a = []; for (;;) a.push(new Array(1000).fill(1)); } }" } });
            return w.getEntrypoint().fetch(request);
          },
        };
        """, List.of(), 0, 16 << 20)) {
      HttpResponse<String> r = s.get("/");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).isEqualTo("Worker exceeded memory limit.");
    }
  }

  @Test
  void aWallClockLimitIsA503NamingTheBudget() {
    try (Served s = Served.host(dir, """
        export default {
          fetch(request, env) {
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js", limits: { wallTimeMs: 100 },
              modules: { "a.js": "export default { async fetch() { await new Promise((r) => setTimeout(r, 5000)); return new Response('late'); } }" } });
            return w.getEntrypoint().fetch(request);
          },
        };
        """)) {
      HttpResponse<String> r = s.get("/");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).isEqualTo("Worker exceeded its wall-clock time limit of 100 ms.");
    }
  }

  @Test
  void aHostWhoseModulesFailIsRefusedBeforeServing() throws Exception {
    Path file = dir.resolve("host.js");
    Files.writeString(file, "export default { fetch() { return new Response('x') }; ;; }}");
    assertThatThrownBy(() -> ServeHost.start(new ServeHost.Settings(file, "127.0.0.1", 0, List.of(), 0, 0, false), System.out, System.err))
        .isInstanceOf(java.io.IOException.class).hasMessageStartingWith(file + ": host.js:1:54: SyntaxError: Unexpected token ';'");
    Files.writeString(file, "throw new RangeError('no config'); export default {};");
    assertThatThrownBy(() -> ServeHost.start(new ServeHost.Settings(file, "127.0.0.1", 0, List.of(), 0, 0, false), System.out, System.err))
        .hasMessageStartingWith(file + ": RangeError: no config");
  }

  @Test
  void consoleLinesOfEveryWorkerArePrinted() {
    try (Served s = Served.host(dir, """
        export default {
          async fetch(request, env) {
            console.log("host saw", new URL(request.url).pathname);
            console.error("host warns");
            const w = env.LOADER.load({ compatibilityDate: "2026-03-01", mainModule: "a.js",
              modules: { "a.js": "export default { fetch() { console.log('dynamic', { n: 1 }); return new Response('x'); } }" } });
            return w.getEntrypoint().fetch(request);
          },
        };
        """)) {
      assertThat(s.get("/path").statusCode()).isEqualTo(200);
      assertThat(s.stdout()).contains("host saw /path\n").contains("dynamic { n: 1 }\n");
      assertThat(s.log()).contains("host warns\n");
    }
  }

  @Test
  void modulesBesideTheHostAreItsModules() throws Exception {
    Files.createDirectories(dir.resolve("workers"));
    Files.writeString(dir.resolve("workers/greeter.js"), "export default { fetch() { return new Response('hi from a text module'); } };");
    Files.writeString(dir.resolve("lib.js"), "export const greeting = (n) => 'hello ' + n;");
    Files.writeString(dir.resolve("config.json"), "{\"name\": \"ada\"}");
    try (Served s = Served.host(dir, """
        import { greeting } from "./lib.js";
        import config from "./config.json";
        export default {
          async fetch(request, env) {
            if (new URL(request.url).pathname === "/greet") return new Response(greeting(config.name));
            return new Response("no");
          },
        };
        """)) {
      assertThat(s.get("/greet").body()).isEqualTo("hello ada");
    }
  }

  @Test
  void outboundIsBlockedUnlessAllowed() throws Exception {
    HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    origin.createContext("/", ex -> {
      byte[] b = ("origin got " + ex.getRequestMethod() + " " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    origin.start();
    String host = """
        export default {
          async fetch(request) {
            const target = new URL(request.url).searchParams.get("to");
            try {
              const r = await fetch(target);
              return new Response(await r.text());
            } catch (e) {
              return new Response(e.name + ": " + e.message, { status: 502 });
            }
          },
        };
        """;
    String originUrl = "http://127.0.0.1:" + origin.getAddress().getPort() + "/data";
    try {
      try (Served s = Served.host(dir, host)) {
        HttpResponse<String> r = s.get("/?to=" + originUrl);
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).startsWith("Error: This worker is not permitted to access the internet via global functions like fetch().");
      }
      try (Served s = Served.host(dir, host, List.of("127.0.0.1"), 0, 0)) {
        assertThat(s.get("/?to=" + originUrl).body()).isEqualTo("origin got GET /data");
        HttpResponse<String> other = s.get("/?to=http://localhost:" + origin.getAddress().getPort() + "/");
        assertThat(other.statusCode()).isEqualTo(502);
        assertThat(other.body()).isEqualTo("TypeError: fetch failed: outbound requests to localhost are not allowed (islet serve --allow-net localhost)");
      }
    } finally {
      origin.stop(0);
    }
  }

  @Test
  void stoppingLetsARequestInFlightFinish() throws Exception {
    Served s = Served.host(dir, """
        export default { async fetch() { await new Promise((r) => setTimeout(r, 300)); return new Response("finished"); } };
        """);
    CompletableFuture<HttpResponse<String>> slow = s.client.sendAsync(Served.request(s.url("/")).build(), HttpResponse.BodyHandlers.ofString());
    Thread.sleep(100);
    long t0 = System.nanoTime();
    s.serve.stop(5);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000);
    assertThat(slow.get().body()).isEqualTo("finished");
  }
}
