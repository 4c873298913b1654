package dev.islet.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The examples the README points at do what their comments say. */
class ExamplesTest {
  @Test
  void warmByIdKeepsOneIsolatePerTenant() {
    try (Served s = Served.file(Path.of("../examples/warm-by-id/host.js"))) {
      assertThat(s.get("/alice").body()).isEqualTo("alice: call 1");
      assertThat(s.get("/alice").body()).isEqualTo("alice: call 2");
      assertThat(s.get("/bob").body()).isEqualTo("bob: call 1");
      assertThat(s.get("/mallory").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void gatewayAnswersOutboundFetchesAndTheStoreAnswersRpc() {
    try (Served s = Served.file(Path.of("../examples/gateway/host.js"))) {
      assertThat(s.get("/").body()).isEqualTo(
          "{\"api\":{\"answeredBy\":\"gateway\",\"path\":\"/items\",\"tenant\":\"acme\"},\"elsewhere\":403,"
              + "\"greeting\":\"greeting of acme\"}");
    }
  }

  @Test
  void theJavaEmbeddingExampleRuns() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "../examples/java/Embed.java")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out).contains("200 stock: 42 left at https://inventory.internal/stock", "trace: outcome ok",
        "stock answered", "total: 13.5");
    assertThat(p.exitValue()).isZero();
  }
}
