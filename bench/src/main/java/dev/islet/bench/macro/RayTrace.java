package dev.islet.bench.macro;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Octane RayTrace: a ray tracer (floating point, prototype-based classes); {@code renderScene} checks
 * the sum of pixel brightness.
 */
public class RayTrace extends OctaneProgram {
  public RayTrace() {
    super("raytrace.js",
        Workload.of("run", "renderScene"));
  }

  @Benchmark
  public Object run() {
    return runOnce();
  }
}
