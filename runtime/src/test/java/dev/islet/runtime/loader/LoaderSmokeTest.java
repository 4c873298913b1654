package dev.islet.runtime.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoaderSmokeTest {
  @Test
  void callsAMethodOfTheDefaultExport() throws Exception {
    try (Loader loader = Loader.create()) {
      Worker w = loader.load(WorkerCode.builder().compatibilityDate("2026-03-01").mainModule("index.js")
          .module("index.js", "export default { add(a, b, env, ctx) { console.log('adding', a, b); return a + b; } }").build());
      Invocation<Object> r = w.getEntrypoint().callTraced("add", 2, 3).get(5, TimeUnit.SECONDS);
      assertThat(r.value()).isEqualTo(5.0);
      assertThat(r.trace().logs()).hasSize(1);
      assertThat(r.trace().logs().get(0).message()).containsExactly("adding", 2.0, 3.0);
      assertThat(r.trace().outcome()).isEqualTo("ok");
    }
  }
}
