package dev.islet.builtins.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.islet.api.Isolate;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ProxyObjectTest {
  private static final String CHAIN = "var p = {}; for (var i = 0; i < 100000; i++) p = new Proxy(p, {});";

  private static RunResult run(String source) {
    try (Isolate isolate = Isolate.create()) {
      return isolate.evaluate("t.js", source);
    }
  }

  @Test
  void deepChainOfProxiesIsARangeError() {
    RunResult r = run(CHAIN + " p.x;");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("RangeError");
    assertThat(r.error().message()).contains("proxy nesting");
  }

  @Test
  void deepChainThroughPrototypesIsARangeError() {
    RunResult r = run("var q = {}; for (var i = 0; i < 100000; i++) q = Object.create(new Proxy(q, {})); 'y' in q;");
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("RangeError");
  }

  @Test
  void deepChainOnASmallJavaStackNeverEscapesAsStackOverflowError() throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(run(CHAIN + " try { p.x; } catch (e) { throw e; }"));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join();
    assertThat(result.get()).isInstanceOf(RunResult.class);
    RunResult r = (RunResult) result.get();
    assertThat(r.outcome()).isEqualTo(Outcome.EXCEPTION);
    assertThat(r.error().name()).isEqualTo("RangeError");
  }

  @Test
  void revokedProxyIsATypeErrorForEveryOperation() {
    String[] ops = {"p.x", "p.x = 1", "'x' in p", "delete p.x", "Object.keys(p)", "Object.getPrototypeOf(p)",
        "Object.setPrototypeOf(p, null)", "Object.isExtensible(p)", "Object.preventExtensions(p)",
        "Object.getOwnPropertyDescriptor(p, 'x')", "Object.defineProperty(p, 'x', {})", "p()", "new p()",
        "Array.isArray(p)"};
    for (String op : ops) {
      RunResult r = run("var r = Proxy.revocable(function () {}, {}); var p = r.proxy; r.revoke(); " + op + ";");
      assertThat(r.outcome()).as(op).isEqualTo(Outcome.EXCEPTION);
      assertThat(r.error().name()).as(op).isEqualTo("TypeError");
    }
  }
}
