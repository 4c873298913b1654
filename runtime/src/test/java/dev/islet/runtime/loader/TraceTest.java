package dev.islet.runtime.loader;

import static dev.islet.runtime.loader.Workers.await;
import static dev.islet.runtime.loader.Workers.code;
import static dev.islet.runtime.loader.Workers.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.runtime.tail.TraceItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The TraceItem of a fetch: the request with secrets redacted, the response status, logs and exceptions after the response. */
class TraceTest {
  private final Loader loader = Loader.create();

  @AfterEach
  void close() {
    loader.close();
  }

  @Test
  void aFetchTraceHasTheRequestWithSecretsRedactedAndTheResponseStatus() {
    Worker w = loader.load(code("""
        export default {
          fetch(request, env, ctx) {
            console.warn("seen", request.method);
            ctx.waitUntil(Promise.reject(new RangeError("after the response")));
            return new Response("made", { status: 201 });
          },
        };
        """).build());
    Request request = new Request("PUT", "https://example.com/items/1?x=2", HttpHeaders.of("authorization", "Bearer abc",
        "x-session-token", "s3cr3t", "cookie", "id=1", "accept", "text/plain"), "body".getBytes());
    Invocation<Response> inv = await(w.getEntrypoint().fetchTraced(request));
    assertThat(inv.value().status()).isEqualTo(201);
    TraceItem t = inv.trace();
    TraceItem.FetchEvent e = (TraceItem.FetchEvent) t.event();
    assertThat(e.method()).isEqualTo("PUT");
    assertThat(e.url()).isEqualTo("https://example.com/items/1?x=2");
    assertThat(e.responseStatus()).isEqualTo(201);
    assertThat(e.headers()).extracting(h -> h[0] + "=" + h[1])
        .containsExactly("authorization=REDACTED", "x-session-token=REDACTED", "cookie=REDACTED", "accept=text/plain");
    assertThat(t.logs()).extracting(TraceItem.Log::level, TraceItem.Log::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("warn", List.of("seen", "PUT")));
    assertThat(t.exceptions()).extracting(TraceItem.ExceptionInfo::name).containsExactly("RangeError");
    assertThat(t.exceptions().get(0).message()).contains("after the response");
    assertThat(t.outcome()).isEqualTo("ok");
    assertThat(t.entrypoint()).isEqualTo("default");
    assertThat(t.cpuTime()).isGreaterThanOrEqualTo(0);
    assertThat(t.wallTime()).isGreaterThanOrEqualTo(0);
    assertThat(t.eventTimestamp()).isPositive();
    assertThat(t.truncated()).isFalse();
  }

  @Test
  void aThrowingFetchIsTheExceptionOutcomeWithItsError() {
    Worker w = loader.load(code("export default { fetch() { throw new TypeError('nope'); } };").build());
    WorkerException e = failure(w.getEntrypoint().fetchTraced(Request.get("http://x/")));
    assertThat(e.trace().outcome()).isEqualTo("exception");
    assertThat(e.trace().exceptions()).extracting(TraceItem.ExceptionInfo::name, TraceItem.ExceptionInfo::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TypeError", "nope"));
    assertThat(((TraceItem.FetchEvent) e.trace().event()).responseStatus()).isZero();
  }

  @Test
  void instancesOfClassesThatAreNotRpcTargetsAreRefused() {
    Worker w = loader.load(code("""
        class Point { constructor() { this.x = 1; } }
        export default { point() { return new Point(); }, plain() { return { x: 1 }; }, map() { return new Map([["a", 1]]); } };
        """).build());
    WorkerException e = failure(w.getEntrypoint().call("point"));
    assertThat(e.errorName()).isEqualTo("DataCloneError");
    assertThat(e.errorMessage()).contains("Point");
    assertThat(await(w.getEntrypoint().call("plain"))).isEqualTo(Map.of("x", 1.0));
    assertThat(await(w.getEntrypoint().call("map"))).isEqualTo(Map.of("a", 1.0));
  }
}
