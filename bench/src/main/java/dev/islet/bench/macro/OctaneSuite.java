package dev.islet.bench.macro;

import dev.islet.bench.peers.JsPeer;
import java.util.List;

/**
 * The Octane programs measured here. {@link #main} runs every workload once per engine with its own
 * checks, outside JMH, and prints how long each took (cold):
 * {@code java -cp bench/target/benchmarks.jar dev.islet.bench.macro.OctaneSuite [ENGINE...]} (default:
 * islet). Exits 1 when a program fails on an engine.
 */
public final class OctaneSuite {
  /** Every whole-program benchmark class, in Octane's order. */
  public static final List<OctaneProgram> ALL = List.of(new Richards(), new DeltaBlue(), new Crypto(), new RayTrace(),
      new NavierStokes(), new Splay());

  private OctaneSuite() {}

  public static void main(String[] args) {
    List<String> engines = args.length == 0 ? List.of(JsPeer.ISLET) : List.of(args);
    boolean ok = true;
    for (String engine : engines) {
      for (OctaneProgram p : ALL) {
        for (OctaneProgram.Workload w : p.workloads()) {
          String name = engine + " " + p.getClass().getSimpleName() + "." + w.method();
          long start = System.nanoTime();
          try (JsPeer peer = OctaneProgram.prepare(engine, p.file(), w)) {
            if (w.tearDown() != null) {
              peer.function(w.tearDown()).call();
            }
            System.out.printf("ok    %-32s %,8d ms%n", name, (System.nanoTime() - start) / 1_000_000);
          } catch (RuntimeException e) {
            ok = false;
            System.out.printf("FAIL  %-32s %s%n", name, e.getMessage());
          }
        }
      }
    }
    System.exit(ok ? 0 : 1);
  }
}
