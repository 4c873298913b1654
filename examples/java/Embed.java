// Embedding islet in Java: load a dynamic worker, call it over HTTP and RPC, give it a Java service and an
// outbound gateway, and read its trace. Run from the project root after `mvn -B package -DskipTests`:
//   java -cp runtime/target/islet.jar examples/java/Embed.java
import dev.islet.runtime.bindings.Exposed;
import dev.islet.runtime.loader.Loader;
import dev.islet.runtime.loader.Outbound;
import dev.islet.runtime.loader.Request;
import dev.islet.runtime.loader.Response;
import dev.islet.runtime.loader.Worker;
import dev.islet.runtime.loader.WorkerCode;
import dev.islet.runtime.loader.WorkerLimits;
import java.util.concurrent.CompletableFuture;

public class Embed {
  /** A Java service for the worker's env: only @Exposed methods are reachable from JS. */
  public static final class Prices {
    @Exposed
    public double priceOf(String item) {
      return item.length() * 1.5;
    }
  }

  public static void main(String[] args) throws Exception {
    String code = """
        import { WorkerEntrypoint } from "cloudflare:workers";
        export default class extends WorkerEntrypoint {
          async fetch(request) {
            const upstream = await fetch("https://inventory.internal/stock");
            console.log("stock answered", upstream.status);
            return new Response(`stock: ${await upstream.text()}`);
          }
          async total(items) {
            let sum = 0;
            for (const item of items) sum += await this.env.PRICES.priceOf(item);
            return sum;
          }
        }
        """;
    try (Loader loader = Loader.create()) {
      Worker worker = loader.load(WorkerCode.builder()
          .compatibilityDate("2026-03-01")
          .mainModule("index.js")
          .module("index.js", code)
          .env("PRICES", new Prices())
          // The worker's only way out: this gateway sees each fetch() with its full URL.
          .globalOutbound(Outbound.via(request -> CompletableFuture.completedFuture(
              Response.text(200, "42 left at " + request.url()))))
          .limits(WorkerLimits.cpu(50))
          .build());
      var http = worker.getEntrypoint().fetchTraced(Request.get("https://shop.example/stock")).get();
      System.out.println(http.value().status() + " " + http.value().bodyText());
      System.out.println("trace: outcome " + http.trace().outcome() + ", logs " + http.trace().logs());
      Object total = worker.getEntrypoint().call("total", java.util.List.of("tea", "coffee")).get();
      System.out.println("total: " + total);
    }
  }
}
