package dev.islet.bench.macro;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Octane DeltaBlue: a one-way constraint solver (polymorphic method calls, small objects); {@code
 * deltaBlue} checks its plans.
 */
public class DeltaBlue extends OctaneProgram {
  public DeltaBlue() {
    super("deltablue.js",
        Workload.of("run", "deltaBlue"));
  }

  @Benchmark
  public Object run() {
    return runOnce();
  }
}
