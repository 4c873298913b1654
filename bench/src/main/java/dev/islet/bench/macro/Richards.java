package dev.islet.bench.macro;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Octane Richards: an OS task scheduler simulation (objects, property access, calls); {@code
 * runRichards} checks its queue and hold counts.
 */
public class Richards extends OctaneProgram {
  public Richards() {
    super("richards.js",
        Workload.of("run", "runRichards"));
  }

  @Benchmark
  public Object run() {
    return runOnce();
  }
}
