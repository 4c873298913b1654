package dev.islet.bench.macro;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Octane NavierStokes: a 128×128 fluid solver (floating-point array loops). The program checks its
 * density field on its 15th frame after {@code setupNavierStokes}, so every trial runs 15 frames
 * before measuring.
 */
public class NavierStokes extends OctaneProgram {
  public NavierStokes() {
    super("navier-stokes.js",
        Workload.of("run", "runNavierStokes").withSetup("setupNavierStokes", "tearDownNavierStokes").withCheckRuns(15));
  }

  @Benchmark
  public Object run() {
    return runOnce();
  }
}
