package dev.islet.bench.macro;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Octane Splay: a splay tree of 8,000 nodes with payload trees, modified 80 times per operation
 * (allocation, garbage, object shapes). {@code SplaySetup} builds the tree; {@code SplayTearDown}
 * checks its size and key order at the end of the trial.
 */
public class Splay extends OctaneProgram {
  public Splay() {
    super("splay.js",
        Workload.of("run", "SplayRun").withSetup("SplaySetup", "SplayTearDown"));
  }

  @Benchmark
  public Object run() {
    return runOnce();
  }
}
