package dev.islet.bench.macro;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Octane Crypto: RSA encryption and decryption with a big-integer library in 28-bit digits (integer
 * arithmetic and bit operations on arrays). The suite has two benchmarks, {@code Encrypt} and
 * {@code Decrypt}; its score is their geometric mean, and RESULTS.md scores the program the same way.
 * {@code decrypt} checks that it gets the text back from {@code encrypt}'s output, which the suite
 * produces by running Encrypt first: the decrypt trial calls {@code encrypt} as its setup, and the
 * encrypt trial ends with one {@code decrypt}, so both check their work.
 */
public class Crypto extends OctaneProgram {
  public Crypto() {
    super("crypto.js",
        Workload.of("encrypt", "encrypt").withSetup(null, "decrypt"),
        Workload.of("decrypt", "decrypt").withSetup("encrypt", null));
  }

  @Benchmark
  public Object encrypt() {
    return runOnce();
  }

  @Benchmark
  public Object decrypt() {
    return runOnce();
  }
}
